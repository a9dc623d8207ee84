import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { signInAll } from '../registries/support/registry-fixtures.ts';
import { AKTOBE_CITIZEN, citizenToken, fileOnPortal, forwardFromAktobeDesk, ZHAMBYL_CITIZEN } from './support/access-fixtures.ts';
import { officeApplication } from '../support/office-filing.ts';

/** Issue #13, finding 3: what one region, branch or executor must not see or do to another's. */
describe('scope of gateway submissions, extensions and office channels', () => {
  let app: TestApp;
  let t: Record<string, string>;
  let zhambylCase: string;
  let aktobeCase: string;

  beforeAll(async () => {
    app = await startTestApp(import.meta.url, '2026-11-24T05:00:00Z', { stepEffects: [] });
    t = await signInAll(app, ['zhambyl.supervisor', 'aktobe.supervisor', 'zhambyl.operator', 'aktobe.operator', 'admin', 'zhambyl.clerk', 'aktobe.clerk', 'aktobe.head', 'aktobe.executor1', 'aktobe.executor2']);
    zhambylCase = (await fileOnPortal(app, await citizenToken(app, ZHAMBYL_CITIZEN))).caseId;
    aktobeCase = await forwardFromAktobeDesk(app, t['aktobe.operator']!, AKTOBE_CITIZEN);
  });
  afterAll(() => app.close());

  const submissions = async (login: string) => {
    const response = await app.request('GET', '/api/gateway/submissions', t[login]);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return (response.body as { caseId: string }[]).map((s) => s.caseId);
  };

  it("should show a region's supervisor only the submissions filed with the region's providers", async () => {
    expect(await submissions('zhambyl.supervisor')).toEqual([zhambylCase]);
    expect(await submissions('aktobe.supervisor')).toEqual([aktobeCase]);
  });

  it("should show a State Corporation operator only their own branch's submissions", async () => {
    expect(await submissions('aktobe.operator')).toEqual([aktobeCase]);
    expect(await submissions('zhambyl.operator')).toEqual([]);
  });

  it('should show an administrator every submission', async () => {
    expect((await submissions('admin')).sort()).toEqual([zhambylCase, aktobeCase].sort());
  });

  it("should refuse an extension of the executor's step to an executor who is not assigned, using up nothing", async () => {
    const applicant = '880515300208';
    const filed = await app.request('POST', '/api/cases', t['aktobe.clerk'], officeApplication(app.ctx, {
      regulationId: 'aktobe-2016-285-semipalatinsk-victims',
      applicantIin: applicant,
      formData: { 'request-type': 'first-time', phone: '+77011234567' },
    }));
    expect(filed.status, JSON.stringify(filed.body)).toBe(201);
    const registered = await app.request('POST', `/api/cases/${filed.body.id}/steps`, t['aktobe.clerk'], { stepId: 'register', expectedVersion: filed.body.version });
    const assigned = await app.request('POST', `/api/cases/${filed.body.id}/steps`, t['aktobe.head'], { stepId: 'assign', expectedVersion: registered.body.version, input: { executorId: 'aktobe.executor1' } });
    expect(assigned.body.openStep.stepId).toBe('decide');
    // Seed 001 line 271 extends the whole service term (not a step) by a month for an inquiry.
    const extension = { expectedVersion: assigned.body.version, reason: 'An inquiry to the archive is needed' };

    const stranger = await app.request('POST', `/api/cases/${filed.body.id}/term-extension`, t['aktobe.executor2'], extension);
    expect(stranger.status).toBe(403);
    expect(stranger.body.error.code).toBe('NOT_ASSIGNED_EXECUTOR');

    const assignee = await app.request('POST', `/api/cases/${filed.body.id}/term-extension`, t['aktobe.executor1'], extension);
    expect(assignee.status, JSON.stringify(assignee.body)).toBe(200);
    expect(assignee.body.termExtension.made.reason).toBe(extension.reason);
  });

  it("should refuse a clerk filing another channel's application (ruralAkim, stateCorporation) at the provider's office", async () => {
    for (const channel of ['ruralAkim', 'stateCorporation', 'portal']) {
      const refused = await app.request('POST', '/api/cases', t['zhambyl.clerk'], {
        regulationId: 'zhambyl-2017-231-job-seeker-registration',
        channel,
        applicantIin: '950101400012',
        formData: { 'desired-position': 'Accountant', 'education-level': 'higher', phone: '+77011234567', 'consent-publish': true },
      });
      expect(refused.status, channel).toBe(400);
      expect(refused.body.error).toMatchObject({ code: 'CHANNEL_NOT_OFFERED', details: { channel } });
    }
    const akimChannelAtDepartment = await app.request('POST', '/api/cases', t['aktobe.clerk'], {
      regulationId: 'aktobe-2016-285-rural-specialists-fuel-assistance',
      channel: 'ruralAkim',
      applicantIin: '880515300208',
      formData: { sphere: 'education', employer: 'Алға ауданының №3 мектебі', 'bank-account': 'KZ12345678901234567', phone: '+77011234567' },
    });
    expect(akimChannelAtDepartment.body.error).toMatchObject({ code: 'CHANNEL_NOT_OFFERED', details: { channel: 'ruralAkim' } });
    const [row] = await app.ctx.db.execute<{ count: number }>("select count(*)::int as count from cases where applicant_iin = '950101400012'");
    expect(row!.count).toBe(0);
  });
});
