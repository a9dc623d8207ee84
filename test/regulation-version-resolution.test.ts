import { beforeAll, describe, expect, it } from 'vitest';
import { loadRegulationFiles } from '../src/adapters/regulations/load-regulation-files.ts';
import { inForceInterval } from '../src/core/regulation/in-force-interval.ts';
import { resolveVersion, type VersionQuery, type VersionResolution } from '../src/core/regulation/resolve-version.ts';
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
const resolvedId = (resolution: VersionResolution) =>
  resolution.status === 'inForce' ? resolution.regulation.id : resolution.status === 'uncertain' ? `uncertain:${resolution.regulationId}` : resolution.reason;
const resolve = (query: Omit<VersionQuery, 'at'>, isoDate: string, set: readonly Regulation[] = regulations) =>
  resolveVersion(set, { ...query, at: on(isoDate) });

/** A copy of a definition with a different act, as a later or earlier version of the same service would be. */
function variant(base: Regulation, id: string, act: Partial<Regulation['act']>, entry: Partial<Regulation['act']['entryIntoForce']> = {}): Regulation {
  return { ...base, id, act: { ...base.act, ...act, entryIntoForce: { ...base.act.entryIntoForce, ...entry } } };
}


/*
 * Time in force as the law states it (issue 16, item 1). Every seed act applies N calendar days after its (first)
 * official publication, and no seed gives a publication date: the start is a range from registration + N + 1 (the
 * earliest publication is the registration day) to the presumed latest publication + N + 1; the end likewise from
 * the repealing act's footnote. On main the start was the registration date itself, 11 days early.
 */
describe('interval in force of every seed act', () => {
  it('starts Aktobe 285 ten calendar days after a first publication not before its registration (seed 001 lines 9, 50) and ends by resolution 101 the same way (line 10)', () => {
    const interval = inForceInterval(byId('aktobe-2016-285-oralman-status'));
    expect(interval.rule).toMatchObject({ code: 'calendarDaysAfterFirstPublication', days: 10 });
    expect(interval.knownDates).toEqual({ adoptedOn: '2016-07-05', registeredOn: '2016-08-03', firstPublishedOn: null, placeholder: false });
    expect(interval.start).toMatchObject({ earliest: '2016-08-14', latest: '2016-09-13', exact: false, latestPresumed: true, basis: 'fromRegistration' });
    expect(interval.end).toMatchObject({ earliest: '2020-03-23', latest: '2020-05-22', exact: false, latestPresumed: true, basis: 'fromAdoption' });
  });

  it('starts Kyzylorda 1057 from its registration of 13.03.2018 plus ten days (seed 003 lines 5-6, 44) and ends by 163 (lines 9-11)', () => {
    const interval = inForceInterval(byId('kyzylorda-2018-1057-unemployed-registration'));
    expect(interval.start).toMatchObject({ earliest: '2018-03-24', latest: '2018-04-23' });
    expect(interval.end).toMatchObject({ earliest: '2020-02-17', latest: '2020-04-17' });
  });

  it('starts Tainsha 517 ten days after publication (seed 002 lines 9, 21); its repeal by 233 has no rule in the seed (line 11), so it may apply from its adoption', () => {
    const interval = inForceInterval(byId('north-kazakhstan-tainsha-2012-517-unemployed-certificate'));
    expect(interval.start).toMatchObject({ earliest: '2012-09-11', latest: '2012-10-11' });
    expect(interval.end).toMatchObject({ earliest: '2013-05-24', latest: '2013-08-03', latestPresumed: true });
  });

  it('takes both readings of Zhambyl resolution 73: kk "from the first publication" (seed 000 line 5), ru "ten days after" (line 467)', () => {
    const interval = inForceInterval(byId('zhambyl-2017-231-active-employment-referral'));
    expect(interval.start).toMatchObject({ earliest: '2017-11-28', latest: '2017-12-28' });
    expect(interval.end).toMatchObject({ earliest: '2021-03-19', latest: '2021-05-29' });
    expect(interval.end?.explanation.ru).toContain('со дня первого официального опубликования / по истечении 10 календарных дней');
  });

  it('marks Akmola (seed 004, no act) as never certainly in force: no upper bound on either end', () => {
    const interval = inForceInterval(byId('akmola-undated-active-employment-referral'));
    expect(interval.start).toMatchObject({ earliest: '2015-04-28', latest: null, basis: 'noActInSeed' });
    expect(interval.end).toMatchObject({ latest: null, basis: 'noActInSeed' });
  });

  it('is exact where the publication date and the repeal effective date are known', () => {
    const published = variant(byId('kyzylorda-2018-1057-job-seeker-registration'), 'kyzylorda-published', {}, { firstPublicationDate: '2018-03-20' });
    expect(inForceInterval(published).start).toMatchObject({ earliest: '2018-03-31', latest: '2018-03-31', exact: true, basis: 'known' });
    const query = { region: 'kyzylorda', serviceCode: 'job-seeker-registration' } as const;
    expect(resolve(query, '2018-03-30', [published])).toMatchObject({ status: 'noneInForce', reason: 'notYetInForce' });
    expect(resolve(query, '2018-03-31', [published])).toMatchObject({ status: 'inForce', presumed: false });
    const base = byId('zhambyl-2017-231-unemployed-registration');
    const repealed = variant(base, 'zhambyl-repeal-known', { repealedBy: { ...base.act.repealedBy!, effectiveFrom: '2021-04-10' } });
    expect(inForceInterval(repealed).end).toMatchObject({ earliest: '2021-04-10', latest: '2021-04-10', exact: true });
    const zhambyl = { region: 'zhambyl', serviceCode: 'unemployed-registration' } as const;
    expect(resolvedId(resolve(zhambyl, '2021-04-09', [repealed]))).toBe('zhambyl-repeal-known');
    expect(resolvedId(resolve(zhambyl, '2021-04-10', [repealed]))).toBe('repealed');
  });

  it('starts exactly on registration when the act enters into force on registration', () => {
    const onRegistration = variant(byId('zhambyl-2017-231-unemployed-registration'), 'zhambyl-on-registration', {}, { rule: 'onRegistration' });
    expect(inForceInterval(onRegistration).start).toMatchObject({ earliest: '2017-11-17', latest: '2017-11-17', exact: true });
  });
});

describe('resolution on the boundary dates of each act: in force, not in force, or uncertain, with the reason', () => {
  const cases: Array<[string, Omit<VersionQuery, 'at'>, string, string, string, string, string]> = [
    // act, query, registration (main's start), earliest start, latest start, earliest end, latest end
    ['Aktobe 285', { region: 'aktobe', serviceCode: 'oralman-status' }, '2016-08-03', '2016-08-14', '2016-09-13', '2020-03-23', '2020-05-22'],
    ['Kyzylorda 1057', { region: 'kyzylorda', serviceCode: 'unemployed-registration' }, '2018-03-13', '2018-03-24', '2018-04-23', '2020-02-17', '2020-04-17'],
    ['Zhambyl 231', { region: 'zhambyl', serviceCode: 'active-employment-referral' }, '2017-11-17', '2017-11-28', '2017-12-28', '2021-03-19', '2021-05-29'],
    ['Tainsha 517', { region: 'northKazakhstan', district: 'tainsha', serviceCode: 'unemployed-certificate' }, '2012-08-31', '2012-09-11', '2012-10-11', '2013-05-24', '2013-08-03'],
  ];
  const dayBefore = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

  it.each(cases)('%s', (_act, query, registeredOn, startEarliest, startLatest, endEarliest, endLatest) => {
    expect(resolve(query, registeredOn)).toMatchObject({ status: 'noneInForce', reason: 'notYetInForce' });
    expect(resolve(query, dayBefore(startEarliest))).toMatchObject({ status: 'noneInForce', reason: 'notYetInForce' });
    const justStarted = resolve(query, startEarliest);
    expect(justStarted.status).toBe('uncertain');
    if (justStarted.status === 'uncertain') {
      expect(justStarted.answer.reasonCode).toBe('startUncertain');
      expect(justStarted.reason.en).toContain(`between ${startEarliest} and ${startLatest}`);
      expect(Object.keys(justStarted.reason)).toEqual(['kk', 'ru', 'en']);
    }
    expect(resolve(query, dayBefore(startLatest)).status).toBe('uncertain');
    const started = resolve(query, startLatest);
    expect(started).toMatchObject({ status: 'inForce', presumed: true, answer: { reasonCode: 'inForce' } });
    expect(resolve(query, dayBefore(endEarliest)).status).toBe('inForce');
    expect(resolve(query, endEarliest)).toMatchObject({ status: 'uncertain', answer: { reasonCode: 'endUncertain' } });
    expect(resolve(query, dayBefore(endLatest)).status).toBe('uncertain');
    expect(resolve(query, endLatest)).toMatchObject({ status: 'noneInForce', reason: 'repealed' });
  });

  it('never answers "in force" for Akmola (seed 004 has no act), in 2016 or in 2026', () => {
    const akmola = { region: 'akmola', serviceCode: 'active-employment-referral' } as const;
    expect(resolvedId(resolve(akmola, '2015-04-27'))).toBe('notYetInForce');
    for (const day of ['2016-02-01', '2026-11-24']) {
      const resolution = resolve(akmola, day);
      expect(resolution.status).toBe('uncertain');
      if (resolution.status === 'uncertain') expect(resolution.interval.end?.explanation.en).toContain('The seed holds no act');
    }
  });
});

describe('resolving the version in force: where versions meet', () => {
  it('should read the moment in the region\'s civil time', () => {
    const unemployed = { region: 'kyzylorda', serviceCode: 'unemployed-registration' } as const;
    const lateEvening = new Date('2018-04-22T20:00:00Z'); // 23.04.2018 01:00 at UTC+5, still 22.04 in UTC
    expect(resolveVersion(regulations, { ...unemployed, at: lateEvening }).status).toBe('inForce');
    expect(resolveVersion(regulations, { ...unemployed, at: lateEvening, utcOffsetMinutes: 0 }).status).toBe('uncertain');
  });

  it('should say the service never existed in a region that has no version of it', () => {
    const resolution = resolve({ region: 'kyzylorda', serviceCode: 'unemployed-certificate' }, '2019-01-15');
    expect(resolution).toMatchObject({ status: 'noneInForce', reason: 'neverExisted', candidates: [] });
  });

  it('should not apply a district act to an application from elsewhere in the region', () => {
    expect(resolvedId(resolve({ region: 'northKazakhstan', serviceCode: 'unemployed-certificate' }, '2012-12-03'))).toBe('neverExisted');
    expect(resolvedId(resolve({ region: 'northKazakhstan', district: 'kyzylzhar', serviceCode: 'unemployed-certificate' }, '2012-12-03'))).toBe('neverExisted');
  });
});

describe('resolving overlapping versions', () => {
  const referrals = { region: 'zhambyl', serviceCode: 'active-employment-referral' } as const;
  const later = () =>
    variant(
      byId('zhambyl-2017-231-active-employment-referral'),
      'zhambyl-2019-99-active-employment-referral',
      { date: '2019-05-01', number: '99', justiceRegistration: { date: '2019-05-10', number: '9999', by: byId('zhambyl-2017-231-active-employment-referral').act.issuer }, repealedBy: null },
      { firstPublicationDate: '2019-05-15' },
    );

  it('should let the later act win where two versions are in force at once', () => {
    const resolution = resolve(referrals, '2020-01-15', [later(), ...regulations]);
    expect(resolution).toMatchObject({ status: 'inForce', regulation: { id: 'zhambyl-2019-99-active-employment-referral' } });
    if (resolution.status === 'inForce') expect(resolution.superseded.map((s) => s.regulationId)).toEqual(['zhambyl-2017-231-active-employment-referral']);
  });

  it('should keep the earlier version until the later one starts, whatever the order of the list', () => {
    const set = [...regulations, later()];
    expect(resolvedId(resolve(referrals, '2019-05-25', set))).toBe('zhambyl-2017-231-active-employment-referral');
    expect(resolvedId(resolve(referrals, '2019-05-26', set))).toBe('zhambyl-2019-99-active-employment-referral');
  });

  it('should report a gap between a repeal and the next version as repealed', () => {
    const next = variant(
      byId('kyzylorda-2018-1057-unemployed-registration'),
      'kyzylorda-2020-200-unemployed-registration',
      { date: '2020-05-20', number: '200', justiceRegistration: { date: '2020-06-01', number: '7777', by: byId('kyzylorda-2018-1057-unemployed-registration').act.issuer }, repealedBy: null },
      { firstPublicationDate: '2020-06-05' },
    );
    const query = { region: 'kyzylorda', serviceCode: 'unemployed-registration' } as const;
    expect(resolvedId(resolve(query, '2020-05-02', [...regulations, next]))).toBe('repealed');
    expect(resolvedId(resolve(query, '2020-06-16', [...regulations, next]))).toBe('kyzylorda-2020-200-unemployed-registration');
  });
});
