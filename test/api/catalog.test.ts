import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';

describe('catalog API', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(import.meta.url, '2026-11-24T05:00:00Z');
  });
  afterAll(() => app.close());

  const ids = async (query: string) => ((await app.request('GET', `/api/regulations?${query}`)).body as Array<{ id: string }>).map((r) => r.id).sort();

  it('lists by region and by channel', async () => {
    expect(await ids('region=zhambyl')).toEqual([
      'zhambyl-2017-231-active-employment-referral',
      'zhambyl-2017-231-job-seeker-registration',
      'zhambyl-2017-231-unemployed-registration',
    ]);
    expect(await ids('region=zhambyl&channel=portal')).toEqual(['zhambyl-2017-231-active-employment-referral', 'zhambyl-2017-231-job-seeker-registration']);
  });

  it('searches the service names in the chosen language', async () => {
    // «Регистрация лиц, ищущих работу» and «… ищущих работу, в качестве безработного» both match.
    expect(await ids('q=ищущих&lang=ru')).toEqual([
      'kyzylorda-2018-1057-job-seeker-registration',
      'kyzylorda-2018-1057-unemployed-registration',
      'zhambyl-2017-231-job-seeker-registration',
      'zhambyl-2017-231-unemployed-registration',
    ]);
    expect(await ids('q=ищущих безработного&lang=ru')).toEqual(['kyzylorda-2018-1057-unemployed-registration', 'zhambyl-2017-231-unemployed-registration']);
    expect(await ids('q=ищущих&lang=kk')).toEqual([]);
    expect(await ids('q=Semipalatinsk&lang=en')).toEqual(['aktobe-2016-285-semipalatinsk-victims']);
  });

  it('keeps to the versions in force on a date', async () => {
    // Aktobe resolution 285: registered 2016-08-03, applies 10 days after a publication the seed does not date
    // (seed 001 lines 9, 50): on the registration day it is not yet in force, by 2016-09-13 it presumably is.
    expect(await ids('region=aktobe&at=2016-08-03')).toEqual([]);
    expect((await ids('region=aktobe&at=2018-06-01')).length).toBe(11);
    expect(await ids('region=aktobe&at=2021-06-01')).toEqual([]);
    expect(await ids('region=zhambyl&at=2017-06-01')).toEqual([]);
  });

  it('finds the version in force, or says clearly that none is and why', async () => {
    const found = await app.request('GET', '/api/regulations/in-force?region=kyzylorda&serviceCode=unemployed-registration&at=2019-01-15');
    expect(found.body).toMatchObject({ status: 'inForce', regulationId: 'kyzylorda-2018-1057-unemployed-registration', answer: { status: 'inForce', presumed: true } });
    // Registered 13.03.2018, applies ten calendar days after its first publication (seed 003 lines 5-6, 44).
    expect(found.body.interval).toMatchObject({ rule: { code: 'calendarDaysAfterFirstPublication', days: 10 }, start: { earliest: '2018-03-24', latest: '2018-04-23', exact: false } });
    expect(found.body.regulation.inForce).toEqual(found.body.interval);
    const early = await app.request('GET', '/api/regulations/in-force?region=kyzylorda&serviceCode=unemployed-registration&at=2018-03-13');
    expect(early.status).toBe(404);
    expect(early.body.error.details).toMatchObject({ reason: 'notYetInForce', startEarliest: '2018-03-24', startLatest: '2018-04-23', endEarliest: '2020-02-17', endLatest: '2020-04-17' });
    const uncertain = await app.request('GET', '/api/regulations/in-force?region=kyzylorda&serviceCode=unemployed-registration&at=2018-03-24');
    expect(uncertain.body).toMatchObject({ status: 'uncertain', answer: { reasonCode: 'startUncertain' } });
    expect(uncertain.body.answer.reason.ru).toContain('между 2018-03-24 и 2018-04-23');
    const akmola = await app.request('GET', '/api/regulations/in-force?region=akmola&serviceCode=active-employment-referral&at=2026-11-24');
    expect(akmola.body).toMatchObject({ status: 'uncertain', regulationId: 'akmola-undated-active-employment-referral', interval: { start: { latest: null }, end: { latest: null } } });
    const repealed = await app.request('GET', '/api/regulations/in-force?region=kyzylorda&serviceCode=unemployed-registration&at=2026-11-24&lang=en');
    expect(repealed.status).toBe(404);
    expect(repealed.body.error).toMatchObject({ code: 'REGULATION_NOT_IN_FORCE', details: { reason: 'repealed' } });
    const never = await app.request('GET', '/api/regulations/in-force?region=akmola&serviceCode=oralman-status&at=2018-01-01');
    expect(never.body.error.details.reason).toBe('neverExisted');
    const bad = await app.request('GET', '/api/regulations/in-force?region=mars&serviceCode=x&at=2018-01-01');
    expect(bad.status).toBe(400);
  });
});
