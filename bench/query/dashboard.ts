import type { SqlExecutor } from '../../src/adapters/db/database.ts';
import { localPositionOf, startOfLocalDay } from '../../src/core/calendar/time-zones.ts';

/**
 * The supervisor's dashboard: per provider and open step, the open cases, those due later today, and those overdue.
 * Written here for the benchmark; the dashboard can take it as it is (one statement, no JSON lookups).
 *
 * - "open": the case's current step is open (closed_at is null);
 * - "due today": not overdue yet and due before the end of today, local time (`$2` now, `$3` start of tomorrow);
 * - "overdue": the open step's due time has passed (`$2`).
 * `$1` is the region, or null for the whole country (an administrator's or the ministry's view).
 *
 * It reads only the open cases (the partial indexes' predicate), so its cost follows the open backlog, not the
 * stored history. With an index on (provider_id, open_step_id, open_step_due_at) where closed_at is null it can be
 * answered from the index alone (the benchmark measures both).
 */
export const SUPERVISOR_DASHBOARD_SQL = `
select c.provider_id,
       c.open_step_id,
       count(*)::int as open,
       count(*) filter (where c.open_step_due_at >= $2 and c.open_step_due_at < $3)::int as due_today,
       count(*) filter (where c.open_step_due_at < $2)::int as overdue
  from cases c
  join providers p on p.id = c.provider_id
 where c.closed_at is null
   and ($1::text is null or p.region = $1::text)
 group by c.provider_id, c.open_step_id
 order by c.provider_id, c.open_step_id`;

/** The candidate index that lets the dashboard skip the table (measured by the benchmark, not in the migrations). */
export const DASHBOARD_INDEX_SQL = 'create index if not exists bench_dashboard_idx on cases (provider_id, open_step_id, open_step_due_at) where closed_at is null';

export interface DashboardRow {
  readonly provider_id: string;
  readonly open_step_id: string | null;
  readonly open: number;
  readonly due_today: number;
  readonly overdue: number;
}

/** The parameters of the dashboard query at `now` in a time zone (Kazakhstan is on one zone, UTC+5, since March 2024). */
export function dashboardParameters(region: string | null, now: Date, timeZone = 'Asia/Almaty'): unknown[] {
  const today = localPositionOf(timeZone, now.getTime()).epochDay;
  return [region, now, new Date(startOfLocalDay(timeZone, today + 1))];
}

export function supervisorDashboard(db: SqlExecutor, region: string | null, now: Date, timeZone?: string): Promise<DashboardRow[]> {
  return db.execute<DashboardRow>(SUPERVISOR_DASHBOARD_SQL, dashboardParameters(region, now, timeZone));
}
