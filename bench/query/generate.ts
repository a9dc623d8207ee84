import type { Database } from '../../src/adapters/db/database.ts';
import type { AppContext } from '../../src/application/app-context.ts';
import { round2 } from '../lib/measure.ts';

/** The 17 regions and 3 cities of republican significance. */
export const KZ_REGIONS = [
  'astana', 'almatyCity', 'shymkent', 'abai', 'akmola', 'aktobe', 'almaty', 'atyrau', 'eastKazakhstan', 'zhambyl',
  'zhetisu', 'westKazakhstan', 'karaganda', 'kostanay', 'kyzylorda', 'mangystau', 'pavlodar', 'northKazakhstan', 'turkistan', 'ulytau',
] as const;

/**
 * The shape of the generated history. Figures are assumptions stated here and in the JSON, not measurements:
 * - 11 providers per region (employment centres and district departments), 220 in all; a provider's share of cases
 *   falls with its rank (u² sampling: the regional centre of each region is far busier than a district);
 * - staff per provider: 2 clerks, 1 head, 8 executors; one supervisor per region;
 * - 5% of cases open (a surge backlog; a quiet year would be nearer 1%), split over the route's steps
 *   register 20% (clerk), assign 10% (head), decide 50% (executor), sign 12% (head), issue 8% (clerk);
 * - open steps due between 10 working hours ago and 72 hours ahead (about 12% overdue);
 * - closed cases filed over the last three years, closed 0.2–9 days later, 90% completed, 10% refused;
 * - channels: provider office 40%, State Corporation 35%, portal 15%, rural akim 10%;
 * - every row carries a real case state (JSON of a case taken through its steps by the engine), so rows and TOAST
 *   are the size they would be; case_events are not generated (the inbox and dashboards never read them).
 */
export const DATASET_SHAPE = {
  providersPerRegion: 11,
  executorsPerProvider: 8,
  openShare: 0.05,
  openSteps: { register: 0.2, assign: 0.1, decide: 0.5, sign: 0.12, issue: 0.08 },
  dueWindowHours: [-10, 72],
  historyYears: 3,
  chunkRows: 500_000,
} as const;

export interface GenerationResult {
  readonly cases: number;
  readonly providers: number;
  readonly staff: number;
  readonly openCases: number;
  readonly seconds: { readonly insert: number; readonly indexes: number; readonly vacuumAnalyze: number };
  readonly rowsPerSecond: number;
  readonly tableBytes: number | null;
  readonly indexBytes: number | null;
  readonly stateBytes: number;
}

/** Providers, staff and supervisors for every region, generated on the server. */
async function generateOrganisations(db: Database): Promise<void> {
  await db.execute(
    `insert into providers (id, code, region, bin, name, kind)
     select 'p' || lpad(g::text, 4, '0'), 'P' || lpad(g::text, 4, '0'), ($1::text[])[1 + (g - 1) % array_length($1::text[], 1)],
            '9' || lpad(g::text, 11, '0'), jsonb_build_object('en', 'Provider ' || g, 'ru', 'Поставщик ' || g, 'kk', 'Берушi ' || g), 'provider'
       from generate_series(1, $2::int) g`,
    [KZ_REGIONS, KZ_REGIONS.length * DATASET_SHAPE.providersPerRegion],
  );
  await db.execute(
    `insert into staff (id, provider_id, login, password_hash, role, full_name, iin, region)
     select p.id || '.' || r.role || r.n, p.id, p.id || '.' || r.role || r.n, 'generated', r.role, 'Staff ' || p.id || ' ' || r.role || r.n,
            lpad((abs(hashtext(p.id || r.role || r.n)))::text, 12, '0'), p.region
       from providers p
      cross join (select 'clerk' as role, n from generate_series(1, 2) n
                  union all select 'head', 1
                  union all select 'executor', n from generate_series(1, $1::int) n) r
      where p.id like 'p%'`,
    [DATASET_SHAPE.executorsPerProvider],
  );
  await db.execute(
    `insert into staff (id, provider_id, login, password_hash, role, full_name, iin, region)
     select r || '.supervisor.gen', null, r || '.supervisor.gen', 'generated', 'supervisor', 'Supervisor ' || r, lpad((abs(hashtext(r)))::text, 12, '0'), r
       from unnest($1::text[]) r`,
    [KZ_REGIONS],
  );
}

/** One chunk of cases, computed entirely on the server (INSERT … SELECT over generate_series). */
const INSERT_CASES = `
insert into cases (id, provider_id, regulation_id, service_code, route_id, channel, applicant_iin, status, version,
                   open_step_id, open_step_role, open_step_due_at, executor_id, journal_number, filed_at, overall_due_at, closed_at, state)
select gen_random_uuid(),
       s.provider_id,
       ($4::text[])[s.k], ($5::text[])[s.k], ($6::text[])[s.k],
       case when s.a_channel < 0.40 then 'providerOffice' when s.a_channel < 0.75 then 'stateCorporation'
            when s.a_channel < 0.90 then 'portal' else 'ruralAkim' end,
       lpad(floor(s.a_iin * 1e12)::bigint::text, 12, '0'),
       case when s.is_open then (case when s.step = 'register' then 'received' else 'inWork' end)
            when s.a_step < 0.9 then 'completed' else 'refused' end,
       case when s.is_open then (case s.step when 'register' then 3 when 'assign' then 5 when 'decide' then 7 when 'sign' then 9 else 11 end) else 14 end,
       case when s.is_open then s.step end,
       case when s.is_open then (case when s.step in ('register', 'issue') then 'clerk' when s.step in ('assign', 'sign') then 'head' else 'executor' end) end,
       case when s.is_open then $3::timestamptz + make_interval(secs => ($8::float8 + s.a_due * ($9::float8 - $8::float8)) * 3600) end,
       case when not s.is_open or s.step <> 'register' and s.step <> 'assign' then s.provider_id || '.executor' || (1 + floor(s.a_exec * $10::int)::int) end,
       case when not s.is_open or s.step <> 'register' then 'J-' || s.g end,
       s.filed_at,
       s.filed_at + interval '5 days',
       case when not s.is_open then s.filed_at + make_interval(secs => (0.2 + s.a_due * 8.8) * 86400) end,
       $7::jsonb
  from (
    select r.*,
           ($11::text[])[1 + floor(power(r.a_provider, 2) * array_length($11::text[], 1))::int] as provider_id,
           1 + floor(r.a_reg * array_length($4::text[], 1))::int as k,
           r.a_open < $12::float8 as is_open,
           case when r.a_step < 0.20 then 'register' when r.a_step < 0.30 then 'assign' when r.a_step < 0.80 then 'decide'
                when r.a_step < 0.92 then 'sign' else 'issue' end as step,
           case when r.a_open < $12::float8 then $3::timestamptz - make_interval(secs => r.a_filed * 10 * 86400)
                else $3::timestamptz - make_interval(secs => (10 + r.a_filed * 365 * $13::float8) * 86400) end as filed_at
      from (select g, random() as a_provider, random() as a_reg, random() as a_channel, random() as a_iin, random() as a_open,
                   random() as a_step, random() as a_due, random() as a_exec, random() as a_filed
              from generate_series($1::int, $2::int) g) r
  ) s`;

/**
 * Generates `count` stored cases on the server: the secondary indexes of cases are dropped first and built again
 * afterwards from their own definitions (as a bulk load would), then VACUUM ANALYZE, so the planner and the
 * visibility map are those of a settled table.
 */
export async function generateDataset(db: Database, app: AppContext, stateTemplate: string, count: number, now: Date, log: (line: string) => void): Promise<GenerationResult> {
  await generateOrganisations(db);
  const regulations = app.catalog.list();
  const providerIds = (await db.execute<{ id: string }>("select id from providers where id like 'p%' order by (substr(id, 2))::int")).map((r) => r.id);
  // Rank order: provider 1..20 are the regional centres (largest), and so on, interleaved over the regions.
  const routeOf = (r: (typeof regulations)[number]) => (r.routes.find((x) => x.channel === 'providerOffice') ?? r.routes[0]!).id;

  const indexes = await db.execute<{ indexname: string; indexdef: string }>(
    `select indexname, indexdef from pg_indexes where schemaname = current_schema() and tablename = 'cases' and indexname <> 'cases_pkey'`,
  );
  for (const index of indexes) await db.exec(`drop index ${index.indexname}`);

  const insertStarted = performance.now();
  for (let from = 1; from <= count; from += DATASET_SHAPE.chunkRows) {
    const to = Math.min(count, from + DATASET_SHAPE.chunkRows - 1);
    await db.execute(INSERT_CASES, [
      from,
      to,
      now,
      regulations.map((r) => r.id),
      regulations.map((r) => r.service.code),
      regulations.map(routeOf),
      stateTemplate,
      DATASET_SHAPE.dueWindowHours[0],
      DATASET_SHAPE.dueWindowHours[1],
      DATASET_SHAPE.executorsPerProvider,
      providerIds,
      DATASET_SHAPE.openShare,
      DATASET_SHAPE.historyYears,
    ]);
    const seconds = (performance.now() - insertStarted) / 1000;
    log(`  generated ${to.toLocaleString('en')} / ${count.toLocaleString('en')} cases (${Math.round(to / seconds).toLocaleString('en')} rows/s)`);
  }
  const insertSeconds = (performance.now() - insertStarted) / 1000;

  const indexStarted = performance.now();
  for (const index of indexes) await db.exec(index.indexdef);
  const indexSeconds = (performance.now() - indexStarted) / 1000;

  const vacuumStarted = performance.now();
  await db.exec('vacuum analyze cases');
  await db.exec('analyze providers');
  await db.exec('analyze staff');
  const vacuumSeconds = (performance.now() - vacuumStarted) / 1000;
  log(`  indexes rebuilt in ${round2(indexSeconds)} s, vacuum analyze ${round2(vacuumSeconds)} s`);

  const [sizes] = await db.execute<{ table_bytes: string; index_bytes: string; open: number; staff: number }>(
    `select pg_table_size('cases')::text as table_bytes, pg_indexes_size('cases')::text as index_bytes,
            (select count(*)::int from cases where closed_at is null) as open, (select count(*)::int from staff) as staff`,
  );
  return {
    cases: count,
    providers: providerIds.length,
    staff: sizes?.staff ?? 0,
    openCases: sizes?.open ?? 0,
    seconds: { insert: round2(insertSeconds), indexes: round2(indexSeconds), vacuumAnalyze: round2(vacuumSeconds) },
    rowsPerSecond: Math.round(count / insertSeconds),
    tableBytes: sizes ? Number(sizes.table_bytes) : null,
    indexBytes: sizes ? Number(sizes.index_bytes) : null,
    stateBytes: Buffer.byteLength(stateTemplate),
  };
}
