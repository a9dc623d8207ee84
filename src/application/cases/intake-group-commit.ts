import type { Database, SqlExecutor } from '../../adapters/db/database.ts';
import { isAppError } from '../../core/errors/app-error.ts';

/** How many filings one transaction takes at most, and how long the first of them waits for company. */
export interface GroupCommitSettings {
  readonly maxBatch: number;
  readonly waitMs: number;
}

/** Runs `run` once after `waitMs`; the server passes setTimeout, tests a timer they fire themselves. */
export type ScheduleFlush = (run: () => void, waitMs: number) => void;

/** What the group commit has done since it started (the benchmark reports it per server process). */
export interface GroupCommitStats {
  /** Transactions written (a batch of one included), and the filings in them. */
  batches: number;
  filings: number;
  largestBatch: number;
  /** Filings refused by their own work (an AppError) and rolled back to their savepoint; the others committed. */
  failedInBatch: number;
  /** Filings tried again in a transaction of their own: their statement failed in the batch, or the batch did. */
  retriedAlone: number;
  /** Batches whose transaction failed as a whole (e.g. a deadlock with another process's batch). */
  batchesFailed: number;
}

/** The work of one filing inside the shared transaction; it may run again alone, so it must start from scratch. */
export type FilingWork<T> = (tx: SqlExecutor) => Promise<T>;

interface Pending {
  readonly lockKey: string;
  readonly work: FilingWork<unknown>;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

type Outcome = { readonly kind: 'done'; readonly value: unknown } | { readonly kind: 'refused'; readonly error: unknown } | { readonly kind: 'again' };

const byLockKey = (a: Pending, b: Pending) => (a.lockKey < b.lockKey ? -1 : a.lockKey > b.lockKey ? 1 : 0);

/**
 * Group commit at intake (issue #15): filings arriving within `waitMs` of each other, `maxBatch` at most, are written
 * in ONE transaction — one commit, one WAL flush, instead of one each. Every filing's promise settles only after that
 * commit, so "accepted" still means "on disk". Each filing runs under a savepoint of its own: one that fails is rolled
 * back alone and the others commit. Duplicates are still refused one by one — a second application of the same person
 * in the same batch meets the first's claim in the same transaction (file-application-once.ts).
 *
 * Lock order: filings run in order of their lock key (applicant and service), so two batches — in this process or
 * another — take the application claims in the same order and cannot deadlock on them. Should a batch still fail as
 * a whole with a database error, nothing of it is on disk and each filing is tried again in a transaction of its own.
 * An AppError for the whole batch (DATABASE_UNAVAILABLE: the outcome may be unknown) is every filing's answer.
 */
export class IntakeGroupCommit {
  private queue: Pending[] = [];
  private flushScheduled = false;
  readonly stats: GroupCommitStats = { batches: 0, filings: 0, largestBatch: 0, failedInBatch: 0, retriedAlone: 0, batchesFailed: 0 };

  constructor(
    private readonly db: Database,
    private readonly settings: GroupCommitSettings,
    private readonly schedule: ScheduleFlush = (run, waitMs) => void setTimeout(run, waitMs),
  ) {}

  /** Filings waiting for their batch to go. */
  get queued(): number {
    return this.queue.length;
  }

  /** Files `work` in the next batch; `lockKey` orders the batch (see the class comment). */
  file<T>(lockKey: string, work: FilingWork<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ lockKey, work, resolve: resolve as (value: unknown) => void, reject });
      if (this.queue.length >= this.settings.maxBatch) this.flush();
      else if (!this.flushScheduled) {
        this.flushScheduled = true;
        this.schedule(() => {
          this.flushScheduled = false;
          this.flush();
        }, this.settings.waitMs);
      }
    });
  }

  private flush(): void {
    while (this.queue.length > 0) void this.commit(this.queue.splice(0, this.settings.maxBatch));
  }

  private async commit(batch: Pending[]): Promise<void> {
    batch.sort(byLockKey);
    this.stats.batches += 1;
    this.stats.filings += batch.length;
    this.stats.largestBatch = Math.max(this.stats.largestBatch, batch.length);
    if (batch.length === 1) return this.alone(batch[0]!, false);
    let outcomes: Outcome[] = [];
    try {
      await this.db.transaction(async (tx) => {
        // The port runs the work again when BEGIN broke or the server turned out a standby: start afresh.
        outcomes = [];
        for (const filing of batch) outcomes.push(await this.underSavepoint(tx, filing));
      });
    } catch (error) {
      this.stats.batchesFailed += 1;
      if (isAppError(error)) {
        for (const filing of batch) filing.reject(error);
        return;
      }
      await Promise.all(batch.map((filing) => this.alone(filing, true)));
      return;
    }
    // Committed: now, and only now, each filing gets its answer.
    await Promise.all(
      batch.map((filing, index) => {
        const outcome = outcomes[index]!;
        if (outcome.kind === 'done') filing.resolve(outcome.value);
        else if (outcome.kind === 'refused') filing.reject(outcome.error);
        else return this.alone(filing, true);
        return undefined;
      }),
    );
  }

  private async underSavepoint(tx: SqlExecutor, filing: Pending): Promise<Outcome> {
    await tx.execute('savepoint intake_filing');
    try {
      const value = await filing.work(tx);
      await tx.execute('release savepoint intake_filing');
      return { kind: 'done', value };
    } catch (error) {
      await tx.execute('rollback to savepoint intake_filing');
      if (isAppError(error)) {
        this.stats.failedInBatch += 1;
        return { kind: 'refused', error };
      }
      // A statement error (a lock wait ended by the deadlock detector, a serialization failure): once more, alone.
      return { kind: 'again' };
    }
  }

  private async alone(filing: Pending, retried: boolean): Promise<void> {
    if (retried) this.stats.retriedAlone += 1;
    try {
      filing.resolve(await this.db.transaction((tx) => filing.work(tx)));
    } catch (error) {
      filing.reject(error);
    }
  }
}

/** The transaction a filing is written in: the group commit's next batch when it is on, else one of its own. */
export function intakeTransaction<T>(app: { readonly db: Database; readonly intakeGroupCommit?: IntakeGroupCommit | null }, lockKey: string, work: FilingWork<T>): Promise<T> {
  return app.intakeGroupCommit ? app.intakeGroupCommit.file(lockKey, work) : app.db.transaction(work);
}
