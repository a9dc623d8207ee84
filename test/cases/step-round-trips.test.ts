import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findStaff } from '../../src/adapters/db/staff-store.ts';
import { completeStep } from '../../src/application/cases/complete-step.ts';
import { receiveApplication } from '../../src/application/cases/receive-application.ts';
import { openStep, type CaseState } from '../../src/core/case/case-state.ts';
import type { StaffMember } from '../../src/core/org/staff-member.ts';
import { countingDatabase, type CountingDatabase } from '../support/counting-database.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { openTestDatabase } from '../support/test-database.ts';
import { officeApplication } from '../support/office-filing.ts';

const REGULATION = 'zhambyl-2017-231-job-seeker-registration';
const formData = { 'desired-position': 'Бухгалтер', 'education-level': 'higher', phone: '+77011234567', 'consent-publish': true };

/**
 * Issue #15: a step command is one read and one write inside its transaction (BEGIN, read, write, COMMIT = 4 round
 * trips, as the benchmark's reference transaction), plus only what the step kind itself needs: the decide step's
 * registry work (the "Employment" AIS registration) and the sign step's document. Counted on the real database.
 */
describe('the step command’s round trips', () => {
  let app: TestApp;
  let db: CountingDatabase;
  const staff: Record<string, StaffMember> = {};

  beforeAll(async () => {
    db = countingDatabase(await openTestDatabase(import.meta.url));
    app = await startTestApp(import.meta.url, '2026-11-24T05:00:00Z', { db });
    for (const login of ['zhambyl.clerk', 'zhambyl.head', 'zhambyl.executor1']) staff[login] = (await findStaff(db, login))!;
  });
  afterAll(() => app.close());

  async function step(state: CaseState, login: string, input: unknown): Promise<{ state: CaseState; roundTrips: number; statements: readonly string[] }> {
    db.reset();
    const next = await completeStep(app.ctx, staff[login]!, state.id, { stepId: openStep(state)!.stepId, expectedVersion: state.version, input });
    const { count, statements } = db.roundTrips();
    return { state: next, roundTrips: count, statements };
  }

  it('should take a case from register to issue with one read and one write per step, and extra trips only for registry work and the signed document', async () => {
    let state = await receiveApplication(app.ctx, staff['zhambyl.clerk']!, officeApplication(app.ctx, { regulationId: REGULATION, channel: 'providerOffice', applicantIin: '880515300120', formData }));
    const counts: Record<string, number> = {};
    const walk: Array<[string, string, unknown]> = [
      ['register', 'zhambyl.clerk', {}],
      ['assign', 'zhambyl.head', { executorId: 'zhambyl.executor1' }],
      ['decide', 'zhambyl.executor1', { outcome: 'positive' }],
      ['sign', 'zhambyl.head', { signature: 'MIAGCSqGSIb3DQEHAqCAMIACAQExDzAN' }],
      ['issue', 'zhambyl.clerk', { method: 'inPerson' }],
    ];
    const seen: Record<string, readonly string[]> = {};
    for (const [stepId, login, input] of walk) {
      expect(openStep(state)?.stepId).toBe(stepId);
      const done = await step(state, login, input);
      counts[stepId] = done.roundTrips;
      seen[stepId] = done.statements;
      state = done.state;
    }
    expect(state.status).toBe('completed');
    expect(state.journalNumber).toBe('TRZ-2026-000001');
    expect(state.executorId).toBe('zhambyl.executor1');
    // BEGIN, the one read (case, provider, lock, journal number / named executor), the one write, COMMIT.
    // BEGIN, the one read (case locked with its provider, the journal number or the named executor), the one write
    // (case, events, step projection and a sign step's documents), COMMIT. Decide adds the job-seeker registration:
    // one upsert of the person's open card (before: a read and an insert). Sign adds the document's registry facts —
    // the case's certificate record and the case's referral, two reads (before: four, the person's whole labour-market
    // history); the signed document is now part of the one write (before: an insert of its own).
    // Whole case: 27 round trips before, 23 now.
    expect({ counts, seen }).toMatchObject({ counts: { register: 4, assign: 4, decide: 5, sign: 6, issue: 4 } });
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(23);
  });

  it('should refuse a stale version after the one read, before any registry work, and write nothing', async () => {
    const filed = await receiveApplication(app.ctx, staff['zhambyl.clerk']!, officeApplication(app.ctx, { regulationId: REGULATION, channel: 'providerOffice', applicantIin: '950101400012', formData }));
    db.reset();
    await expect(completeStep(app.ctx, staff['zhambyl.clerk']!, filed.id, { stepId: 'register', expectedVersion: filed.version - 1, input: {} })).rejects.toMatchObject({ code: 'VERSION_CONFLICT' });
    // BEGIN, the read, ROLLBACK; the journal number the read took is rolled back with it.
    expect(db.roundTrips().count).toBe(3);
    const registered = await completeStep(app.ctx, staff['zhambyl.clerk']!, filed.id, { stepId: 'register', expectedVersion: filed.version, input: {} });
    expect(registered.journalNumber).toBe('TRZ-2026-000002');
  });
});
