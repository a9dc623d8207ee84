/**
 * `npm run bench` — the April-2020 surge through the HTTP API, engine throughput against the same database's
 * single-transaction limit, and inbox/dashboard latency over a generated history; on the benchmark's own durable
 * PostgreSQL server and on PGlite. Prints a table with the machine facts and writes bench/results/<timestamp>.json.
 * `npm run bench -- --help` lists the flags.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { openPgliteDatabase } from '../src/adapters/db/pglite-database.ts';
import { openPostgresDatabase } from '../src/adapters/db/postgres-database.ts';
import { startBenchPostgres, BENCH_POSTGRES_SETTINGS, type BenchPostgres } from './lib/bench-postgres.ts';
import { PhaseDatabases, removeTemporaryDirsNow, REPO_ROOT } from './lib/databases.ts';
import { machineFacts, pglitePackageVersion, type MachineFacts } from './lib/machine.ts';
import { treeCpuSeconds } from './lib/measure.ts';
import { parseOptions, USAGE, type BenchOptions, type DbChoice } from './lib/options.ts';
import { fmt, formatTable, ms, ratio, type Row } from './lib/report.ts';
import { runEngine, type EngineResult } from './engine/engine.ts';
import { runReference, type ReferenceResult } from './engine/reference.ts';
import { runQuerySide, type QuerySideResult } from './query/query-side.ts';
import { killAppProcessesNow, runSurge, type DatabaseStats, type SurgeResult } from './surge/surge.ts';
import { collectPostgresProfile, PG_STATS_SETTINGS, profileLines, resetPostgresStats } from './lib/postgres-profile.ts';
import { LEVERS_WITHOUT_SWITCH, SWITCHABLE_LEVERS, leverRuns, type LeverRun } from './lib/levers.ts';

/** The goals of issue #9 (reported against, never asserted). */
export const TARGETS = {
  surgeAcceptedPerSecond: 1_900,
  surgeP99Ms: 250,
  engineShareOfReference: 0.8,
  inboxP99Ms: 50,
  dashboardMs: 1_000,
  atCases: 10_000_000,
} as const;

interface LeverRunResult extends LeverRun {
  surge?: SurgeResult;
  engine?: EngineResult;
}

interface DatabaseResults {
  reference?: ReferenceResult;
  engine?: EngineResult;
  surge?: SurgeResult;
  query?: QuerySideResult;
  /** `--levers`: the same surge and engine with levers off, in this sitting; the main phases are "all on". */
  levers?: { readonly runs: LeverRunResult[]; readonly switchable: typeof SWITCHABLE_LEVERS; readonly notSwitchable: typeof LEVERS_WITHOUT_SWITCH };
  errors: Record<string, string>;
}

const log = (line: string) => console.log(line);

async function databaseFacts(kind: DbChoice, server: BenchPostgres | null, facts: MachineFacts): Promise<void> {
  if (kind === 'postgres' && server) {
    const db = await openPostgresDatabase({ connectionString: server.url, maxConnections: 1 });
    const [version] = await db.execute<{ server_version: string }>('show server_version');
    const settings: Record<string, string> = {};
    for (const name of ['fsync', 'synchronous_commit', 'full_page_writes', 'wal_sync_method', ...Object.keys(BENCH_POSTGRES_SETTINGS)]) {
      const [row] = await db.execute<Record<string, string>>(`show ${name}`);
      settings[name] = row ? String(Object.values(row)[0]) : '?';
    }
    await db.close();
    facts.postgres = { version: version?.server_version ?? '?', settings };
  } else if (kind === 'pglite') {
    const db = await openPgliteDatabase();
    const [version] = await db.execute<{ server_version: string }>('show server_version');
    await db.close();
    facts.pglite = { version: version?.server_version ?? '?', packageVersion: await pglitePackageVersion() };
  }
}

async function runDatabase(kind: DbChoice, options: BenchOptions, server: BenchPostgres | null): Promise<DatabaseResults> {
  const sizes = options.sizes[kind];
  const places = new PhaseDatabases(kind, server?.url ?? null);
  const databaseCpu = server
    ? async () => {
        const pid = await server.postmasterPid();
        return pid ? treeCpuSeconds(pid) : 0;
      }
    : null;
  const databaseStats: DatabaseStats | null =
    server && options.pgStats
      ? { reset: () => resetPostgresStats(server.url), collect: (accepted) => collectPostgresProfile(server.url, accepted, 'accepted application') }
      : null;
  const results: DatabaseResults = { errors: {} };
  const phase = async <T>(name: 'reference' | 'engine' | 'surge' | 'query', run: () => Promise<T>, label = name as string): Promise<T | undefined> => {
    if (options.skip.has(name)) return undefined;
    log(`[${kind}] ${label}…`);
    const started = performance.now();
    try {
      const result = await run();
      log(`[${kind}] ${label} done in ${fmt((performance.now() - started) / 1000, 1)} s`);
      return result;
    } catch (error) {
      results.errors[label] = error instanceof Error ? (error.stack ?? error.message) : String(error);
      log(`[${kind}] ${label} FAILED: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  };
  try {
    results.reference = await phase('reference', async () => runReference({ location: await places.fresh('reference'), sizes, databaseCpu }));
    results.engine = await phase('engine', async () => runEngine({ location: await places.fresh('engine'), sizes, databaseCpu, log }));
    results.surge = await phase('surge', async () =>
      runSurge({ location: await places.fresh('surge'), sizes, appProcesses: options.appProcesses, appPool: options.appPool, profileDir: options.profileDir, databaseCpu, log, channel: options.surgeChannel, databaseStats }),
    );
    if (options.levers) {
      const runs: LeverRunResult[] = [];
      results.levers = { runs, switchable: SWITCHABLE_LEVERS, notSwitchable: LEVERS_WITHOUT_SWITCH };
      for (const leverRun of leverRuns(options.levers, options.appProcesses)) {
        const lever = SWITCHABLE_LEVERS.find((l) => `${l.name} off` === leverRun.label);
        if (lever?.postgresOnly && kind === 'pglite') continue;
        const result: LeverRunResult = { ...leverRun };
        runs.push(result);
        if (!lever || lever.phases.includes('engine')) {
          result.engine = await phase('engine', async () => runEngine({ location: await places.fresh('engine_levers'), sizes, databaseCpu, log, levers: leverRun.env }), `engine, ${leverRun.label}`);
        }
        if (!lever || lever.phases.includes('surge')) {
          result.surge = await phase(
            'surge',
            async () =>
              runSurge({
                location: await places.fresh('surge_levers'),
                sizes,
                appProcesses: leverRun.appProcesses ?? options.appProcesses,
                appPool: options.appPool,
                profileDir: null,
                databaseCpu,
                log,
                channel: options.surgeChannel,
                levers: leverRun.env,
              }),
            `surge, ${leverRun.label}`,
          );
        }
      }
    }
    results.query = await phase('query', async () => runQuerySide({ location: await places.fresh('query'), sizes, log }));
  } finally {
    await places.dispose();
  }
  return results;
}

function cpuText(cpu: { bySource: Readonly<Record<string, { cores: number }>>; machineBusyCores: number; otherCores: number }): string {
  const parts = Object.entries(cpu.bySource).map(([name, v]) => `${name} ${fmt(v.cores, 2)}`);
  return `${parts.join(', ')}; others ${fmt(cpu.otherCores, 2)} (cores)`;
}

function rowsFor(kind: DbChoice, r: DatabaseResults): Row[] {
  const rows: Row[] = [];
  const s = r.surge;
  if (s) {
    const section = `${kind} surge`;
    rows.push(
      { section, metric: `applications (${s.concurrency} in flight, ${s.appProcesses} app proc.)`, value: `${fmt(s.submitted)}${s.timedOut ? ' (time limit)' : ''}` },
      { section, metric: 'accepted per second', value: fmt(s.acceptedPerSecond, 1), target: `≥ ${fmt(TARGETS.surgeAcceptedPerSecond)}`, ratio: ratio(s.acceptedPerSecond, TARGETS.surgeAcceptedPerSecond, 'higher') },
      { section, metric: 'latency p50', value: ms(s.latency.p50Ms) },
      { section, metric: 'latency p99', value: ms(s.latency.p99Ms), target: `< ${TARGETS.surgeP99Ms} ms`, ratio: ratio(s.latency.p99Ms, TARGETS.surgeP99Ms, 'lower') },
      { section, metric: 'duplicates submitted / caught', value: `${fmt(s.duplicatesSubmitted)} / ${fmt(s.duplicatesCaught)}`, target: 'all caught', ratio: s.duplicatesCaught === 0 ? 'none caught' : ratio(s.duplicatesCaught, s.duplicatesSubmitted, 'higher') },
      { section, metric: 'rejected / no answer', value: `${fmt(Object.values(s.rejected).reduce((a, b) => a + b, 0))} / ${fmt(s.failed)}` },
      {
        section,
        metric: 'count check (cases, events)',
        value: s.countCheck.ok ? `ok ${fmt(s.countCheck.casesInDatabase)}, ${fmt(s.countCheck.eventsInDatabase)}` : `FAILED: ${s.countCheck.problems.join('; ')}`,
        target: 'nothing lost or doubled',
      },
      { section, metric: 'resubmissions stored as new cases', value: fmt(s.countCheck.resubmissionRowsStored), target: '0' },
    );
    if (r.reference) {
      // Each accepted application is at least one durable transaction: the reference's tx/s is the ceiling to compare with.
      const surgeShare = s.acceptedPerSecond / r.reference.transactionsPerSecond;
      rows.push({ section, metric: 'accepted/s as share of reference tx/s', value: Number.isFinite(surgeShare) ? `${fmt(surgeShare * 100, 0)}%` : 'n/a' });
    }
  }
  const ref = r.reference;
  if (ref) {
    rows.push(
      { section: `${kind} reference`, metric: `1 insert + 1 update per tx (${ref.workers} workers)`, value: `${fmt(ref.transactionsPerSecond, 1)} tx/s` },
      { section: `${kind} reference`, metric: 'latency p50 / p99', value: `${ms(ref.latency.p50Ms)} / ${ms(ref.latency.p99Ms)}` },
    );
  }
  const e = r.engine;
  if (e) {
    const share = ref ? e.stepsPerSecond / ref.transactionsPerSecond : NaN;
    rows.push(
      { section: `${kind} engine`, metric: `filing (receiveApplication), ${fmt(e.cases)} cases`, value: `${fmt(e.filing.perSecond, 1)} /s` },
      { section: `${kind} engine`, metric: `steps (completeStep), ${fmt(e.steps)} steps${e.timedOut ? ', time limit' : ''}`, value: `${fmt(e.stepsPerSecond, 1)} /s` },
      {
        section: `${kind} engine`,
        metric: 'steps/s as share of reference tx/s',
        value: Number.isFinite(share) ? `${fmt(share * 100, 0)}%` : 'n/a',
        target: `≥ ${TARGETS.engineShareOfReference * 100}%`,
        ratio: ratio(share, TARGETS.engineShareOfReference, 'higher'),
      },
      { section: `${kind} engine`, metric: 'step latency p50 / p99', value: `${ms(e.stepLatency.p50Ms)} / ${ms(e.stepLatency.p99Ms)}` },
      { section: `${kind} engine`, metric: 'cases closed / errors', value: `${fmt(e.casesClosed)} / ${fmt(Object.values(e.errors).reduce((a, b) => a + b, 0))}` },
    );
  }
  const q = r.query;
  if (q) {
    const section = `${kind} query @${fmt(q.dataset.cases)}`;
    const at = q.dataset.cases >= TARGETS.atCases ? '' : ` (target is at ${fmt(TARGETS.atCases)})`;
    rows.push(
      {
        section,
        metric: 'generated (rows/s; table + indexes)',
        value: `${fmt(q.dataset.rowsPerSecond)}/s; ${fmt(((q.dataset.tableBytes ?? 0) + (q.dataset.indexBytes ?? 0)) / 2 ** 20)} MiB`,
      },
      { section, metric: `open cases; providers`, value: `${fmt(q.dataset.openCases)}; ${fmt(q.dataset.providers)}` },
      { section, metric: 'inbox p50', value: ms(q.inbox.latency.p50Ms) },
      { section, metric: `inbox p99${at}`, value: ms(q.inbox.latency.p99Ms), target: `< ${TARGETS.inboxP99Ms} ms`, ratio: ratio(q.inbox.latency.p99Ms, TARGETS.inboxP99Ms, 'lower') },
      { section, metric: `inbox, ${q.inbox.concurrent.workers} concurrent: q/s, p99`, value: `${fmt(q.inbox.concurrent.perSecond)}/s, ${ms(q.inbox.concurrent.latency.p99Ms)}` },
      { section, metric: 'inbox of busiest executor p99', value: ms(q.inboxLargestExecutor.latency.p99Ms) },
      {
        section,
        metric: `dashboard, region ${q.dashboardRegion.region} (max)`,
        value: ms(q.dashboardRegion.latency.maxMs),
        target: `< ${fmt(TARGETS.dashboardMs)} ms`,
        ratio: ratio(q.dashboardRegion.latency.maxMs, TARGETS.dashboardMs, 'lower'),
      },
      { section, metric: 'dashboard, national (max)', value: ms(q.dashboardNational.latency.maxMs), target: `< ${fmt(TARGETS.dashboardMs)} ms`, ratio: ratio(q.dashboardNational.latency.maxMs, TARGETS.dashboardMs, 'lower') },
      { section, metric: '  with bench_dashboard_idx: region / national', value: `${ms(q.dashboardRegionWithIndex.latency.maxMs)} / ${ms(q.dashboardNationalWithIndex.latency.maxMs)}` },
    );
  }
  for (const name of Object.keys(r.errors)) rows.push({ section: `${kind} ${name}`, metric: 'phase failed', value: 'see below' });
  return rows;
}

const perUnitMs = (cpu: SurgeResult['cpu'], prefix: string, units: number) =>
  units > 0 ? (Object.entries(cpu.bySource).filter(([name]) => name.startsWith(prefix)).reduce((sum, [, v]) => sum + v.seconds, 0) * 1000) / units : NaN;

function groupCommitText(stats: readonly ({ batches: number; filings: number; largestBatch: number } | null)[]): string {
  const on = stats.filter((s): s is NonNullable<typeof s> => s !== null);
  if (on.length === 0) return 'off';
  const batches = on.reduce((a, s) => a + s.batches, 0);
  const filings = on.reduce((a, s) => a + s.filings, 0);
  return `${fmt(filings / Math.max(1, batches), 1)} per tx (max ${Math.max(...on.map((s) => s.largestBatch))})`;
}

/** `part / whole` as a percentage, or n/a (e.g. the reference phase was skipped). */
const shareText = (part: number, whole: number) => (Number.isFinite(part / whole) ? `${fmt((part / whole) * 100, 0)}%` : 'n/a');

/** `--levers`: each run's figures beside the all-on main phases of the same sitting. */
function leverRowsFor(kind: DbChoice, r: DatabaseResults): Row[] {
  if (!r.levers) return [];
  const ref = r.reference?.transactionsPerSecond ?? NaN;
  const runs: { label: string; surge?: SurgeResult; engine?: EngineResult }[] = [{ label: 'all levers on', ...(r.surge ? { surge: r.surge } : {}), ...(r.engine ? { engine: r.engine } : {}) }, ...r.levers.runs];
  const rows: Row[] = [];
  for (const run of runs) {
    const section = `${kind} ${run.label}`;
    const s = run.surge;
    if (s) {
      rows.push(
        { section, metric: `surge accepted/s (${s.appProcesses} app proc.), vs reference`, value: `${fmt(s.acceptedPerSecond, 1)}, ${shareText(s.acceptedPerSecond, ref)}`, target: `≥ ${fmt(TARGETS.surgeAcceptedPerSecond)}`, ratio: ratio(s.acceptedPerSecond, TARGETS.surgeAcceptedPerSecond, 'higher') },
        { section, metric: 'surge p50 / p99', value: `${ms(s.latency.p50Ms)} / ${ms(s.latency.p99Ms)}`, target: `< ${TARGETS.surgeP99Ms} ms`, ratio: ratio(s.latency.p99Ms, TARGETS.surgeP99Ms, 'lower') },
        { section, metric: 'CPU per accepted: app / postgres', value: `${fmt(perUnitMs(s.cpu, 'app', s.accepted), 1)} / ${fmt(perUnitMs(s.cpu, 'postgres', s.accepted), 1)} ms` },
        { section, metric: 'surge group commit; count check', value: `${groupCommitText(s.groupCommit)}; ${s.countCheck.ok ? 'ok' : 'FAILED'}` },
      );
    }
    const e = run.engine;
    if (e) {
      rows.push(
        { section, metric: 'engine filing/s; group commit', value: `${fmt(e.filing.perSecond, 1)}; ${groupCommitText([e.groupCommit])}` },
        { section, metric: 'engine steps/s, vs reference', value: `${fmt(e.stepsPerSecond, 1)}, ${shareText(e.stepsPerSecond, ref)}`, target: `≥ ${TARGETS.engineShareOfReference * 100}%`, ratio: ratio(e.stepsPerSecond / ref, TARGETS.engineShareOfReference, 'higher') },
      );
    }
  }
  return rows;
}

/** Where the CPU went in each load phase: the first thing to look at for the bottleneck. */
function cpuLines(kind: DbChoice, r: DatabaseResults | undefined): string[] {
  if (!r) return [];
  return [
    r.surge ? `[${kind}] CPU in the surge: ${cpuText(r.surge.cpu)}` : '',
    r.reference ? `[${kind}] CPU in the reference: ${cpuText(r.reference.cpu)}` : '',
    r.engine ? `[${kind}] CPU in the engine steps: ${cpuText(r.engine.cpu)}` : '',
    ...Object.entries(r.errors).map(([phase, error]) => `[${kind}] ${phase} FAILED: ${error.split('\n').slice(0, 3).join(' | ')}`),
    ...Object.entries(r.engine?.errors ?? {}).map(([code, n]) => `[${kind}] engine error ${code}: ${n}`),
    ...Object.entries(r.surge?.rejected ?? {}).map(([code, n]) => `[${kind}] surge rejected ${code}: ${n}`),
  ].filter(Boolean);
}

function plansFor(kind: DbChoice, q: QuerySideResult | undefined): string {
  if (!q) return '';
  return [
    `[${kind}] EXPLAIN ANALYZE key nodes at ${fmt(q.dataset.cases)} cases`,
    '-- inbox of the busiest provider\'s head (listInbox):',
    q.inbox.planText,
    '-- inbox of one of its executors:',
    q.inboxLargestExecutor.planText,
    `-- dashboard, region ${q.dashboardRegion.region}:`,
    q.dashboardRegion.planText,
    '-- dashboard, national:',
    q.dashboardNational.planText,
    '-- dashboard, national, with bench_dashboard_idx:',
    q.dashboardNationalWithIndex.planText,
  ].join('\n');
}

async function main(): Promise<number> {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  if (parsed === 'help') {
    console.log(USAGE);
    return 0;
  }
  const options = parsed;
  const startedAt = new Date();
  const facts = await machineFacts();
  log(`Qyzmet benchmark — ${facts.cpuModel}, ${facts.cores} cores, ${facts.memoryGiB} GiB, Node ${facts.node}, load ${facts.loadAverageAtStart.join(' ')}`);
  if (facts.loadAverageAtStart[0]! > facts.cores * 0.25) log(`note: the machine is already busy (load ${facts.loadAverageAtStart[0]}): figures will be noisy`);

  let server: BenchPostgres | null = null;
  const stopServer = async () => {
    await server?.stop({ keep: options.keep });
  };
  const onSignal = () => {
    log('interrupted: stopping the app servers and the benchmark PostgreSQL, removing temporary data');
    killAppProcessesNow();
    void stopServer()
      .catch(() => undefined)
      .then(() => {
        removeTemporaryDirsNow();
        process.exit(130);
      });
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const results: Partial<Record<DbChoice, DatabaseResults>> = {};
  try {
    for (const kind of options.databases) {
      if (kind === 'postgres') {
        server = await startBenchPostgres(log, options.pgStats ? PG_STATS_SETTINGS : {});
        log(`[postgres] benchmark server on port ${server.port} (${server.binDir}), data in ${server.dataDir}`);
      }
      await databaseFacts(kind, server, facts);
      results[kind] = await runDatabase(kind, options, kind === 'postgres' ? server : null);
      if (kind === 'postgres') await stopServer();
    }
  } finally {
    await stopServer();
  }

  const rows = options.databases.flatMap((kind) => (results[kind] ? rowsFor(kind, results[kind]!) : []));
  const leverRows = options.databases.flatMap((kind) => (results[kind] ? leverRowsFor(kind, results[kind]!) : []));
  const lines = [
    '',
    `Machine: ${facts.cpuModel}; ${facts.cores} cores; ${facts.memoryGiB} GiB; ${facts.os}; Node ${facts.node}`,
    facts.postgres
      ? `PostgreSQL ${facts.postgres.version} (own server: fsync=${facts.postgres.settings.fsync}, synchronous_commit=${facts.postgres.settings.synchronous_commit}, shared_buffers=${facts.postgres.settings.shared_buffers})`
      : '',
    facts.pglite ? `PGlite ${facts.pglite.packageVersion} (PostgreSQL ${facts.pglite.version}, on disk)` : '',
    `Commit ${facts.commit ?? '?'}${facts.workTreeChanged ? ' + uncommitted changes' : ''}; load average at start ${facts.loadAverageAtStart.join(' ')}${options.quick ? '; --quick: sizes too small for meaningful figures' : ''}`,
    '',
    formatTable(rows),
    '',
    'vs target: ≥ 100% meets it (higher-is-better: measured ÷ target; lower-is-better: target ÷ measured).',
    'CPU: cores busy on average; "others" is the rest of the machine (other people\'s work = noise).',
    ...(leverRows.length > 0
      ? [
          '',
          'Levers off and on, same sitting (bench/lib/levers.ts): ' + SWITCHABLE_LEVERS.map((l) => `${l.name} = ${l.setting}`).join('; '),
          formatTable(leverRows),
          'Not switchable (not measured off here): ' + LEVERS_WITHOUT_SWITCH.map((l) => `${l.name} (${l.why})`).join('; '),
        ]
      : []),
    ...options.databases.flatMap((kind) => cpuLines(kind, results[kind])),
    ...options.databases.flatMap((kind) => {
      const profile = results[kind]?.surge?.postgresProfile;
      return profile ? ['', ...profileLines(`[${kind}] surge`, profile)] : [];
    }),
    '',
    ...options.databases.map((kind) => plansFor(kind, results[kind]?.query)),
  ].filter((line, i, all) => line !== '' || all[i - 1] !== '');
  console.log(lines.join('\n'));

  const resultsDir = path.join(REPO_ROOT, 'bench', 'results');
  await mkdir(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  const sizes = Object.fromEntries(options.databases.map((k) => [k, options.sizes[k]]));
  await writeFile(
    file,
    `${JSON.stringify({ startedAt: startedAt.toISOString(), finishedAt: new Date().toISOString(), machine: facts, options: { ...options, skip: [...options.skip], sizes }, targets: TARGETS, results }, null, 2)}\n`,
  );
  console.log(`\nResults: ${path.relative(process.cwd(), file)}`);
  const failed = options.databases.some(
    (k) => Object.keys(results[k]?.errors ?? {}).length > 0 || results[k]?.surge?.countCheck.ok === false || results[k]?.levers?.runs.some((run) => run.surge?.countCheck.ok === false),
  );
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
