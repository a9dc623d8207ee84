import { afterEach, describe, expect, it } from 'vitest';
import { sweepDeadlines } from '../../src/application/deadlines/sweep-deadlines.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { createSharedTestDatabase } from '../support/test-database.ts';
import { officeApplication } from '../support/office-filing.ts';

const REGULATION = 'zhambyl-2017-231-job-seeker-registration';
const formData = { 'desired-position': 'Welder', 'education-level': 'vocational', phone: '+77011234567', 'consent-publish': true };

/** Files a case at 10:00 (UTC+5) on Tue 24 Nov 2026 and takes it to the executor at once: decide is due 2 h later, 12:00 local. */
async function caseWaitingForExecutor(app: TestApp, iin: string): Promise<string> {
  app.setNow('2026-11-24T05:00:00Z');
  const clerk = await app.signIn('zhambyl.clerk');
  const head = await app.signIn('zhambyl.head');
  const filed = await app.request('POST', '/api/cases', clerk, officeApplication(app.ctx, { regulationId: REGULATION, applicantIin: iin, formData }));
  const id = filed.body.id as string;
  const registered = await app.request('POST', `/api/cases/${id}/steps`, clerk, { stepId: 'register', expectedVersion: filed.body.version });
  const assigned = await app.request('POST', `/api/cases/${id}/steps`, head, { stepId: 'assign', expectedVersion: registered.body.version, input: { executorId: 'zhambyl.executor1' } });
  expect(assigned.body.openStep).toMatchObject({ stepId: 'decide', dueAt: '2026-11-24T07:00:00.000Z' });
  return id;
}

async function notificationsOf(app: TestApp, login: string) {
  app.setNow('2026-11-24T08:00:00Z');
  return (await app.request('GET', '/api/notifications', await app.signIn(login))).body as Array<{ kind: string; caseId: string; payload: Record<string, unknown> }>;
}

describe('deadline sweep', () => {
  const open: TestApp[] = [];
  afterEach(async () => {
    for (const app of open.splice(0)) await app.close();
  });

  it("escalates a late executor step once and tells the provider's head, not before it is late", async () => {
    const app = await startTestApp(import.meta.url, '2026-11-24T05:00:00Z');
    open.push(app);
    const caseId = await caseWaitingForExecutor(app, '880515300120');

    expect(await sweepDeadlines(app.ctx.db, new Date('2026-11-24T07:00:00Z'))).toMatchObject({ stepsEscalated: 0 });
    expect(await sweepDeadlines(app.ctx.db, new Date('2026-11-24T07:01:00Z'))).toEqual({ stepsEscalated: 1, casesEscalated: 0, notificationsSent: 1 });
    expect(await sweepDeadlines(app.ctx.db, new Date('2026-11-24T07:40:00Z'))).toEqual({ stepsEscalated: 0, casesEscalated: 0, notificationsSent: 0 });

    const headNotes = await notificationsOf(app, 'zhambyl.head');
    expect(headNotes).toEqual([expect.objectContaining({ kind: 'stepOverdue', caseId, payload: expect.objectContaining({ stepId: 'decide', role: 'executor' }) })]);
    expect(await notificationsOf(app, 'aktobe.head')).toEqual([]);
    const inbox = await app.request('GET', '/api/inbox', await app.signIn('zhambyl.executor1'));
    expect(inbox.body.items[0]).toMatchObject({ caseId, overdue: true });
  });

  it("escalates a case past its overall due time to the region's supervisor", async () => {
    const app = await startTestApp(import.meta.url, '2026-11-24T05:00:00Z');
    open.push(app);
    const caseId = await caseWaitingForExecutor(app, '950101400012');
    // Overall due: 17:20 local (12:20Z), the chain of all step limits.
    expect(await sweepDeadlines(app.ctx.db, new Date('2026-11-24T12:21:00Z'))).toEqual({ stepsEscalated: 1, casesEscalated: 1, notificationsSent: 2 });
    const supervisorNotes = await notificationsOf(app, 'zhambyl.supervisor');
    expect(supervisorNotes).toEqual([expect.objectContaining({ kind: 'caseOverdue', caseId })]);
    expect(await notificationsOf(app, 'aktobe.supervisor')).toEqual([]);
  });

  it('neither loses nor repeats an escalation across a restart', async () => {
    const storage = await createSharedTestDatabase(import.meta.url);
    let app = await startTestApp(import.meta.url, '2026-11-24T05:00:00Z', { db: await storage.open() });
    const first = await caseWaitingForExecutor(app, '880515300120');
    const second = await caseWaitingForExecutor(app, '061211600012');
    // Make the second case's step fall due later, so it becomes late while the server is down.
    await app.ctx.db.execute("update cases set open_step_due_at = '2026-11-24T09:00:00Z' where id = $1", [second]);
    expect(await sweepDeadlines(app.ctx.db, new Date('2026-11-24T08:00:00Z'))).toMatchObject({ stepsEscalated: 1 });
    await app.close();

    app = await startTestApp(import.meta.url, '2026-11-24T10:00:00Z', { db: await storage.open() });
    open.push(app);
    expect(await sweepDeadlines(app.ctx.db, new Date('2026-11-24T10:00:00Z'))).toMatchObject({ stepsEscalated: 1, notificationsSent: 1 });
    const escalated = await app.ctx.db.execute<{ case_id: string }>("select case_id from escalations where kind = 'stepOverdue' order by fired_at");
    expect(escalated.map((r) => r.case_id)).toEqual([first, second]);
  });

  it('fires each escalation once when two schedulers sweep at the same moment', async () => {
    const storage = await createSharedTestDatabase(import.meta.url);
    const app = await startTestApp(import.meta.url, '2026-11-24T05:00:00Z', { db: await storage.open() });
    open.push(app);
    for (const iin of ['880515300120', '950101400012', '061211600012']) await caseWaitingForExecutor(app, iin);
    // On PostgreSQL the second scheduler is a separate connection pool, as a second server process would have; the
    // embedded PGlite serves one process, so there the two sweeps share it.
    const other = process.env.QYZMET_TEST_DB === 'postgres' ? await storage.open() : app.ctx.db;
    const sweptAt = new Date('2026-11-24T07:30:00Z');
    const results = await Promise.all([sweepDeadlines(app.ctx.db, sweptAt), sweepDeadlines(other, sweptAt)]);
    if (other !== app.ctx.db) await other.close();
    expect(results.reduce((sum, r) => sum + r.stepsEscalated, 0)).toBe(3);
    expect(results.reduce((sum, r) => sum + r.notificationsSent, 0)).toBe(3);
    const [count] = await app.ctx.db.execute<{ n: number }>('select count(*)::int as n from notifications');
    expect(count?.n).toBe(3);
  });
});
