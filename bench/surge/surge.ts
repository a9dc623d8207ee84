import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { loadDemoData } from '../../src/composition/demo-data.ts';
import { openBenchApp, openLocation, REPO_ROOT, type DbLocation } from '../lib/databases.ts';
import { portalSurgeServices, surgeServices, surgeWorkload, type Application } from '../lib/fixtures.ts';
import { runPool, startCpuAccounting, summarize, selfCpuSeconds, round2, type CpuReport, type CpuSources, type LatencySummary } from '../lib/measure.ts';
import type { Sizes } from '../lib/options.ts';
import type { GroupCommitStats } from '../../src/application/cases/intake-group-commit.ts';
import { clerkSubmitter, type SubmitOutcome, type Submitter } from './submitter.ts';
import { portalSubmitter, preparePortalSurge } from './portal-submitter.ts';
import type { PostgresProfile } from '../lib/postgres-profile.ts';

export interface SurgeResult {
  readonly submitter: string;
  readonly submitterNotes: readonly string[];
  readonly services: readonly string[];
  readonly appProcesses: number;
  readonly appPoolPerProcess: number;
  readonly concurrency: number;
  readonly asked: number;
  readonly submitted: number;
  readonly timedOut: boolean;
  readonly seconds: number;
  readonly accepted: number;
  readonly acceptedPerSecond: number;
  readonly answeredPerSecond: number;
  readonly latency: LatencySummary;
  readonly latencyAccepted: LatencySummary;
  readonly duplicatesSubmitted: number;
  readonly duplicatesCaught: number;
  readonly rejected: Readonly<Record<string, number>>;
  readonly failed: number;
  readonly countCheck: CountCheck;
  readonly warmUp: number;
  readonly cpu: CpuReport;
  /** The lever settings of the app processes (levers.ts); {} = the defaults, every lever on. */
  readonly levers: Readonly<Record<string, string>>;
  /** Group commit at intake per app process, warm-up included; null where it was off. */
  readonly groupCommit: readonly (GroupCommitStats | null)[];
  /** `--pg-stats`: the database's statements and functions in the measured part, per accepted application. */
  readonly postgresProfile?: PostgresProfile;
}

/** `--pg-stats`: zero the database statistics before the measured part, read them after it. */
export interface DatabaseStats {
  reset(): Promise<void>;
  collect(accepted: number): Promise<PostgresProfile>;
}

export interface CountCheck {
  readonly ok: boolean;
  readonly expectedCases: number;
  readonly casesInDatabase: number;
  readonly acceptedIdsFound: number;
  readonly expectedEvents: number;
  readonly eventsInDatabase: number;
  /** Applicant + service pairs stored more than once, and the extra rows: resubmissions the system filed again. */
  readonly resubmissionGroupsStored: number;
  readonly resubmissionRowsStored: number;
  /** Rows in duplicate_applications (the repeated applications kept, linked to the first), when that table exists. */
  readonly duplicatesRecorded: number | null;
  /** Duplicate refusals kept in the provider's gateway inbox (portal channel), when that table exists. */
  readonly duplicatesRefusedInInbox: number | null;
  readonly problems: readonly string[];
}

interface AppProcess {
  readonly child: ChildProcess;
  readonly baseUrl: string;
}

/** Server processes started and not yet stopped, so an interrupted run can end them first (by their own pids). */
const liveChildren = new Set<ChildProcess>();

export function killAppProcessesNow(): void {
  for (const child of liveChildren) if (child.exitCode === null) child.kill('SIGTERM');
  liveChildren.clear();
}

async function startAppProcess(location: DbLocation, pool: number, profileDir: string | null, appEnv: Readonly<Record<string, string>> = {}): Promise<AppProcess> {
  const child = fork(path.join(REPO_ROOT, 'bench', 'surge', 'app-server.ts'), [], {
    cwd: REPO_ROOT,
    execArgv: ['--import', 'tsx', ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [])],
    env: { ...process.env, ...appEnv, QYZMET_BENCH_DB: JSON.stringify(location), QYZMET_BENCH_POOL: String(pool) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  liveChildren.add(child);
  child.once('exit', () => liveChildren.delete(child));
  const port = await new Promise<number>((resolve, reject) => {
    // Generous: on a shared, busy machine a server process (tsx transform, migrations check, CA load) starts slowly.
    const timer = setTimeout(() => reject(new Error('the app server did not start within 300 s')), 300_000);
    child.once('exit', (code) => reject(new Error(`the app server exited (${code}) before it was ready`)));
    child.on('message', (message: { type?: string; port?: number }) => {
      if (message.type === 'ready' && message.port) {
        clearTimeout(timer);
        resolve(message.port);
      }
    });
  });
  return { child, baseUrl: `http://127.0.0.1:${port}` };
}

function askCpu(app: AppProcess): Promise<number> {
  return new Promise((resolve) => {
    const onMessage = (message: { type?: string; seconds?: number }) => {
      if (message.type === 'cpu') {
        app.child.off('message', onMessage);
        resolve(message.seconds ?? 0);
      }
    };
    app.child.on('message', onMessage);
    app.child.send({ type: 'cpu' });
  });
}

function askGroupCommit(app: AppProcess): Promise<GroupCommitStats | null> {
  return new Promise((resolve) => {
    const onMessage = (message: { type?: string; groupCommit?: GroupCommitStats | null }) => {
      if (message.type === 'stats') {
        app.child.off('message', onMessage);
        resolve(message.groupCommit ?? null);
      }
    };
    app.child.on('message', onMessage);
    app.child.send({ type: 'stats' });
  });
}

function stopAppProcess(app: AppProcess): Promise<void> {
  return new Promise((resolve) => {
    if (app.child.exitCode !== null) return resolve();
    const timer = setTimeout(() => {
      app.child.kill('SIGKILL');
      resolve();
    }, 20_000);
    app.child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    app.child.send({ type: 'stop' });
  });
}

class Tally {
  readonly latencies: number[] = [];
  readonly acceptedLatencies: number[] = [];
  readonly accepted: { caseId: string; version: number }[] = [];
  duplicatesCaught = 0;
  failed = 0;
  readonly rejected: Record<string, number> = {};

  record(outcome: SubmitOutcome, ms: number): void {
    if (outcome.kind !== 'failed') this.latencies.push(ms);
    switch (outcome.kind) {
      case 'accepted':
        this.accepted.push({ caseId: outcome.caseId, version: outcome.version });
        this.acceptedLatencies.push(ms);
        break;
      case 'duplicate':
        this.duplicatesCaught += 1;
        break;
      case 'rejected': {
        const key = `${outcome.status} ${outcome.code}`;
        this.rejected[key] = (this.rejected[key] ?? 0) + 1;
        break;
      }
      case 'failed':
        this.failed += 1;
        break;
    }
  }
}

async function submitAll(submitter: Submitter, applications: readonly Application[], concurrency: number, seconds: number, tally: Tally) {
  return runPool(applications.length, concurrency, seconds, async (i) => {
    const started = performance.now();
    const outcome = await submitter.submit(applications[i]!);
    tally.record(outcome, performance.now() - started);
  });
}

async function countCheck(location: DbLocation, accepted: readonly { caseId: string; version: number }[], duplicatesCaught: number): Promise<CountCheck> {
  const db = await openLocation(location, 2);
  try {
    const [cases] = await db.execute<{ n: number }>('select count(*)::int as n from cases');
    const [events] = await db.execute<{ n: number }>('select count(*)::int as n from case_events');
    const [found] = await db.execute<{ n: number }>('select count(*)::int as n from cases where id = any($1::uuid[])', [accepted.map((a) => a.caseId)]);
    const [groups] = await db.execute<{ groups: number; extra: number }>(
      `select count(*)::int as groups, coalesce(sum(n - 1), 0)::int as extra
         from (select count(*) as n from cases group by applicant_iin, service_code having count(*) > 1) g`,
    );
    // Where duplicate detection keeps the repeated applications (a table of its own), they are counted too.
    const [table] = await db.execute<{ present: boolean }>(`select to_regclass('duplicate_applications') is not null as present`);
    const [linked] = table?.present ? await db.execute<{ n: number }>('select count(*)::int as n from duplicate_applications') : [];
    // Through the gateway a refused duplicate is kept in the provider's inbox with its refusal code instead.
    const [gateway] = await db.execute<{ present: boolean }>(`select to_regclass('gateway_inbox') is not null as present`);
    const [inboxDuplicates] = gateway?.present
      ? await db.execute<{ n: number }>(`select count(*)::int as n from gateway_inbox where refusal_code = 'DUPLICATE_APPLICATION'`)
      : [];
    // The portal answers a receipt without the case's version (-1): those versions are read back from the cases.
    const unknown = accepted.filter((a) => a.version < 0).map((a) => a.caseId);
    const [stored] = unknown.length > 0 ? await db.execute<{ n: number }>('select coalesce(sum(version), 0)::int as n from cases where id = any($1::uuid[])', [unknown]) : [{ n: 0 }];
    const expectedEvents = accepted.reduce((s, a) => s + Math.max(a.version, 0), 0) + (stored?.n ?? 0);
    const check = {
      expectedCases: accepted.length,
      casesInDatabase: cases?.n ?? -1,
      acceptedIdsFound: found?.n ?? -1,
      expectedEvents,
      eventsInDatabase: events?.n ?? -1,
      resubmissionGroupsStored: groups?.groups ?? -1,
      resubmissionRowsStored: groups?.extra ?? -1,
      // One filing path for every channel: a duplicate is kept in duplicate_applications whatever its channel, and a
      // portal one is also refused in the gateway inbox — two records of one event, each checked on its own.
      duplicatesRecorded: linked ? linked.n : null,
      duplicatesRefusedInInbox: inboxDuplicates ? inboxDuplicates.n : null,
    };
    const problems: string[] = [];
    if (check.acceptedIdsFound !== check.expectedCases) problems.push(`${check.expectedCases - check.acceptedIdsFound} accepted cases are missing (lost)`);
    if (check.casesInDatabase !== check.expectedCases) problems.push(`cases: ${check.casesInDatabase} rows for ${check.expectedCases} accepted (doubled or stray rows)`);
    if (check.duplicatesRecorded !== null && check.duplicatesRecorded !== duplicatesCaught) {
      problems.push(`duplicate_applications: ${check.duplicatesRecorded} rows for ${duplicatesCaught} duplicates answered`);
    }
    if (check.duplicatesRefusedInInbox !== null && check.duplicatesRefusedInInbox > 0 && check.duplicatesRefusedInInbox !== duplicatesCaught) {
      problems.push(`gateway_inbox: ${check.duplicatesRefusedInInbox} duplicate refusals for ${duplicatesCaught} duplicates answered`);
    }
    if (check.eventsInDatabase !== check.expectedEvents) problems.push(`case_events: ${check.eventsInDatabase} rows, ${check.expectedEvents} expected from the accepted cases' versions`);
    return { ok: problems.length === 0, ...check, problems };
  } finally {
    await db.close();
  }
}

/**
 * The April-2020 surge: applications through the real HTTP API on a real port into the real database, a fixed
 * number in flight, about 22% of them resubmissions; then a count check that nothing was lost or doubled.
 */
export async function runSurge(options: {
  location: DbLocation;
  sizes: Sizes;
  appProcesses: number;
  appPool: number;
  profileDir: string | null;
  databaseCpu: (() => Promise<number>) | null;
  log: (line: string) => void;
  /** 'portal' (default): signed citizen applications through the gateway; 'clerk': the provider's desk, no EDS. */
  channel?: 'portal' | 'clerk';
  /** Lever settings for the app processes' environment (bench/lib/levers.ts); default: none, every lever on. */
  levers?: Readonly<Record<string, string>>;
  databaseStats?: DatabaseStats | null;
}): Promise<SurgeResult> {
  const { location, sizes, log } = options;
  const processes = location.kind === 'pglite' ? 1 : options.appProcesses;

  // The database is prepared once here: migrated, demo providers and staff loaded.
  const channel = options.channel ?? 'portal';
  const setup = await openLocation(location, 2);
  const catalog = (await openBenchApp(setup)).catalog;
  const services = channel === 'portal' ? portalSurgeServices(catalog) : surgeServices(catalog);
  await loadDemoData(setup);
  const warmUpCount = Math.min(500, Math.max(20, Math.round(sizes.surge / 20)));
  const warmUp = surgeWorkload(warmUpCount, services, { seed: 1, iinOffset: 50_000_000 });
  const applications = surgeWorkload(sizes.surge, services);
  const portalKeys = channel === 'portal' ? await preparePortalSurge(setup, [warmUp, applications], new Date(), log) : null;
  await setup.close();

  const apps = await Promise.all(Array.from({ length: processes }, () => startAppProcess(location, options.appPool, options.profileDir, { ...portalKeys?.appEnv, ...options.levers })));
  const baseUrls = apps.map((a) => a.baseUrl);
  const submitterFor = async (batch: number) =>
    portalKeys ? portalSubmitter(baseUrls, portalKeys, sizes.surgeConcurrency, batch) : clerkSubmitter(baseUrls, services.map((s) => s.clerkLogin), sizes.surgeConcurrency);
  const warmSubmitter = await submitterFor(0);
  const submitter = await submitterFor(1);
  const tally = new Tally();
  try {
    // Warm-up (JIT, connection pools, caches): filed and counted in the check, not in the figures.
    const warmTally = new Tally();
    await submitAll(warmSubmitter, warmUp, sizes.surgeConcurrency, 60, warmTally);
    warmSubmitter.close();
    log(`  surge warm-up: ${warmTally.accepted.length}/${warmUpCount} accepted`);

    const sources: CpuSources = {
      loadGenerator: selfCpuSeconds,
      // One source per server process (QYZMET_WORKERS / --app-processes), so the JSON shows how evenly they share.
      ...(apps.length === 1 ? { app: () => askCpu(apps[0]!) } : Object.fromEntries(apps.map((app, index) => [`app${index + 1}`, () => askCpu(app)]))),
      ...(options.databaseCpu ? { postgres: options.databaseCpu } : {}),
    };
    await options.databaseStats?.reset();
    const stopCpu = await startCpuAccounting(sources);
    const run = await submitAll(submitter, applications, sizes.surgeConcurrency, sizes.phaseSeconds, tally);
    const cpu = await stopCpu();
    const duplicatesSubmitted = applications.slice(0, run.started).filter((a) => a.duplicateOf !== null).length;

    submitter.close();
    const groupCommit = await Promise.all(apps.map(askGroupCommit));
    await Promise.all(apps.map(stopAppProcess));
    // After the servers stopped (their backends flush function statistics on exit), before the count check's reads.
    const postgresProfile = await options.databaseStats?.collect(tally.accepted.length);
    const check = await countCheck(location, [...warmTally.accepted, ...tally.accepted], warmTally.duplicatesCaught + tally.duplicatesCaught);
    return {
      submitter: submitter.name,
      submitterNotes: submitter.notes,
      services: services.map((s) => s.regulationId),
      appProcesses: processes,
      appPoolPerProcess: options.appPool,
      concurrency: sizes.surgeConcurrency,
      asked: sizes.surge,
      submitted: run.started,
      timedOut: run.timedOut,
      seconds: round2(run.seconds),
      accepted: tally.accepted.length,
      acceptedPerSecond: round2(tally.accepted.length / run.seconds),
      answeredPerSecond: round2(tally.latencies.length / run.seconds),
      latency: summarize(tally.latencies),
      latencyAccepted: summarize(tally.acceptedLatencies),
      duplicatesSubmitted,
      duplicatesCaught: tally.duplicatesCaught,
      rejected: tally.rejected,
      failed: tally.failed,
      countCheck: check,
      warmUp: warmUpCount,
      cpu,
      levers: options.levers ?? {},
      groupCommit,
      ...(postgresProfile ? { postgresProfile } : {}),
    };
  } finally {
    submitter.close();
    await Promise.all(apps.map(stopAppProcess));
  }
}
