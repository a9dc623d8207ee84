import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/adapters/db/database.ts';
import { findStaff } from '../../src/adapters/db/staff-store.ts';
import { IntakeGroupCommit, type ScheduleFlush } from '../../src/application/cases/intake-group-commit.ts';
import { receiveApplication } from '../../src/application/cases/receive-application.ts';
import type { AppContext } from '../../src/application/app-context.ts';
import { AppError } from '../../src/core/errors/app-error.ts';
import type { StaffMember } from '../../src/core/org/staff-member.ts';
import { officeApplication } from '../support/office-filing.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { openTestDatabase } from '../support/test-database.ts';

const REGULATION = 'zhambyl-2017-231-job-seeker-registration';
const formData = { 'desired-position': 'Бухгалтер', 'education-level': 'higher', phone: '+77011234567', 'consent-publish': true };
/** Valid IINs (check digit right), one per applicant of these tests. */
const IINS = ['910115300005', '920216300016', '930315300026', '940416300037', '950515300047', '960616300058', '970715300068', '980816300079', '990915300089', '910116300090', '920215300101', '930316300110', '940415300120'];

/** A timer the test fires itself: the batch waits until `fire()`, never on the wall clock. */
function manualTimer(): { schedule: ScheduleFlush; fire(): void; pending(): number } {
  let waiting: (() => void)[] = [];
  return {
    schedule: (run) => void waiting.push(run),
    fire() {
      const due = waiting;
      waiting = [];
      for (const run of due) run();
    },
    pending: () => waiting.length,
  };
}

/** The real database, noting each transaction's commit; `failNextBatch` makes the next transaction fail after its work. */
function observedDatabase(inner: Database, journal: string[]): Database & { failNextBatch(): void } {
  let failNext = false;
  return {
    ...inner,
    engine: inner.engine,
    query: (q) => inner.query(q),
    execute: (sql, parameters) => inner.execute(sql, parameters),
    exec: (script) => inner.exec(script),
    close: () => inner.close(),
    async transaction(work) {
      const fail = failNext;
      failNext = false;
      const result = await inner.transaction(async (tx) => {
        const value = await work(tx);
        // As a deadlock or a serialization failure would: the whole transaction is rolled back.
        if (fail) throw new Error('simulated: the batch transaction was aborted');
        return value;
      });
      journal.push('commit');
      return result;
    },
    failNextBatch: () => {
      failNext = true;
    },
  };
}

async function settle<T>(promise: Promise<T>, journal: string[], label: string): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
  try {
    const value = await promise;
    journal.push(`answer ${label}`);
    return { ok: true, value };
  } catch (error) {
    journal.push(`answer ${label}`);
    return { ok: false, error };
  }
}

/** Lets every pending promise callback and database round trip run (no timers involved). */
async function quiet(db: Database): Promise<void> {
  for (let i = 0; i < 5; i++) await db.execute('select 1');
}

/** Waits, by database round trips and not by time, until `count` filings have reached the batch. */
async function untilQueued(group: IntakeGroupCommit, count: number, db: Database): Promise<void> {
  for (let i = 0; i < 1000 && group.queued < count; i++) await db.execute('select 1');
  expect(group.queued).toBe(count);
}

describe('group commit at intake (issue #15)', () => {
  let app: TestApp;
  let db: Database & { failNextBatch(): void };
  let clerk: StaffMember;
  const journal: string[] = [];
  let iin = 0;
  const nextIin = () => IINS[iin++]!;

  beforeAll(async () => {
    db = observedDatabase(await openTestDatabase(import.meta.url), journal);
    app = await startTestApp(import.meta.url, '2026-11-24T05:00:00Z', { db });
    clerk = (await findStaff(db, 'zhambyl.clerk'))!;
  });
  afterAll(() => app.close());

  function batchedApp(settings: { maxBatch: number }, timer: ReturnType<typeof manualTimer>): { ctx: AppContext; group: IntakeGroupCommit } {
    const group = new IntakeGroupCommit(db, { maxBatch: settings.maxBatch, waitMs: 2 }, timer.schedule);
    return { ctx: { ...app.ctx, intakeGroupCommit: group }, group };
  }

  const file = (ctx: AppContext, applicantIin: string) => receiveApplication(ctx, clerk, officeApplication(ctx, { regulationId: REGULATION, channel: 'providerOffice', applicantIin, formData }));
  const countCases = async (iins: readonly string[]) => (await db.execute<{ n: number }>('select count(*)::int as n from cases where applicant_iin = any($1::text[])', [iins]))[0]!.n;

  it('should file concurrent submissions in one transaction and answer each only after its commit, refusing and recording a duplicate in the same batch', async () => {
    const timer = manualTimer();
    const { ctx, group } = batchedApp({ maxBatch: 10 }, timer);
    const [a, b, c] = [nextIin(), nextIin(), nextIin()];
    journal.length = 0;
    const answers = [
      settle(file(ctx, a), journal, 'a'),
      settle(file(ctx, b), journal, 'b'),
      settle(file(ctx, a), journal, 'a again'),
      settle(file(ctx, c), journal, 'c'),
    ] as const;
    await untilQueued(group, 4, db);
    await quiet(db);
    // Nothing is written or answered before the batch goes: all four wait for the one timer.
    expect(journal).toEqual([]);
    expect(timer.pending()).toBe(1);
    expect(await countCases([a, b, c])).toBe(0);

    timer.fire();
    const [first, second, repeated, third] = await Promise.all(answers);
    expect(journal[0]).toBe('commit');
    expect(journal.slice(1).sort()).toEqual(['answer a', 'answer a again', 'answer b', 'answer c']);
    expect(group.stats).toMatchObject({ batches: 1, filings: 4, largestBatch: 4, failedInBatch: 0, retriedAlone: 0, batchesFailed: 0 });

    const filed = [first, second, third].map((answer) => (answer.ok ? answer.value : null));
    expect(filed.every((state) => state !== null)).toBe(true);
    expect(new Set(filed.map((state) => state!.id)).size).toBe(3);
    expect(repeated.ok).toBe(false);
    expect(!repeated.ok && repeated.error).toMatchObject({ code: 'DUPLICATE_APPLICATION', details: { existingCaseId: filed[0]!.id } });
    expect(await countCases([a, b, c])).toBe(3);
    const [kept] = await db.execute<{ n: number }>('select count(*)::int as n from duplicate_applications where applicant_iin = $1 and first_case_id = $2', [a, filed[0]!.id]);
    expect(kept!.n).toBe(1);
  });

  it('should commit the other filings of a batch when one is refused or its statement fails', async () => {
    const timer = manualTimer();
    const { ctx, group } = batchedApp({ maxBatch: 10 }, timer);
    const [a, b, refusedIin] = [nextIin(), nextIin(), nextIin()];
    const good = [file(ctx, a), file(ctx, b)];
    // Refused by its own rule after writing a claim whose case never comes: rolled back to its savepoint (else the
    // claim's deferred foreign key would fail the whole commit).
    const refused = group.file(`${refusedIin}/x`, async (tx) => {
      await tx.execute(`insert into open_application_claims (applicant_iin, service_code, subject, case_id) values ($1, 'x', '', gen_random_uuid())`, [refusedIin]);
      throw new AppError('INVALID_IIN', 'refused in the batch', { field: 'applicantIin' });
    });
    const broken = group.file('zzz', async (tx) => tx.execute('select 1 / 0'));
    const refusedAnswer = expect(refused).rejects.toMatchObject({ code: 'INVALID_IIN' });
    const brokenAnswer = expect(broken).rejects.toThrow(/division by zero/);
    await untilQueued(group, 4, db);
    timer.fire();
    const states = await Promise.all(good);
    await refusedAnswer;
    await brokenAnswer;
    expect(states.map((s) => s.applicant.iin).sort()).toEqual([a, b].sort());
    expect(await countCases([a, b])).toBe(2);
    const [claims] = await db.execute<{ n: number }>(`select count(*)::int as n from open_application_claims where applicant_iin = $1`, [refusedIin]);
    expect(claims!.n).toBe(0);
    // The failed statement was tried once more alone (it might have been a lock conflict with another batch).
    expect(group.stats).toMatchObject({ batches: 1, filings: 4, failedInBatch: 1, retriedAlone: 1, batchesFailed: 0 });
  });

  it('should file every submission alone, once, when the batch transaction fails as a whole', async () => {
    const timer = manualTimer();
    const { ctx, group } = batchedApp({ maxBatch: 10 }, timer);
    const [a, b, c] = [nextIin(), nextIin(), nextIin()];
    const filings = [file(ctx, a), file(ctx, b), file(ctx, c)];
    await untilQueued(group, 3, db);
    db.failNextBatch();
    timer.fire();
    const states = await Promise.all(filings);
    expect(new Set(states.map((s) => s.id)).size).toBe(3);
    expect(await countCases([a, b, c])).toBe(3);
    const [stored] = await db.execute<{ n: number }>('select count(*)::int as n from cases where id = any($1::uuid[])', [states.map((s) => s.id)]);
    expect(stored!.n).toBe(3);
    expect(group.stats).toMatchObject({ batches: 1, filings: 3, batchesFailed: 1, retriedAlone: 3 });
  });

  it('should send a full batch at once without waiting, and keep the rest for the next', async () => {
    const timer = manualTimer();
    const { ctx, group } = batchedApp({ maxBatch: 2 }, timer);
    const [a, b, c] = [nextIin(), nextIin(), nextIin()];
    const full = [file(ctx, a), file(ctx, b)];
    await Promise.all(full);
    expect(group.stats).toMatchObject({ batches: 1, filings: 2, largestBatch: 2 });
    const rest = file(ctx, c);
    await untilQueued(group, 1, db);
    await quiet(db);
    expect(await countCases([c])).toBe(0);
    timer.fire();
    await rest;
    expect(group.stats).toMatchObject({ batches: 2, filings: 3, largestBatch: 2 });
  });
});
