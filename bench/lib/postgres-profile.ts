import { openPostgresDatabase } from '../../src/adapters/db/postgres-database.ts';
import type { Database } from '../../src/adapters/db/database.ts';

/**
 * `--pg-stats`: where the benchmark PostgreSQL's time goes in the measured part of the surge (issue #15). The server
 * starts with pg_stat_statements (every statement, nested ones inside triggers and functions included, with planning
 * time) and track_functions = 'all' (PL/pgSQL and non-inlined SQL functions in pg_stat_user_functions). Both cost
 * some CPU themselves: compare CPU figures only between runs with the same flag.
 */
export const PG_STATS_SETTINGS: Readonly<Record<string, string>> = {
  shared_preload_libraries: 'pg_stat_statements',
  'pg_stat_statements.track': 'all',
  'pg_stat_statements.track_planning': 'on',
  'pg_stat_statements.max': '10000',
  track_functions: 'all',
};

export interface StatementProfile {
  readonly query: string;
  /** false: run inside a function or trigger (its time is also inside the top-level statement that fired it). */
  readonly toplevel: boolean;
  readonly calls: number;
  readonly callsPerUnit: number;
  readonly rows: number;
  /** Execution + planning time, milliseconds in all and per unit (e.g. per accepted application). */
  readonly totalMs: number;
  readonly planMs: number;
  readonly msPerUnit: number;
}

export interface FunctionProfile {
  readonly name: string;
  readonly calls: number;
  readonly callsPerUnit: number;
  /** Time in the function with what it called; `self` without. */
  readonly totalMs: number;
  readonly selfMs: number;
  readonly totalMsPerUnit: number;
  readonly selfMsPerUnit: number;
}

export interface PostgresProfile {
  readonly units: number;
  readonly unitName: string;
  /** Sums over top-level statements only (nested time is inside them). */
  readonly topLevelMs: number;
  readonly topLevelMsPerUnit: number;
  readonly statements: readonly StatementProfile[];
  readonly functions: readonly FunctionProfile[];
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;

async function withServer<T>(url: string, run: (db: Database) => Promise<T>): Promise<T> {
  const db = await openPostgresDatabase({ connectionString: url, maxConnections: 1 });
  try {
    return await run(db);
  } finally {
    await db.close();
  }
}

/** Zeroes the statement and function statistics (call right before the measured part). */
export async function resetPostgresStats(url: string): Promise<void> {
  await withServer(url, async (db) => {
    await db.exec('create extension if not exists pg_stat_statements with schema public');
    await db.exec('select public.pg_stat_statements_reset()');
    await db.exec('select pg_stat_reset()');
  });
}

/** The statements and functions by total time since the reset, each also per unit (accepted application). */
export async function collectPostgresProfile(url: string, units: number, unitName: string, top = 25): Promise<PostgresProfile> {
  return withServer(url, async (db) => {
    // Function statistics reach the cumulative statistics at a backend's transaction end; give them a moment.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const statements = await db.execute<{ query: string; toplevel: boolean; calls: string; rows: string; exec_ms: number; plan_ms: number }>(
      `select regexp_replace(query, '\\s+', ' ', 'g') as query, toplevel, calls, rows, total_exec_time as exec_ms, total_plan_time as plan_ms
         from public.pg_stat_statements
        where dbid = (select oid from pg_database where datname = current_database())
        order by total_exec_time + total_plan_time desc`,
    );
    const functions = await db.execute<{ name: string; calls: string; total_ms: number; self_ms: number }>(
      `select schemaname || '.' || funcname as name, calls, total_time as total_ms, self_time as self_ms
         from pg_stat_user_functions order by total_time desc limit ${top}`,
    );
    const perUnit = (value: number) => (units > 0 ? round3(value / units) : NaN);
    const topLevelMs = statements.filter((s) => s.toplevel).reduce((sum, s) => sum + s.exec_ms + s.plan_ms, 0);
    return {
      units,
      unitName,
      topLevelMs: round3(topLevelMs),
      topLevelMsPerUnit: perUnit(topLevelMs),
      statements: statements.slice(0, top).map((s) => ({
        query: s.query.length > 400 ? `${s.query.slice(0, 400)}…` : s.query,
        toplevel: s.toplevel,
        calls: Number(s.calls),
        callsPerUnit: perUnit(Number(s.calls)),
        rows: Number(s.rows),
        totalMs: round3(s.exec_ms + s.plan_ms),
        planMs: round3(s.plan_ms),
        msPerUnit: perUnit(s.exec_ms + s.plan_ms),
      })),
      functions: functions.map((f) => ({
        name: f.name,
        calls: Number(f.calls),
        callsPerUnit: perUnit(Number(f.calls)),
        totalMs: round3(f.total_ms),
        selfMs: round3(f.self_ms),
        totalMsPerUnit: perUnit(f.total_ms),
        selfMsPerUnit: perUnit(f.self_ms),
      })),
    };
  });
}

/** The profile as printed lines: statements (top-level marked) and functions, per unit. */
export function profileLines(label: string, profile: PostgresProfile): string[] {
  const pad = (text: string, width: number) => text.padStart(width);
  const n = (value: number, digits = 3) => value.toFixed(digits);
  return [
    `${label}: PostgreSQL statements and functions by total time, per ${profile.unitName} (${profile.units}); top-level statements ${n(profile.topLevelMsPerUnit)} ms per ${profile.unitName}`,
    `  ${pad('ms/unit', 8)} ${pad('plan ms', 9)} ${pad('calls/unit', 10)}  level   statement`,
    ...profile.statements.map(
      (s) => `  ${pad(n(s.msPerUnit), 8)} ${pad(n(s.planMs / Math.max(1, profile.units)), 9)} ${pad(n(s.callsPerUnit, 2), 10)}  ${s.toplevel ? 'top   ' : 'nested'}  ${s.query.slice(0, 160)}`,
    ),
    `  ${pad('ms/unit', 8)} ${pad('self/unit', 9)} ${pad('calls/unit', 10)}  function`,
    ...profile.functions.map((f) => `  ${pad(n(f.totalMsPerUnit), 8)} ${pad(n(f.selfMsPerUnit), 9)} ${pad(n(f.callsPerUnit, 2), 10)}  ${f.name}`),
  ];
}
