import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { officeApplication } from '../support/office-filing.ts';

const REGULATION = 'zhambyl-2017-231-job-seeker-registration';
const formData = { 'desired-position': 'Бухгалтер', 'education-level': 'higher', phone: '+77011234567', 'consent-publish': true };
const HEAD_NAME = 'Омаров Нұрлан Серікұлы';

describe('journey: registration of persons seeking work, Zhambyl 2017, through the API', () => {
  let app: TestApp;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    app = await startTestApp(import.meta.url, '2026-11-24T05:00:00Z'); // Tuesday 10:00 in UTC+5
    for (const login of ['zhambyl.clerk', 'zhambyl.head', 'zhambyl.executor1', 'zhambyl.executor2', 'aktobe.clerk', 'zhambyl.supervisor']) {
      tokens[login] = await app.signIn(login);
    }
  });
  afterAll(() => app.close());

  it('goes clerk → head → executor → head → clerk, each step with its own due time, and keeps the history', async () => {
    const received = await app.request('POST', '/api/cases', tokens['zhambyl.clerk'], officeApplication(app.ctx, { regulationId: REGULATION, applicantIin: '880515300120', formData }));
    expect(received.status).toBe(201);
    const caseId = received.body.id as string;
    expect(received.body).toMatchObject({
      status: 'received',
      applicant: { iin: '880515300120', fullName: 'Серікбаев Данияр Ерланұлы' },
      openStep: { stepId: 'register', dueAt: '2026-11-24T05:20:00.000Z', remainingMinutes: 20 },
      overallDueAt: '2026-11-24T12:20:00.000Z',
    });

    app.setNow('2026-11-24T05:10:00Z');
    let step = await app.request('POST', `/api/cases/${caseId}/steps`, tokens['zhambyl.clerk'], { stepId: 'register', expectedVersion: received.body.version });
    expect(step.status).toBe(200);
    expect(step.body).toMatchObject({ status: 'inWork', journalNumber: 'TRZ-2026-000001', openStep: { stepId: 'assign', dueAt: '2026-11-24T05:30:00.000Z' } });

    const executors = await app.request('GET', '/api/executors', tokens['zhambyl.head']);
    expect(executors.body.map((e: { id: string }) => e.id)).toEqual(expect.arrayContaining(['zhambyl.executor1', 'zhambyl.executor2']));

    app.setNow('2026-11-24T05:25:00Z');
    step = await app.request('POST', `/api/cases/${caseId}/steps`, tokens['zhambyl.head'], { stepId: 'assign', expectedVersion: step.body.version, input: { executorId: 'zhambyl.executor1' } });
    expect(step.body).toMatchObject({ executorId: 'zhambyl.executor1', openStep: { stepId: 'decide', dueAt: '2026-11-24T07:25:00.000Z' } });
    // Issue #17: the responsible executor by full name and role, not by login.
    expect(step.body.executor).toEqual({ id: 'zhambyl.executor1', fullName: 'Ахметова Динара Болатқызы', role: 'executor' });
    expect((await app.request('GET', `/api/cases/${caseId}`, tokens['zhambyl.head'])).body.executor.fullName).toBe('Ахметова Динара Болатқызы');

    const inbox = await app.request('GET', '/api/inbox', tokens['zhambyl.executor1']);
    expect(inbox.body.items).toEqual([expect.objectContaining({ caseId, openStepId: 'decide', dueAt: '2026-11-24T07:25:00.000Z', remainingMinutes: 120, overdue: false })]);
    expect(inbox.body.total).toBe(1);
    expect((await app.request('GET', '/api/inbox', tokens['zhambyl.executor2'])).body).toEqual({ items: [], total: 0, limit: 50, offset: 0 });

    app.setNow('2026-11-24T07:00:00Z');
    step = await app.request('POST', `/api/cases/${caseId}/steps`, tokens['zhambyl.executor1'], { stepId: 'decide', expectedVersion: step.body.version, input: { outcome: 'positive' } });
    expect(step.body).toMatchObject({ decision: { outcome: 'positive', resultId: 'registration-notice' }, openStep: { stepId: 'sign', dueAt: '2026-11-24T11:30:00.000Z' } });

    app.setNow('2026-11-24T11:00:00Z');
    step = await app.request('POST', `/api/cases/${caseId}/steps`, tokens['zhambyl.head'], { stepId: 'sign', expectedVersion: step.body.version, input: { signature: 'MIAGCSqGSIb3DQEHAqCAMIACAQExDzAN' } });
    expect(step.body.openStep).toMatchObject({ stepId: 'issue', dueAt: '2026-11-24T11:10:00.000Z' });

    app.setNow('2026-11-24T11:05:00Z');
    step = await app.request('POST', `/api/cases/${caseId}/steps`, tokens['zhambyl.clerk'], { stepId: 'issue', expectedVersion: step.body.version, input: { method: 'inPerson' } });
    expect(step.body).toMatchObject({ status: 'completed', closedAt: '2026-11-24T11:05:00.000Z', openStep: null, issuedVia: 'inPerson' });
    expect(step.body.steps.map((s: { stepId: string; dueAt: string; overdue: boolean }) => [s.stepId, s.dueAt, s.overdue])).toEqual([
      ['register', '2026-11-24T05:20:00.000Z', false],
      ['assign', '2026-11-24T05:30:00.000Z', false],
      ['decide', '2026-11-24T07:25:00.000Z', false],
      ['sign', '2026-11-24T11:30:00.000Z', false],
      ['issue', '2026-11-24T11:10:00.000Z', false],
    ]);

    const history = await app.request('GET', `/api/cases/${caseId}/history`, tokens['zhambyl.supervisor']);
    expect(history.status).toBe(200);
    const types = history.body.map((e: { type: string }) => e.type);
    expect(types.filter((t: string) => t === 'stepCompleted')).toHaveLength(5);
    expect(types).toEqual(expect.arrayContaining(['caseFiled', 'incomingRegistered', 'executorAssigned', 'decisionPrepared', 'documentSigned', 'resultIssued', 'caseClosed']));
    expect(history.body.map((e: { seq: number }) => e.seq)).toEqual(history.body.map((_: unknown, i: number) => i + 1));
    expect(history.body.find((e: { type: string }) => e.type === 'executorAssigned')).toMatchObject({
      actor: { userId: 'zhambyl.head', role: 'head', fullName: HEAD_NAME },
      data: { executorId: 'zhambyl.executor1', executorName: 'Ахметова Динара Болатқызы' },
    });
    // Every staff event of the history names who acted.
    expect(history.body.filter((e: { actor: { kind: string } }) => e.actor.kind === 'staff').every((e: { actor: { fullName?: string } }) => typeof e.actor.fullName === 'string' && e.actor.fullName.length > 0)).toBe(true);
  });

  it('answers a wrong role with 403, another provider with 404, a stale version with 409, and changes nothing', async () => {
    app.setNow('2026-11-24T12:00:00Z');
    const received = await app.request('POST', '/api/cases', tokens['zhambyl.clerk'], officeApplication(app.ctx, { regulationId: REGULATION, applicantIin: '950101400012', formData }));
    const caseId = received.body.id as string;
    const version = received.body.version as number;

    const wrongRole = await app.request('POST', `/api/cases/${caseId}/steps`, tokens['zhambyl.head'], { stepId: 'register', expectedVersion: version });
    expect(wrongRole.status).toBe(403);
    expect(wrongRole.body.error).toMatchObject({ code: 'FORBIDDEN_ROLE', details: { requiredRole: 'clerk', actualRole: 'head' } });
    expect(wrongRole.body.error.messages.kk).toContain('clerk');

    const otherProvider = await app.request('GET', `/api/cases/${caseId}`, tokens['aktobe.clerk']);
    expect(otherProvider.status).toBe(404);
    expect(otherProvider.body.error.code).toBe('CASE_NOT_FOUND');
    const otherProviderCommand = await app.request('POST', `/api/cases/${caseId}/steps`, tokens['aktobe.clerk'], { stepId: 'register', expectedVersion: version });
    expect(otherProviderCommand.status).toBe(404);

    const stale = await app.request('POST', `/api/cases/${caseId}/steps`, tokens['zhambyl.clerk'], { stepId: 'register', expectedVersion: version - 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('VERSION_CONFLICT');

    const after = await app.request('GET', `/api/cases/${caseId}`, tokens['zhambyl.clerk']);
    expect(after.body).toMatchObject({ version, status: 'received', journalNumber: null, openStep: { stepId: 'register' } });
    const history = await app.request('GET', `/api/cases/${caseId}/history`, tokens['zhambyl.clerk']);
    expect(history.body).toHaveLength(version);
  });

  it('lets only one of two concurrent commands on the same version through; the other gets 409', async () => {
    const received = await app.request('POST', '/api/cases', tokens['zhambyl.clerk'], officeApplication(app.ctx, { regulationId: REGULATION, applicantIin: '061211600012', formData }));
    const caseId = received.body.id as string;
    const command = { stepId: 'register', expectedVersion: received.body.version };
    const results = await Promise.all([
      app.request('POST', `/api/cases/${caseId}/steps`, tokens['zhambyl.clerk'], command),
      app.request('POST', `/api/cases/${caseId}/steps`, tokens['zhambyl.clerk'], command),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const history = await app.request('GET', `/api/cases/${caseId}/history`, tokens['zhambyl.clerk']);
    expect(history.body.filter((e: { type: string }) => e.type === 'incomingRegistered')).toHaveLength(1);
  });

  it('rejects an invalid IIN with 400 naming the field and files nothing', async () => {
    const before = await app.ctx.db.execute<{ n: number }>('select count(*)::int as n from cases');
    const response = await app.request('POST', '/api/cases?lang=ru', tokens['zhambyl.clerk'], { regulationId: REGULATION, applicantIin: '123456789012', formData });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ code: 'INVALID_IIN', details: { field: 'applicantIin' } });
    expect(response.body.error.message).toContain('ИИН');
    const after = await app.ctx.db.execute<{ n: number }>('select count(*)::int as n from cases');
    expect(after[0]?.n).toBe(before[0]?.n);
  });

  it('answers malformed requests and missing sessions with clear codes', async () => {
    const noSession = await app.request('GET', '/api/inbox');
    expect(noSession.status).toBe(401);
    expect(noSession.body.error.code).toBe('UNAUTHENTICATED');
    const missingField = await app.request('POST', '/api/cases', tokens['zhambyl.clerk'], { applicantIin: '880515300120' });
    expect(missingField.status).toBe(400);
    expect(missingField.body.error).toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'body.regulationId' } });
    const badJson = await app.server.inject({ method: 'POST', url: '/api/cases', headers: { authorization: `Bearer ${tokens['zhambyl.clerk']}`, 'content-type': 'application/json' }, payload: '{"regulationId":' });
    expect(badJson.statusCode).toBe(400);
    expect(JSON.parse(badJson.body).error.code).toBe('VALIDATION_FAILED');
    const wrongPassword = await app.request('POST', '/api/auth/sign-in', undefined, { login: 'zhambyl.clerk', password: 'nope' });
    expect(wrongPassword.status).toBe(401);
    expect(wrongPassword.body.error.code).toBe('SIGN_IN_FAILED');
  });

  it('serves /health and the OpenAPI description', async () => {
    expect((await app.request('GET', '/health')).body).toMatchObject({ status: 'ok' });
    const openapi = await app.server.inject({ method: 'GET', url: '/docs/json' });
    expect(openapi.statusCode).toBe(200);
    expect(Object.keys(JSON.parse(openapi.body).paths)).toEqual(expect.arrayContaining(['/api/cases', '/api/cases/{caseId}/steps', '/api/inbox']));
  });
});
