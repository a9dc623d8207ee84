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
    // Aktobe resolution 285: registered 2016-08-03 (publication unknown → estimated start), repealed 2020-03-12.
    expect((await ids('region=aktobe&at=2018-06-01')).length).toBe(11);
    expect(await ids('region=aktobe&at=2021-06-01')).toEqual([]);
    expect(await ids('region=zhambyl&at=2017-06-01')).toEqual([]);
  });

  it('finds the version in force, or says clearly that none is and why', async () => {
    const found = await app.request('GET', '/api/regulations/in-force?region=kyzylorda&serviceCode=unemployed-registration&at=2019-01-15');
    expect(found.body.regulation).toMatchObject({ id: 'kyzylorda-2018-1057-unemployed-registration', inForce: { startsOn: '2018-03-13' } });
    const repealed = await app.request('GET', '/api/regulations/in-force?region=kyzylorda&serviceCode=unemployed-registration&at=2026-11-24&lang=en');
    expect(repealed.status).toBe(404);
    expect(repealed.body.error).toMatchObject({ code: 'REGULATION_NOT_IN_FORCE', details: { reason: 'repealed' } });
    const never = await app.request('GET', '/api/regulations/in-force?region=akmola&serviceCode=oralman-status&at=2018-01-01');
    expect(never.body.error.details.reason).toBe('neverExisted');
    const bad = await app.request('GET', '/api/regulations/in-force?region=mars&serviceCode=x&at=2018-01-01');
    expect(bad.status).toBe(400);
  });
});
