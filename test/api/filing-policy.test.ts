import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { officeApplication } from '../support/office-filing.ts';

/*
 * Issue 16, filing policy: without demonstration mode only a version in force on the filing date is filed. Zhambyl
 * 231 (seed 000 lines 3-5, 49) applies from 2017-11-28 … 2017-12-28 (publication undated) until its repeal by No 73 of
 * 19.03.2021 applies (2021-03-19 … 2021-05-29): filed on 2019-06-03, refused on 2026-11-24.
 */
describe('filing policy over HTTP (QYZMET_FILING_POLICY=inForceOnly)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(import.meta.url, '2026-11-24T05:00:00Z', { filingPolicy: 'inForceOnly' });
  }, 300_000);
  afterAll(() => app.close());

  const application = {
    regulationId: 'zhambyl-2017-231-job-seeker-registration',
    applicantIin: '880515300120',
    formData: { 'desired-position': 'Accountant', 'education-level': 'higher', phone: '+77011234567', 'consent-publish': true },
  };

  it('says which policy is on, so the web app shows the demonstration banner only in demonstration mode', async () => {
    expect((await app.request('GET', '/api/regulations/filing-policy')).body).toEqual({ policy: 'inForceOnly', demonstration: false });
  });

  it('refuses an application under a repealed version with the reason in kk, ru and en', async () => {
    const token = await app.signIn('zhambyl.clerk');
    const refused = await app.request('POST', '/api/cases?lang=en', token, officeApplication(app.ctx, application));
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({ code: 'VERSION_NOT_IN_FORCE_FOR_FILING', details: { day: '2026-11-24', status: 'notInForce' } });
    expect(refused.body.error.messages.ru).toContain('Утратил силу');
  });

  it('files under the version in force on the filing date and records that it was in force', async () => {
    app.setNow('2019-06-03T05:00:00Z');
    const token = await app.signIn('zhambyl.clerk');
    const filed = await app.request('POST', '/api/cases', token, officeApplication(app.ctx, application));
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({ regulationId: application.regulationId, filingMode: 'inForce' });
    app.setNow('2026-11-24T05:00:00Z');
  });
});
