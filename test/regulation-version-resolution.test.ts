import { beforeAll, describe, expect, it } from 'vitest';
import { loadRegulationFiles } from '../src/adapters/regulations/load-regulation-files.ts';
import { inForcePeriod, resolveVersion, type VersionQuery, type VersionResolution } from '../src/core/regulation/resolve-version.ts';
import type { Regulation } from '../src/core/regulation/schema.ts';
import { REGULATIONS_DIR } from './support/paths.ts';

let regulations: Regulation[] = [];
beforeAll(async () => {
  regulations = await loadRegulationFiles(REGULATIONS_DIR);
});

/** Noon of a civil date in UTC+5 (the resolver's default offset). */
const on = (isoDate: string) => new Date(`${isoDate}T12:00:00+05:00`);
const byId = (id: string) => {
  const found = regulations.find((r) => r.id === id);
  if (!found) throw new Error(`no regulation ${id}`);
  return found;
};
const resolvedId = (resolution: VersionResolution) => (resolution.status === 'inForce' ? resolution.regulation.id : resolution.reason);
const resolve = (query: Omit<VersionQuery, 'at'>, isoDate: string, set: readonly Regulation[] = regulations) =>
  resolveVersion(set, { ...query, at: on(isoDate) });

/** A copy of a definition with a different act, as a later or earlier version of the same service would be. */
function variant(base: Regulation, id: string, act: Partial<Regulation['act']>, entry: Partial<Regulation['act']['entryIntoForce']> = {}): Regulation {
  return { ...base, id, act: { ...base.act, ...act, entryIntoForce: { ...base.act.entryIntoForce, ...entry } } };
}

describe('in-force period of the seed acts', () => {
  it('should start at the justice registration, estimated, when the first publication date is unknown (Zhambyl 231)', () => {
    expect(inForcePeriod(byId('zhambyl-2017-231-active-employment-referral'))).toEqual({
      startsOn: '2017-11-17',
      startEstimated: true,
      startBasis: 'registrationFallback',
      endsOn: '2021-03-19',
      endEstimated: true,
      endBasis: 'repealDateFallback',
    });
  });

  it('should end at the repealing act\'s date, estimated, when its effective date is unknown (Kyzylorda 1057 → 163)', () => {
    const period = inForcePeriod(byId('kyzylorda-2018-1057-active-employment-referral'));
    expect(period).toMatchObject({ startsOn: '2018-03-13', startEstimated: true, endsOn: '2020-02-06', endEstimated: true });
  });

  it('should fall back to the act date and stay open-ended when the act is unknown (Akmola, seed 004)', () => {
    expect(inForcePeriod(byId('akmola-undated-active-employment-referral'))).toEqual({
      startsOn: '2015-04-28',
      startEstimated: true,
      startBasis: 'actDateFallback',
      endsOn: null,
      endEstimated: false,
      endBasis: null,
    });
  });

  it('should count the ten days from the day after the first publication when that date is known', () => {
    const published = variant(byId('kyzylorda-2018-1057-job-seeker-registration'), 'kyzylorda-published', {}, { firstPublicationDate: '2018-03-20' });
    expect(inForcePeriod(published)).toMatchObject({ startsOn: '2018-03-31', startEstimated: false, startBasis: 'publicationPlusDays' });
    const query = { region: 'kyzylorda', serviceCode: 'job-seeker-registration' } as const;
    expect(resolve(query, '2018-03-30', [published])).toMatchObject({ status: 'noneInForce', reason: 'notYetInForce' });
    expect(resolvedId(resolve(query, '2018-03-31', [published]))).toBe('kyzylorda-published');
  });

  it('should start exactly on registration when the act enters into force on registration', () => {
    const onRegistration = variant(byId('zhambyl-2017-231-unemployed-registration'), 'zhambyl-on-registration', {}, { rule: 'onRegistration' });
    expect(inForcePeriod(onRegistration)).toMatchObject({ startsOn: '2017-11-17', startEstimated: false, startBasis: 'registration' });
  });

  it('should end exactly on the repeal\'s effective date when it is known', () => {
    const base = byId('zhambyl-2017-231-unemployed-registration');
    const repealed = variant(base, 'zhambyl-repeal-known', { repealedBy: { date: '2021-03-19', number: '73', effectiveFrom: '2021-04-10' } });
    expect(inForcePeriod(repealed)).toMatchObject({ endsOn: '2021-04-10', endEstimated: false, endBasis: 'repealEffective' });
    const query = { region: 'zhambyl', serviceCode: 'unemployed-registration' } as const;
    expect(resolvedId(resolve(query, '2021-04-09', [repealed]))).toBe('zhambyl-repeal-known');
    expect(resolvedId(resolve(query, '2021-04-10', [repealed]))).toBe('repealed');
  });
});

describe('resolving the version in force: Zhambyl resolution 231 (approved 26.10.2017, registered 17.11.2017, repealed 19.03.2021)', () => {
  const referrals = { region: 'zhambyl', serviceCode: 'active-employment-referral' } as const;

  it('should find none in force, not yet, when the moment is the approval date', () => {
    const resolution = resolve(referrals, '2017-10-26');
    expect(resolution).toMatchObject({ status: 'noneInForce', reason: 'notYetInForce' });
    if (resolution.status === 'noneInForce') expect(resolution.message).toContain('2017-11-17');
  });

  it('should find the 2017 version, with an estimated start, from the registration date', () => {
    const resolution = resolve(referrals, '2017-11-17');
    expect(resolution).toMatchObject({
      status: 'inForce',
      regulation: { id: 'zhambyl-2017-231-active-employment-referral' },
      period: { startEstimated: true },
      superseded: [],
    });
  });

  it('should find each of the three services of resolution 231 in force in 2019', () => {
    expect(resolvedId(resolve({ region: 'zhambyl', serviceCode: 'job-seeker-registration' }, '2019-06-03'))).toBe('zhambyl-2017-231-job-seeker-registration');
    expect(resolvedId(resolve({ region: 'zhambyl', serviceCode: 'unemployed-registration' }, '2019-06-03'))).toBe('zhambyl-2017-231-unemployed-registration');
    expect(resolvedId(resolve(referrals, '2019-06-03'))).toBe('zhambyl-2017-231-active-employment-referral');
  });

  it('should keep the version in force on the day before the repeal and find it repealed on the repeal date', () => {
    expect(resolvedId(resolve(referrals, '2021-03-18'))).toBe('zhambyl-2017-231-active-employment-referral');
    const after = resolve(referrals, '2021-03-19');
    expect(after).toMatchObject({ status: 'noneInForce', reason: 'repealed' });
    if (after.status === 'noneInForce') expect(after.candidates.map((c) => c.regulationId)).toEqual(['zhambyl-2017-231-active-employment-referral']);
  });
});

describe('resolving the version in force: Kyzylorda resolution 1057 (approved 27.02.2018, registered 13.03.2018, repealed 06.02.2020)', () => {
  const unemployed = { region: 'kyzylorda', serviceCode: 'unemployed-registration' } as const;

  it('should find none in force before registration and the 1057 version from it', () => {
    expect(resolvedId(resolve(unemployed, '2018-02-27'))).toBe('notYetInForce');
    expect(resolvedId(resolve(unemployed, '2018-03-13'))).toBe('kyzylorda-2018-1057-unemployed-registration');
    expect(resolvedId(resolve({ region: 'kyzylorda', serviceCode: 'active-employment-referral' }, '2019-01-15'))).toBe(
      'kyzylorda-2018-1057-active-employment-referral',
    );
  });

  it('should find it repealed from 06.02.2020', () => {
    expect(resolvedId(resolve(unemployed, '2020-02-05'))).toBe('kyzylorda-2018-1057-unemployed-registration');
    expect(resolvedId(resolve(unemployed, '2020-02-06'))).toBe('repealed');
  });

  it('should read the moment in the region\'s civil time', () => {
    const lateEvening = new Date('2018-03-12T20:00:00Z'); // 13.03.2018 01:00 at UTC+5, still 12.03 in UTC
    expect(resolvedId(resolveVersion(regulations, { ...unemployed, at: lateEvening }))).toBe('kyzylorda-2018-1057-unemployed-registration');
    expect(resolvedId(resolveVersion(regulations, { ...unemployed, at: lateEvening, utcOffsetMinutes: 0 }))).toBe('notYetInForce');
  });

  it('should say the service never existed in a region that has no version of it', () => {
    const resolution = resolve({ region: 'kyzylorda', serviceCode: 'unemployed-certificate' }, '2019-01-15');
    expect(resolution).toMatchObject({ status: 'noneInForce', reason: 'neverExisted', candidates: [] });
  });
});

describe('resolving the version in force: Tainsha district resolution 517 (approved 01.08.2012, registered 31.08.2012, repealed 24.05.2013)', () => {
  const tainsha = { region: 'northKazakhstan', district: 'tainsha', serviceCode: 'unemployed-certificate' } as const;

  it('should find the district version only between registration and repeal', () => {
    expect(resolvedId(resolve(tainsha, '2012-08-01'))).toBe('notYetInForce');
    expect(resolvedId(resolve(tainsha, '2012-08-31'))).toBe('north-kazakhstan-tainsha-2012-517-unemployed-certificate');
    expect(resolvedId(resolve(tainsha, '2013-05-23'))).toBe('north-kazakhstan-tainsha-2012-517-unemployed-certificate');
    expect(resolvedId(resolve(tainsha, '2013-05-24'))).toBe('repealed');
  });

  it('should not apply a district act to an application from elsewhere in the region', () => {
    expect(resolvedId(resolve({ region: 'northKazakhstan', serviceCode: 'unemployed-certificate' }, '2012-12-03'))).toBe('neverExisted');
    expect(resolvedId(resolve({ ...tainsha, district: 'kyzylzhar' }, '2012-12-03'))).toBe('neverExisted');
  });
});

describe('resolving the version in force: Akmola (seed 004, act unknown)', () => {
  const akmola = { region: 'akmola', serviceCode: 'active-employment-referral' } as const;

  it('should find none before the Standard the regulation cites, and the estimated version from then on', () => {
    expect(resolvedId(resolve(akmola, '2015-04-27'))).toBe('notYetInForce');
    expect(resolve(akmola, '2016-02-01')).toMatchObject({
      status: 'inForce',
      regulation: { id: 'akmola-undated-active-employment-referral' },
      period: { startBasis: 'actDateFallback', startEstimated: true, endsOn: null },
    });
  });
});

describe('resolving overlapping versions', () => {
  const referrals = { region: 'zhambyl', serviceCode: 'active-employment-referral' } as const;
  const later = () =>
    variant(byId('zhambyl-2017-231-active-employment-referral'), 'zhambyl-2019-99-active-employment-referral', {
      date: '2019-05-01',
      number: '99',
      justiceRegistration: { date: '2019-05-10', number: '9999', by: byId('zhambyl-2017-231-active-employment-referral').act.issuer },
      repealedBy: null,
    });

  it('should let the later act win where two versions are in force at once', () => {
    const set = [later(), ...regulations];
    const resolution = resolve(referrals, '2020-01-15', set);
    expect(resolution).toMatchObject({ status: 'inForce', regulation: { id: 'zhambyl-2019-99-active-employment-referral' } });
    if (resolution.status === 'inForce') expect(resolution.superseded.map((s) => s.regulationId)).toEqual(['zhambyl-2017-231-active-employment-referral']);
  });

  it('should keep the earlier version until the later one starts, whatever the order of the list', () => {
    const set = [...regulations, later()];
    expect(resolvedId(resolve(referrals, '2019-05-09', set))).toBe('zhambyl-2017-231-active-employment-referral');
    expect(resolvedId(resolve(referrals, '2019-05-10', set))).toBe('zhambyl-2019-99-active-employment-referral');
  });

  it('should report a gap between a repeal and the next version as repealed', () => {
    const next = variant(byId('kyzylorda-2018-1057-unemployed-registration'), 'kyzylorda-2020-200-unemployed-registration', {
      date: '2020-05-20',
      number: '200',
      justiceRegistration: { date: '2020-06-01', number: '7777', by: byId('kyzylorda-2018-1057-unemployed-registration').act.issuer },
      repealedBy: null,
    });
    const query = { region: 'kyzylorda', serviceCode: 'unemployed-registration' } as const;
    expect(resolvedId(resolve(query, '2020-03-02', [...regulations, next]))).toBe('repealed');
    expect(resolvedId(resolve(query, '2020-06-01', [...regulations, next]))).toBe('kyzylorda-2020-200-unemployed-registration');
  });
});
