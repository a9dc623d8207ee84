import type { CompiledQuery } from 'kysely';
import { listInbox, type InboxQuery } from '../../src/adapters/db/case-store.ts';
import type { Database, SqlExecutor } from '../../src/adapters/db/database.ts';
import { findStaff } from '../../src/adapters/db/staff-store.ts';
import { completeStep } from '../../src/application/cases/complete-step.ts';
import { receiveApplication } from '../../src/application/cases/receive-application.ts';
import { loadDemoData } from '../../src/composition/demo-data.ts';
import { openStep } from '../../src/core/case/case-state.ts';
import { openBenchApp, openLocation, type DbLocation } from '../lib/databases.ts';
import { formDataFor, paperOriginalsFor, stepInput, surgeServices, syntheticIin } from '../lib/fixtures.ts';
import { round2, runPool, seededRandom, summarize, type LatencySummary } from '../lib/measure.ts';
import type { Sizes } from '../lib/options.ts';
import { DASHBOARD_INDEX_SQL, dashboardParameters, SUPERVISOR_DASHBOARD_SQL } from './dashboard.ts';
import { DATASET_SHAPE, generateDataset, type GenerationResult } from './generate.ts';

export interface PlanNode {
  readonly node: string;
  readonly rows: number | null;
  readonly ms: number | null;
  readonly heapFetches?: number;
  readonly buffers?: { hit: number; read: number };
}

export interface QueryMeasurement {
  readonly latency: LatencySummary;
  readonly plan: readonly PlanNode[];
  readonly planText: string;
}

export interface QuerySideResult {
  readonly dataset: GenerationResult;
  readonly shape: typeof DATASET_SHAPE;
  readonly inbox: QueryMeasurement & { readonly concurrent: { readonly workers: number; readonly perSecond: number; readonly latency: LatencySummary } };
  readonly inboxLargestExecutor: QueryMeasurement;
  readonly dashboardRegion: QueryMeasurement & { readonly region: string; readonly rows: number };
  readonly dashboardNational: QueryMeasurement & { readonly rows: number };
  readonly dashboardRegionWithIndex: QueryMeasurement;
  readonly dashboardNationalWithIndex: QueryMeasurement;
}

/** The SQL and parameters a store function sends, captured without running it (to EXPLAIN the very same query). */
async function captureQuery(run: (executor: SqlExecutor) => Promise<unknown>): Promise<{ sql: string; parameters: unknown[] }> {
  let captured: { sql: string; parameters: unknown[] } | null = null;
  const recorder: SqlExecutor = {
    async query<Row>(query: CompiledQuery<Row>): Promise<Row[]> {
      captured = { sql: query.sql, parameters: [...query.parameters] };
      return [];
    },
    async execute<Row>(sql: string, parameters: readonly unknown[] = []): Promise<Row[]> {
      captured = { sql, parameters: [...parameters] };
      return [];
    },
    async exec() {},
  };
  await run(recorder);
  if (!captured) throw new Error('no query was captured');
  return captured;
}

interface RawPlan {
  'Node Type': string;
  'Index Name'?: string;
  'Relation Name'?: string;
  'Join Type'?: string;
  Strategy?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  'Actual Total Time'?: number;
  'Heap Fetches'?: number;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  Plans?: RawPlan[];
}

function flattenPlan(plan: RawPlan, depth = 0, out: PlanNode[] = []): PlanNode[] {
  const name = [
    plan['Node Type'],
    plan.Strategy && plan['Node Type'] === 'Aggregate' ? `(${plan.Strategy})` : '',
    plan['Join Type'] && plan['Node Type'].includes('Join') ? `(${plan['Join Type']})` : '',
    plan['Index Name'] ? `using ${plan['Index Name']}` : '',
    plan['Relation Name'] ? `on ${plan['Relation Name']}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  out.push({
    node: `${'  '.repeat(depth)}${name}`,
    rows: plan['Actual Rows'] !== undefined ? plan['Actual Rows'] * (plan['Actual Loops'] ?? 1) : null,
    ms: plan['Actual Total Time'] !== undefined ? round2(plan['Actual Total Time']) : null,
    ...(plan['Heap Fetches'] !== undefined ? { heapFetches: plan['Heap Fetches'] } : {}),
    ...(plan['Shared Hit Blocks'] !== undefined ? { buffers: { hit: plan['Shared Hit Blocks'], read: plan['Shared Read Blocks'] ?? 0 } } : {}),
  });
  for (const child of plan.Plans ?? []) flattenPlan(child, depth + 1, out);
  return out;
}

export const planToText = (nodes: readonly PlanNode[]) =>
  nodes.map((n) => `${n.node}  rows=${n.rows ?? '?'} ${n.ms ?? '?'} ms${n.heapFetches !== undefined ? ` heapFetches=${n.heapFetches}` : ''}${n.buffers ? ` buffers hit=${n.buffers.hit} read=${n.buffers.read}` : ''}`).join('\n');

async function explain(db: Database, sql: string, parameters: readonly unknown[]): Promise<PlanNode[]> {
  const [row] = await db.execute<{ 'QUERY PLAN': unknown }>(`explain (analyze, buffers, format json) ${sql}`, parameters);
  const raw = row?.['QUERY PLAN'];
  const parsed = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { Plan: RawPlan }[];
  return flattenPlan(parsed[0]!.Plan);
}

async function timeEach(samples: number, run: (i: number) => Promise<unknown>): Promise<LatencySummary> {
  const latencies: number[] = [];
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    await run(i);
    latencies.push(performance.now() - started);
  }
  return summarize(latencies);
}

/** A real case state (filed and taken through its steps by the engine), the template of every generated row. */
async function realStateTemplate(db: Database): Promise<string> {
  const app = await openBenchApp(db);
  await loadDemoData(db);
  const service = surgeServices(app.catalog)[0]!;
  const clerk = (await findStaff(db, service.clerkLogin))!;
  const head = (await findStaff(db, clerk.login.replace('clerk', 'head')))!;
  const executor = (await findStaff(db, clerk.login.replace('clerk', 'executor1')))!;
  const iin = syntheticIin(90_000_000);
  let state = await receiveApplication(app, clerk, { regulationId: service.regulationId, channel: 'providerOffice', applicantIin: iin, formData: formDataFor(service.regulation, iin, seededRandom(3)), paperDocumentIds: paperOriginalsFor(service.regulation) });
  for (let open = openStep(state); open && open.kind !== 'automatic'; open = openStep(state)) {
    const staff = open.role === 'executor' ? executor : open.role === 'head' ? head : clerk;
    state = await completeStep(app, staff, state.id, { stepId: open.stepId, expectedVersion: state.version, input: stepInput(open.kind, executor.id, service.regulation, 0, open.stepId) });
  }
  return JSON.stringify(state);
}

/**
 * The query side: a stored history generated on the server, then the inbox (the very query of case-store.ts
 * `listInbox`) and the supervisor dashboard (dashboard.ts), timed and EXPLAINed.
 */
export async function runQuerySide(options: { location: DbLocation; sizes: Sizes; log: (line: string) => void }): Promise<QuerySideResult> {
  const { sizes, log } = options;
  const db = await openLocation(options.location, sizes.workers);
  try {
    const now = new Date();
    const app = await openBenchApp(db);
    const template = await realStateTemplate(db);
    const dataset = await generateDataset(db, app, template, sizes.cases, now, log);

    // Inbox owners in proportion to their open work: busy desks look at their inbox more often.
    const owners = await db.execute<{ provider_id: string; open_step_role: string; executor_id: string | null }>(
      `select provider_id, open_step_role, executor_id from cases where closed_at is null order by random() limit $1`,
      [sizes.inboxSamples],
    );
    const inboxQuery = (i: number): InboxQuery => {
      const owner = owners[i % owners.length]!;
      return {
        providerId: owner.provider_id,
        role: owner.open_step_role,
        ...(owner.open_step_role === 'executor' && owner.executor_id ? { executorId: owner.executor_id } : {}),
        limit: 50,
      };
    };
    await timeEach(Math.min(50, owners.length), (i) => listInbox(db, inboxQuery(i))); // warm-up
    const inboxLatency = await timeEach(owners.length, (i) => listInbox(db, inboxQuery(i)));
    const concurrentLatencies: number[] = [];
    const concurrent = await runPool(owners.length, sizes.workers, sizes.phaseSeconds, async (i) => {
      const started = performance.now();
      await listInbox(db, inboxQuery(i));
      concurrentLatencies.push(performance.now() - started);
    });

    // The busiest provider's inboxes: the head's (all its open assign/sign work) and one executor's.
    const [largest] = await db.execute<{ provider_id: string; region: string; executor_id: string }>(
      `select c.provider_id, p.region, max(c.executor_id) as executor_id from cases c join providers p on p.id = c.provider_id
        where c.closed_at is null group by c.provider_id, p.region order by count(*) desc limit 1`,
    );
    const headInbox = await captureQuery((x) => listInbox(x, { providerId: largest!.provider_id, role: 'head', limit: 50 }));
    const executorInbox = await captureQuery((x) => listInbox(x, { providerId: largest!.provider_id, role: 'executor', executorId: largest!.executor_id, limit: 50 }));
    const inboxPlan = await explain(db, headInbox.sql, headInbox.parameters);
    const executorPlan = await explain(db, executorInbox.sql, executorInbox.parameters);
    const executorLatency = await timeEach(Math.min(100, sizes.inboxSamples), () => db.execute(executorInbox.sql, executorInbox.parameters));

    const region = largest!.region;
    const measureDashboards = async () => {
      const regionParameters = dashboardParameters(region, now);
      const nationalParameters = dashboardParameters(null, now);
      await db.execute(SUPERVISOR_DASHBOARD_SQL, regionParameters); // warm-up
      const regionRows = (await db.execute(SUPERVISOR_DASHBOARD_SQL, regionParameters)).length;
      const regionLatency = await timeEach(sizes.dashboardSamples, () => db.execute(SUPERVISOR_DASHBOARD_SQL, regionParameters));
      const regionPlan = await explain(db, SUPERVISOR_DASHBOARD_SQL, regionParameters);
      await db.execute(SUPERVISOR_DASHBOARD_SQL, nationalParameters);
      const nationalRows = (await db.execute(SUPERVISOR_DASHBOARD_SQL, nationalParameters)).length;
      const nationalLatency = await timeEach(sizes.dashboardSamples, () => db.execute(SUPERVISOR_DASHBOARD_SQL, nationalParameters));
      const nationalPlan = await explain(db, SUPERVISOR_DASHBOARD_SQL, nationalParameters);
      return {
        region: { latency: regionLatency, plan: regionPlan, planText: planToText(regionPlan), rows: regionRows },
        national: { latency: nationalLatency, plan: nationalPlan, planText: planToText(nationalPlan), rows: nationalRows },
      };
    };
    const asIs = await measureDashboards();
    log('  dashboard measured on the schema as migrated; now with the candidate index');
    await db.exec(DASHBOARD_INDEX_SQL);
    await db.exec('vacuum analyze cases');
    const withIndex = await measureDashboards();

    return {
      dataset,
      shape: DATASET_SHAPE,
      inbox: {
        latency: inboxLatency,
        plan: inboxPlan,
        planText: planToText(inboxPlan),
        concurrent: { workers: sizes.workers, perSecond: round2(concurrentLatencies.length / concurrent.seconds), latency: summarize(concurrentLatencies) },
      },
      inboxLargestExecutor: { latency: executorLatency, plan: executorPlan, planText: planToText(executorPlan) },
      dashboardRegion: { ...asIs.region, region },
      dashboardNational: asIs.national,
      dashboardRegionWithIndex: withIndex.region,
      dashboardNationalWithIndex: withIndex.national,
    };
  } finally {
    await db.close();
  }
}
