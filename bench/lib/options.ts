import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

export type DbChoice = 'postgres' | 'pglite';

/** How big each part of one run is, for one database; every phase is bounded by a count and by a time limit. */
export interface Sizes {
  /** Applications in the surge (about 22% of them resubmissions). */
  readonly surge: number;
  /** Requests in flight during the surge. */
  readonly surgeConcurrency: number;
  /** Cases taken through all their steps by the engine phase. */
  readonly engineCases: number;
  /** Transactions of the reference phase. */
  readonly referenceTransactions: number;
  /** Concurrent workers (and pool connections) of the engine and reference phases. */
  readonly workers: number;
  /** Stored cases of the query-side dataset. */
  readonly cases: number;
  /** Inbox queries measured (one after another; then the same again concurrently). */
  readonly inboxSamples: number;
  /** Times each dashboard query is measured. */
  readonly dashboardSamples: number;
  /** Time limit of each load phase, seconds. */
  readonly phaseSeconds: number;
}

export interface BenchOptions {
  readonly databases: readonly DbChoice[];
  readonly quick: boolean;
  /** How the surge submits: signed citizen applications on the portal (default) or the provider's desk. */
  readonly surgeChannel: 'portal' | 'clerk';
  /** HTTP server processes for the surge (PostgreSQL only; PGlite is one process). */
  readonly appProcesses: number;
  /** Database connections of each HTTP server process. */
  readonly appPool: number;
  readonly skip: ReadonlySet<'surge' | 'engine' | 'reference' | 'query'>;
  /** Keep the benchmark's PostgreSQL data directory after the run (to inspect it). */
  readonly keep: boolean;
  /** Profile the benchmark PostgreSQL in the surge: pg_stat_statements and function statistics (postgres-profile.ts). */
  readonly pgStats: boolean;
  /** Write V8 CPU profiles of the HTTP server processes here (open them in Chrome DevTools). */
  readonly profileDir: string | null;
  readonly sizes: Readonly<Record<DbChoice, Sizes>>;
  /** `--levers`: the surge and the engine again with every switchable lever off; `--levers-each`: one off at a time. */
  readonly levers: 'all' | 'each' | null;
}

export const USAGE = `npm run bench -- [options]

  --db postgres|pglite|both   databases to measure (default both; PGlite at smaller sizes)
  --surge N                   applications in the surge (default 20000; --quick 400)
  --surge-channel portal|clerk  signed citizen applications through the gateway (default) or the clerk's desk
  --concurrency N             requests in flight during the surge (default 64)
  --engine N                  cases taken through all their steps (default 1000; --quick 60)
  --reference N               transactions of the reference phase (default 10000; --quick 1500)
  --workers N                 concurrency of the engine and reference phases (default 16)
  --cases 100k|1m|10m|N       stored cases for the query side (default 100k; --quick 10k; PGlite at most 1m)
  --app-processes N           HTTP server processes in the surge, PostgreSQL only (default QYZMET_WORKERS, else one per core)
  --app-pool N                database connections per HTTP server process (default 20)
  --phase-seconds N           time limit of each load phase (default 180)
  --skip surge,engine,reference,query
  --keep                      keep the benchmark PostgreSQL data directory
  --pg-stats                  start the benchmark PostgreSQL with pg_stat_statements and track_functions = all, and
                              print its statements and functions by time per accepted application in the surge
                              (the statistics cost CPU: compare CPU figures only between runs with the same flag)
  --profile DIR               write CPU profiles of the surge's HTTP server processes to DIR
  --levers                    also run the surge and the engine with every switchable lever off (bench/lib/levers.ts),
                              in the same sitting, and print off against on
  --levers-each               the same, one lever off at a time (each against the all-on main phases)
  --quick                     small sizes, to check the harness (figures are not meaningful)`;

/** "100k", "1m", "10m", "2500" → a number. */
export function parseCount(text: string, flag: string): number {
  const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(text.trim());
  if (!match) throw new Error(`${flag}: "${text}" is not a count (e.g. 5000, 100k, 1m)`);
  const factor = { '': 1, k: 1_000, m: 1_000_000 }[match[2]!.toLowerCase() as '' | 'k' | 'm'];
  const value = Math.round(Number(match[1]) * factor);
  if (!Number.isFinite(value) || value < 1) throw new Error(`${flag}: must be at least 1`);
  return value;
}

export function parseOptions(argv: readonly string[]): BenchOptions | 'help' {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      db: { type: 'string', default: 'both' },
      surge: { type: 'string' },
      concurrency: { type: 'string' },
      engine: { type: 'string' },
      reference: { type: 'string' },
      workers: { type: 'string' },
      cases: { type: 'string' },
      'app-processes': { type: 'string' },
      'app-pool': { type: 'string' },
      'phase-seconds': { type: 'string' },
      skip: { type: 'string', default: '' },
      'surge-channel': { type: 'string', default: 'portal' },
      keep: { type: 'boolean', default: false },
      'pg-stats': { type: 'boolean', default: false },
      profile: { type: 'string' },
      quick: { type: 'boolean', default: false },
      levers: { type: 'boolean', default: false },
      'levers-each': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return 'help';
  const quick = values.quick ?? false;
  const count = (flag: string, value: string | undefined, fallback: number) => (value === undefined ? fallback : parseCount(value, `--${flag}`));

  const db = values.db ?? 'both';
  if (!['postgres', 'pglite', 'both'].includes(db)) throw new Error(`--db: "${db}" is not postgres, pglite or both`);
  const databases: DbChoice[] = db === 'both' ? ['postgres', 'pglite'] : [db as DbChoice];

  const skipNames = (values.skip ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  for (const name of skipNames) {
    if (!['surge', 'engine', 'reference', 'query'].includes(name)) throw new Error(`--skip: unknown phase "${name}"`);
  }

  const postgres: Sizes = {
    surge: count('surge', values.surge, quick ? 400 : 20_000),
    surgeConcurrency: count('concurrency', values.concurrency, quick ? 32 : 64),
    engineCases: count('engine', values.engine, quick ? 60 : 1_000),
    referenceTransactions: count('reference', values.reference, quick ? 1_500 : 10_000),
    workers: count('workers', values.workers, 16),
    cases: count('cases', values.cases, quick ? 10_000 : 100_000),
    inboxSamples: quick ? 100 : 500,
    dashboardSamples: quick ? 3 : 10,
    phaseSeconds: count('phase-seconds', values['phase-seconds'], quick ? 60 : 180),
  };
  // PGlite is one in-process connection: the same phases at a tenth of the load, the query side at most 1M cases.
  const pglite: Sizes = {
    ...postgres,
    surge: Math.max(50, Math.round(postgres.surge / 10)),
    engineCases: Math.max(10, Math.round(postgres.engineCases / 5)),
    referenceTransactions: Math.max(200, Math.round(postgres.referenceTransactions / 5)),
    cases: Math.min(postgres.cases, 1_000_000),
  };
  return {
    databases,
    quick,
    surgeChannel: surgeChannelOf(values['surge-channel']),
    // The same default as the server's QYZMET_WORKERS (src/config/config.ts): one process per core.
    appProcesses: count('app-processes', values['app-processes'], process.env.QYZMET_WORKERS ? parseCount(process.env.QYZMET_WORKERS, 'QYZMET_WORKERS') : os.availableParallelism()),
    appPool: count('app-pool', values['app-pool'], 20),
    skip: new Set(skipNames as ('surge' | 'engine' | 'reference' | 'query')[]),
    keep: values.keep ?? false,
    pgStats: values['pg-stats'] ?? false,
    profileDir: values.profile ? path.resolve(values.profile) : null,
    sizes: { postgres, pglite },
    levers: values['levers-each'] ? 'each' : values.levers ? 'all' : null,
  };
}

function surgeChannelOf(value: string | undefined): 'portal' | 'clerk' {
  if (value === undefined || value === 'portal' || value === 'clerk') return value ?? 'portal';
  throw new Error(`--surge-channel: "${value}" is neither portal nor clerk`);
}
