/**
 * Failover under load (issue #21): two Qyzmet application instances, each with its own pool following the primary of
 * a pg_auto_failover formation, take a steady load of office filings and their `register` steps (the step that takes
 * the incoming-journal number) while deadline sweeps run from both; then the primary's postgres is killed with
 * SIGKILL and the load goes on while the monitor promotes the standby. Afterwards every acknowledged write is looked
 * up on the new primary.
 *
 * The client behaves as Qyzmet's web app and the State Corporation's systems are told to: an answer of 503 is
 * repeated after a pause with a new Idempotency-Key (a filing that did commit is then refused as a duplicate and
 * points to its case; a step that did commit is refused as a version conflict), so no write is ever sent twice blindly.
 *
 * Used by `npm run bench:failover` and by test/ha/failover.test.ts (shorter). Talks to the formation on loopback only.
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { openPostgresDatabase } from '../../src/adapters/db/postgres-database.ts';
import type { Database } from '../../src/adapters/db/database.ts';
import { insertPersons } from '../../src/adapters/registries/persons-bulk-insert.ts';
import { sweepDeadlines } from '../../src/application/deadlines/sweep-deadlines.ts';
import { DEMO_PASSWORD, loadDemoData } from '../../src/composition/demo-data.ts';
import { openApp } from '../../src/composition/open-app.ts';
import { loadConfig } from '../../src/config/config.ts';
import { withCheckDigit } from '../../src/core/identity/iin.ts';
import { buildServer } from '../../src/http/build-server.ts';

export interface Formation {
  readonly url: string;
  readonly readUrl: string;
  readonly monitorUrl: string;
  readonly directory: string;
  readonly nodes: ReadonlyArray<{ readonly name: string; readonly port: number; readonly pgdata: string }>;
}

export async function readFormation(file: string): Promise<Formation> {
  return JSON.parse(await readFile(file, 'utf8')) as Formation;
}

export interface FailoverRunOptions {
  readonly formation: Formation;
  /** Concurrent clients, shared round-robin by the two application instances. */
  readonly clients: number;
  /** Steady load before the kill. */
  readonly beforeKillMs: number;
  /** Load kept up after the first write that succeeds once the standby is promoted. */
  readonly afterRecoveryMs: number;
  /** Give up waiting for a new primary after this long (the run then reports it and fails). */
  readonly maxOutageMs: number;
  readonly log: (line: string) => void;
}

export interface FailoverReport {
  readonly acknowledgedFilings: number;
  readonly acknowledgedSteps: number;
  readonly foundFilings: number;
  readonly foundSteps: number;
  readonly lost: number;
  readonly duplicated: number;
  readonly journal: { readonly numbers: number; readonly gaps: number; readonly duplicates: number };
  readonly escalations: { readonly expected: number; readonly found: number; readonly doubled: number };
  readonly killedPrimary: string;
  readonly newPrimary: string;
  /** From the SIGKILL to the first write transaction that committed on the new primary. */
  readonly secondsWithoutWritablePrimary: number;
  /** Requests answered 503 (DATABASE_UNAVAILABLE) and any other refusal, by code. */
  readonly refused: Readonly<Record<string, number>>;
  readonly throughputBeforePerSecond: number;
  readonly throughputAfterPerSecond: number;
}

/** Job-seeker registration at the Zhambyl employment centre, filed at the office (README's first case). */
const REGULATION_ID = 'zhambyl-2017-231-job-seeker-registration';
const PROVIDER_ID = 'zhambyl-taraz-employment-centre';
const CLERK = 'zhambyl.clerk';
const FORM = { 'desired-position': 'Accountant', 'education-level': 'higher', phone: '+77011234567', 'consent-publish': true };
/** The paper original the clerk ticks: the one document REGULATION_ID requires (issue #17: office filings always list them). */
const PAPER_DOCUMENT_IDS = ['identity-document'];
/** The sweeps look this far ahead, so every open step of the run is overdue for them and escalates exactly once. */
const SWEEP_AHEAD_MS = 400 * 24 * 3_600_000;
const RETRY_PAUSE_MS = 200;

interface Instance {
  readonly server: FastifyInstance;
  readonly db: Database;
  token: string;
}

type Ack = { readonly kind: 'filing'; readonly caseId: string; readonly at: number } | { readonly kind: 'step'; readonly caseId: string; readonly at: number };

const run = promisify(execFile);
const nodeScript = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'scripts', 'ha-node.sh');
const formationFile = (formation: Formation) => path.join(formation.directory, 'formation.json');


/** Valid IINs of people born on 1 Jan 1990 (7th digit 3: a man born in the 1900s), numbered from `start`. */
function applicantIins(count: number, start: number): string[] {
  const iins: string[] = [];
  for (let serial = start; iins.length < count; serial++) {
    const iin = withCheckDigit(`9001013${String(serial % 10_000).padStart(4, '0')}`);
    if (iin) iins.push(iin);
  }
  return iins;
}

async function openInstance(formation: Formation, dataDir: string): Promise<Instance> {
  const config = loadConfig({
    DATABASE_URL: formation.url,
    QYZMET_READ_DATABASE_URL: formation.readUrl,
    QYZMET_DATA_DIR: dataDir,
    QYZMET_EDS_VERIFICATION: 'off',
    // The seeds' acts are repealed; the load files under them as the demo does.
    QYZMET_FILING_POLICY: 'demonstration',
    LOG_LEVEL: 'silent',
  });
  const ctx = await openApp(config);
  const server = await buildServer(ctx, { logLevel: 'silent' });
  return { server, db: ctx.db, token: '' };
}

async function call(instance: Instance, method: 'POST', url: string, body: unknown): Promise<{ status: number; body: any }> {
  const response = await instance.server.inject({
    method,
    url,
    headers: { authorization: `Bearer ${instance.token}`, 'idempotency-key': randomUUID() },
    payload: body as object,
  });
  return { status: response.statusCode, body: response.body ? JSON.parse(response.body) : null };
}

/** The primary by the monitor's own record (`pgautofailover.node`). */
async function primaryOf(monitor: Database): Promise<{ name: string; port: number } | null> {
  const rows = await monitor.execute<{ nodename: string; nodeport: number }>(
    // wait_primary: a primary whose standby is not back yet (writes are accepted, replication is asynchronous until it is).
    "select nodename, nodeport from pgautofailover.node where reportedstate in ('primary', 'wait_primary', 'single') and goalstate = reportedstate",
  );
  return rows.length === 1 ? { name: rows[0]!.nodename, port: Number(rows[0]!.nodeport) } : null;
}

export async function runFailover(options: FailoverRunOptions): Promise<FailoverReport> {
  const { formation, log } = options;
  const dataDir = await mkdtemp(path.join(tmpdir(), 'qyzmet-failover-'));
  const monitor = await openPostgresDatabase({ connectionString: formation.monitorUrl, maxConnections: 1 });
  const a = await openInstance(formation, dataDir);
  await loadDemoData(a.db);
  const b = await openInstance(formation, dataDir);
  const instances = [a, b];
  for (const instance of instances) {
    const signIn = await instance.server.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { login: CLERK, password: DEMO_PASSWORD } });
    if (signIn.statusCode !== 200) throw new Error(`sign-in: ${signIn.body}`);
    instance.token = (JSON.parse(signIn.body) as { token: string }).token;
  }
  // Applicants of this run: a serial range that earlier runs on the same formation did not use.
  const [{ n: earlier } = { n: 0 }] = await a.db.execute<{ n: number }>('select count(*)::int as n from cases');
  const iins = applicantIins(20_000, 1 + (earlier % 5_000));
  await insertPersons(
    a.db,
    iins.map((iin) => ({ iin, surname: 'Сынақов', givenName: 'Резерв', birthDate: '1990-01-01', sex: 'male' as const, citizenship: 'KAZ', region: 'zhambyl' })),
  );
  const runStartedAt = new Date();

  const acks: Ack[] = [];
  const refused: Record<string, number> = {};
  const refuse = (code: string) => (refused[code] = (refused[code] ?? 0) + 1);
  const filedIins = new Set<string>();
  let next = 0;
  let stopping = false;

  /** Sends until answered with something other than 503; returns the final answer. */
  async function persist(instance: Instance, url: string, body: unknown): Promise<{ status: number; body: any }> {
    for (;;) {
      const answer = await call(instance, 'POST', url, body);
      if (answer.status !== 503 || stopping) return answer;
      refuse(String(answer.body?.error?.code ?? 503));
      await sleep(RETRY_PAUSE_MS);
    }
  }

  async function client(index: number): Promise<void> {
    const instance = instances[index % instances.length]!;
    while (!stopping) {
      const iin = iins[next++ % iins.length]!;
      if (filedIins.has(iin)) continue;
      filedIins.add(iin);
      const filed = await persist(instance, '/api/cases', { regulationId: REGULATION_ID, applicantIin: iin, formData: FORM, paperDocumentIds: PAPER_DOCUMENT_IDS });
      let caseId: string;
      let version: number;
      if (filed.status === 201) {
        caseId = filed.body.id;
        version = filed.body.version;
        acks.push({ kind: 'filing', caseId, at: Date.now() });
      } else if (filed.status === 409 && typeof filed.body?.error?.details?.existingCaseId === 'string') {
        // The earlier attempt committed before its answer was lost: the retry is refused and names the case.
        refuse('DUPLICATE_RECOGNISED');
        continue;
      } else {
        refuse(String(filed.body?.error?.code ?? filed.status));
        continue;
      }
      const stepped = await persist(instance, `/api/cases/${caseId}/steps`, { stepId: 'register', expectedVersion: version });
      if (stepped.status === 200) acks.push({ kind: 'step', caseId, at: Date.now() });
      else refuse(String(stepped.body?.error?.code ?? stepped.status));
    }
  }

  /** The deadline sweep of both instances, as each server process runs it on its timer. */
  async function sweeper(instance: Instance): Promise<void> {
    while (!stopping) {
      await sweepDeadlines(instance.db, new Date(Date.now() + SWEEP_AHEAD_MS)).catch(() => undefined);
      await sleep(500);
    }
  }

  const primaryBefore = await primaryOf(monitor);
  if (!primaryBefore) throw new Error('the formation has no primary to start with');
  const loadStartedAt = Date.now();
  const running = [...Array.from({ length: options.clients }, (_, i) => client(i)), ...instances.map(sweeper)];
  log(`failover: load on ${primaryBefore.name}, ${options.clients} clients over 2 app instances`);
  await sleep(options.beforeKillMs);

  const node = formation.nodes.find((n) => n.port === primaryBefore.port)!;
  // The whole node dies, as its machine would: postgres and the pg_autoctl keeper that would restart it.
  const killedAt = Date.now();
  const { stdout: pid } = await run('bash', [nodeScript, formationFile(formation), node.name, 'kill']);
  log(`failover: SIGKILL to ${node.name} (postgres ${pid.trim()} and its keeper)`);

  // A write prober of its own: the first transaction that commits after the kill ends the outage.
  const prober = await openPostgresDatabase({ connectionString: formation.url, maxConnections: 1, failoverWaitMs: 250 });
  let recoveredAt: number | null = null;
  while (recoveredAt === null && Date.now() - killedAt < options.maxOutageMs) {
    try {
      await prober.transaction((tx) => tx.execute('select txid_current()'));
      const now = await primaryOf(monitor).catch(() => null);
      // The old primary's keeper restarts its postgres at once; writes there only count once it is primary again.
      if (now) recoveredAt = Date.now();
      else await sleep(100);
    } catch {
      await sleep(100);
    }
  }
  await prober.close();
  if (recoveredAt === null) {
    stopping = true;
    await Promise.allSettled(running);
    throw new Error(`no writable primary within ${options.maxOutageMs} ms of the kill`);
  }
  const primaryAfter = (await primaryOf(monitor))!;
  log(`failover: ${primaryAfter.name} writable ${((recoveredAt - killedAt) / 1000).toFixed(1)} s after the kill`);
  await sleep(options.afterRecoveryMs);
  stopping = true;
  await Promise.all(running);
  const endedAt = Date.now();
  // The dead node comes back (its machine restarted) and rejoins as the standby, so the formation can be used again.
  await run('bash', [nodeScript, formationFile(formation), node.name, 'start']);
  // A last sweep from both instances at once, so every open case of the run has met a sweep after it was filed.
  await Promise.all(instances.map((instance) => sweepDeadlines(instance.db, new Date(Date.now() + SWEEP_AHEAD_MS))));

  // The count, on the new primary, through a fresh connection.
  const check = await openPostgresDatabase({ connectionString: formation.url, maxConnections: 2, failoverWaitMs: 30_000 });
  const filings = acks.filter((ack) => ack.kind === 'filing').map((ack) => ack.caseId);
  const steps = acks.filter((ack) => ack.kind === 'step').map((ack) => ack.caseId);
  const [{ n: foundFilings } = { n: 0 }] = await check.execute<{ n: number }>('select count(*)::int as n from cases where id = any($1::uuid[])', [filings]);
  const [{ n: foundSteps } = { n: 0 }] = await check.execute<{ n: number }>(
    `select count(*)::int as n from (select case_id from case_events where case_id = any($1::uuid[]) and type = 'stepCompleted' and data->>'stepId' = 'register'
       group by case_id having count(*) = 1) once`,
    [steps],
  );
  const [{ n: duplicated } = { n: 0 }] = await check.execute<{ n: number }>(
    `select coalesce(sum(c - 1), 0)::int as n from (select count(*) as c from cases where applicant_iin = any($1::text[]) and regulation_id = $2
       and filed_at >= $3 group by applicant_iin) per_person`,
    [iins, REGULATION_ID, runStartedAt.toISOString()],
  );
  const numbers = (
    await check.execute<{ journal_number: string }>('select journal_number from cases where provider_id = $1 and journal_number is not null', [PROVIDER_ID])
  ).map((row) => Number(row.journal_number.split('-').at(-1)));
  const [{ last } = { last: 0 }] = await check.execute<{ last: number }>('select coalesce(max(last_number), 0)::int as last from journal_counters where provider_id = $1', [PROVIDER_ID]);
  const distinct = new Set(numbers);
  const gaps = Array.from({ length: last }, (_, i) => i + 1).filter((n) => !distinct.has(n)).length;
  const [esc = { expected: 0, found: 0 }] = await check.execute<{ expected: number; found: number }>(
    `select (select count(*) from cases where id = any($1::uuid[]) and closed_at is null and overall_due_at is not null)::int as expected,
            (select count(distinct case_id) from escalations where case_id = any($1::uuid[]) and kind = 'caseOverdue')::int as found`,
    [filings],
  );
  const [{ n: doubled } = { n: 0 }] = await check.execute<{ n: number }>(
    `select count(*)::int as n from (select case_id, kind, step_id from escalations where case_id = any($1::uuid[]) group by 1, 2, 3 having count(*) > 1) d`,
    [filings],
  );
  await check.close();
  await Promise.all(instances.map((instance) => instance.server.close()));
  await Promise.all(instances.map((instance) => instance.db.close()));
  await monitor.close();

  const perSecond = (from: number, to: number) => acks.filter((ack) => ack.at >= from && ack.at < to).length / Math.max(0.001, (to - from) / 1000);
  return {
    acknowledgedFilings: filings.length,
    acknowledgedSteps: steps.length,
    foundFilings,
    foundSteps,
    lost: filings.length - foundFilings + (steps.length - foundSteps),
    duplicated,
    journal: { numbers: numbers.length, gaps, duplicates: numbers.length - distinct.size },
    escalations: { expected: esc.expected, found: esc.found, doubled },
    killedPrimary: `${primaryBefore.name} (port ${primaryBefore.port})`,
    newPrimary: `${primaryAfter.name} (port ${primaryAfter.port})`,
    secondsWithoutWritablePrimary: (recoveredAt - killedAt) / 1000,
    refused,
    throughputBeforePerSecond: perSecond(loadStartedAt, killedAt),
    throughputAfterPerSecond: perSecond(recoveredAt, endedAt),
  };
}
