import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPersons, iin, person, signInAll } from '../registries/support/registry-fixtures.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { officeApplication } from '../support/office-filing.ts';

const JOB_SEEKER = 'zhambyl-2017-231-job-seeker-registration';
const UNEMPLOYED = 'zhambyl-2017-231-unemployed-registration';
const jobSeekerForm = { 'desired-position': 'Бухгалтер', 'education-level': 'higher', phone: '+77011234567', 'consent-publish': true };
const unemployedForm = { phone: '+77011234567' };
const ASEL = iin('86010130016');
const BOLAT = iin('87020230017');

describe('case search (GET /api/cases)', () => {
  let app: TestApp;
  let t: Record<string, string>;
  const ids: Record<string, string> = {};

  async function file(region: 'zhambyl' | 'aktobe', regulationId: string, applicantIin: string, formData: object) {
    const filed = await app.request('POST', '/api/cases', t[`${region}.clerk`], officeApplication(app.ctx, { regulationId, applicantIin, formData }));
    if (filed.status !== 201) throw new Error(JSON.stringify(filed.body));
    return filed.body as { id: string; version: number };
  }

  beforeAll(async () => {
    app = await startTestApp(import.meta.url, '2026-11-24T05:00:00Z');
    await addPersons(app.ctx.db, [person({ iin: ASEL, surname: 'Асанова', sex: 'female', region: 'zhambyl' }), person({ iin: BOLAT, surname: 'Болатов', region: 'zhambyl' })]);
    t = await signInAll(app, ['zhambyl.clerk', 'zhambyl.executor2', 'zhambyl.supervisor', 'aktobe.clerk', 'aktobe.supervisor', 'admin']);
    const aselJob = await file('zhambyl', JOB_SEEKER, ASEL, jobSeekerForm);
    ids.aselJob = aselJob.id;
    app.setNow('2026-11-24T05:05:00Z');
    const registered = await app.request('POST', `/api/cases/${aselJob.id}/steps`, t['zhambyl.clerk'], { stepId: 'register', expectedVersion: aselJob.version });
    ids.aselJournal = registered.body.journalNumber;
    app.setNow('2026-11-24T05:10:00Z');
    ids.aselUnemployed = (await file('zhambyl', UNEMPLOYED, ASEL, unemployedForm)).id;
    app.setNow('2026-11-24T05:15:00Z');
    ids.bolatJob = (await file('zhambyl', JOB_SEEKER, BOLAT, jobSeekerForm)).id;
    app.setNow('2026-11-24T05:20:00Z');
    ids.aselAktobe = (await file('aktobe', 'aktobe-2016-285-tsa-recipient-certificate', ASEL, { phone: '+77011234567' })).id;
  });
  afterAll(() => app.close());

  const caseIds = (body: { items: { caseId: string }[] }) => body.items.map((item) => item.caseId);

  it("finds a provider's cases by IIN, newest first, and never another provider's", async () => {
    const found = await app.request('GET', `/api/cases?iin=${ASEL}`, t['zhambyl.clerk']);
    expect(found.status).toBe(200);
    expect(caseIds(found.body)).toEqual([ids.aselUnemployed, ids.aselJob]);
    expect(found.body.items[1]).toMatchObject({ applicantIin: ASEL, applicantName: expect.stringContaining('Асанова'), journalNumber: ids.aselJournal, status: 'inWork', serviceCode: expect.any(String), openStepId: 'assign' });
    expect(caseIds((await app.request('GET', `/api/cases?iin=${ASEL}`, t['aktobe.clerk'])).body)).toEqual([ids.aselAktobe]);
  });

  it('finds by journal number in any letter case, by status and by service', async () => {
    expect(caseIds((await app.request('GET', `/api/cases?journalNumber=${ids.aselJournal?.toLowerCase()}`, t['zhambyl.executor2'])).body)).toEqual([ids.aselJob]);
    expect(caseIds((await app.request('GET', '/api/cases?status=received', t['zhambyl.clerk'])).body)).toEqual([ids.bolatJob, ids.aselUnemployed]);
    const jobSeekerCode = app.ctx.catalog.get(JOB_SEEKER).service.code;
    expect(caseIds((await app.request('GET', `/api/cases?serviceCode=${encodeURIComponent(jobSeekerCode)}`, t['zhambyl.clerk'])).body)).toEqual([ids.bolatJob, ids.aselJob]);
    expect(caseIds((await app.request('GET', `/api/cases?serviceCode=${encodeURIComponent(jobSeekerCode)}&status=inWork&iin=${ASEL}`, t['zhambyl.clerk'])).body)).toEqual([ids.aselJob]);
  });

  it("gives a supervisor the region's cases, an administrator all", async () => {
    expect(caseIds((await app.request('GET', `/api/cases?iin=${ASEL}`, t['zhambyl.supervisor'])).body)).toEqual([ids.aselUnemployed, ids.aselJob]);
    expect(caseIds((await app.request('GET', `/api/cases?iin=${ASEL}`, t['aktobe.supervisor'])).body)).toEqual([ids.aselAktobe]);
    expect(caseIds((await app.request('GET', `/api/cases?iin=${ASEL}`, t.admin)).body)).toEqual([ids.aselAktobe, ids.aselUnemployed, ids.aselJob]);
  });

  it('answers a page at a time with the total under the same criteria, and rejects a malformed IIN or status', async () => {
    expect((await app.request('GET', '/api/cases?limit=1', t['zhambyl.clerk'])).body).toMatchObject({ total: 3, limit: 1, offset: 0, items: [expect.objectContaining({ caseId: ids.bolatJob })] });
    const second = await app.request('GET', '/api/cases?limit=1&offset=1', t['zhambyl.clerk']);
    expect(second.body).toMatchObject({ total: 3, limit: 1, offset: 1 });
    expect(caseIds(second.body)).toEqual([ids.aselUnemployed]);
    expect((await app.request('GET', `/api/cases?iin=${ASEL}&limit=1&offset=1`, t['zhambyl.clerk'])).body).toMatchObject({ total: 2, items: [expect.objectContaining({ caseId: ids.aselJob })] });
    expect((await app.request('GET', '/api/cases?iin=123', t['zhambyl.clerk'])).status).toBe(400);
    expect((await app.request('GET', '/api/cases?status=lost', t['zhambyl.clerk'])).status).toBe(400);
    expect((await app.request('GET', '/api/cases')).status).toBe(401);
  });
});
