import { randomUUID } from 'node:crypto';
import { openLocation, type DbLocation } from '../lib/databases.ts';
import { round2, runPool, selfCpuSeconds, startCpuAccounting, summarize, type CpuReport, type LatencySummary } from '../lib/measure.ts';
import type { Sizes } from '../lib/options.ts';

export interface ReferenceResult {
  readonly workers: number;
  readonly transactions: number;
  readonly seconds: number;
  readonly timedOut: boolean;
  readonly transactionsPerSecond: number;
  readonly latency: LatencySummary;
  readonly cpu: CpuReport;
}

/**
 * The single-transaction limit of the same database through the same driver (the Database port: node-postgres pool
 * or PGlite) at the same concurrency: BEGIN, one INSERT, one UPDATE (of the worker's own row, so no lock waits),
 * COMMIT. Every engine step is one transaction too, so steps/s ÷ this is the share of the limit the engine reaches.
 */
export async function runReference(options: { location: DbLocation; sizes: Sizes; databaseCpu: (() => Promise<number>) | null }): Promise<ReferenceResult> {
  const { sizes } = options;
  const db = await openLocation(options.location, sizes.workers);
  try {
    await db.exec(`
      create table if not exists bench_reference_rows (id uuid primary key, worker integer not null, at timestamptz not null, data jsonb not null);
      create table if not exists bench_reference_counters (worker integer primary key, n bigint not null, at timestamptz not null);
    `);
    for (let w = 0; w < sizes.workers; w++) {
      await db.execute('insert into bench_reference_counters values ($1, 0, now()) on conflict (worker) do nothing', [w]);
    }
    const once = (worker: number) =>
      db.transaction(async (tx) => {
        const now = new Date();
        await tx.execute('insert into bench_reference_rows (id, worker, at, data) values ($1, $2, $3, $4)', [randomUUID(), worker, now, '{"type":"reference"}']);
        await tx.execute('update bench_reference_counters set n = n + 1, at = $2 where worker = $1', [worker, now]);
      });
    await runPool(Math.min(200, sizes.referenceTransactions), sizes.workers, 30, (_, worker) => once(worker));

    const latencies: number[] = [];
    const stopCpu = await startCpuAccounting({ benchProcess: selfCpuSeconds, ...(options.databaseCpu ? { postgres: options.databaseCpu } : {}) });
    const run = await runPool(sizes.referenceTransactions, sizes.workers, sizes.phaseSeconds, async (_, worker) => {
      const started = performance.now();
      await once(worker);
      latencies.push(performance.now() - started);
    });
    const cpu = await stopCpu();
    return {
      workers: sizes.workers,
      transactions: latencies.length,
      seconds: round2(run.seconds),
      timedOut: run.timedOut,
      transactionsPerSecond: round2(latencies.length / run.seconds),
      latency: summarize(latencies),
      cpu,
    };
  } finally {
    await db.close();
  }
}
