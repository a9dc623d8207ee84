import type { SqlExecutor } from '../../adapters/db/database.ts';

export interface SweepResult {
  readonly stepsEscalated: number;
  readonly casesEscalated: number;
  readonly notificationsSent: number;
}

/*
 * Each statement marks what became overdue and notifies in one go. `on conflict do nothing` on the escalation's
 * primary key is what makes it exactly-once: a second process racing on the same row waits for the first to commit
 * and then inserts nothing, so it notifies nobody.
 *
 * Who is told: a late step of a clerk or an executor goes to the provider's heads; a late step of the head goes to
 * the region's supervisors; a late case (past its overall due time) goes to the region's supervisors.
 */
const ESCALATE_STEPS = `
with overdue as (
  select c.id, c.provider_id, c.open_step_id, c.open_step_role, c.open_step_due_at
    from cases c
   where c.closed_at is null and c.open_step_due_at < $1
     and not exists (select 1 from escalations e where e.case_id = c.id and e.kind = 'stepOverdue' and e.step_id = c.open_step_id)
   order by c.open_step_due_at
   limit $2
), fired as (
  insert into escalations (case_id, kind, step_id, due_at, fired_at)
  select id, 'stepOverdue', open_step_id, open_step_due_at, $1 from overdue
  on conflict do nothing
  returning case_id, step_id, due_at
), told as (
  insert into notifications (id, recipient_staff_id, case_id, kind, payload, created_at)
  select gen_random_uuid(), s.id, f.case_id, 'stepOverdue',
         jsonb_build_object('stepId', f.step_id, 'role', o.open_step_role, 'dueAt', f.due_at), $1
    from fired f
    join overdue o on o.id = f.case_id
    join providers p on p.id = o.provider_id
    join staff s on s.active and (
         (o.open_step_role <> 'head' and s.role = 'head' and s.provider_id = o.provider_id)
      or (o.open_step_role = 'head' and s.role = 'supervisor' and s.region = p.region))
  returning 1
)
select (select count(*)::int from fired) as escalated, (select count(*)::int from told) as notified`;

const ESCALATE_CASES = `
with overdue as (
  select c.id, c.provider_id, c.overall_due_at
    from cases c
   where c.closed_at is null and c.overall_due_at < $1
     and not exists (select 1 from escalations e where e.case_id = c.id and e.kind = 'caseOverdue')
   order by c.overall_due_at
   limit $2
), fired as (
  insert into escalations (case_id, kind, step_id, due_at, fired_at)
  select id, 'caseOverdue', '', overall_due_at, $1 from overdue
  on conflict do nothing
  returning case_id, due_at
), told as (
  insert into notifications (id, recipient_staff_id, case_id, kind, payload, created_at)
  select gen_random_uuid(), s.id, f.case_id, 'caseOverdue', jsonb_build_object('dueAt', f.due_at), $1
    from fired f
    join overdue o on o.id = f.case_id
    join providers p on p.id = o.provider_id
    join staff s on s.active and s.role = 'supervisor' and s.region = p.region
  returning 1
)
select (select count(*)::int from fired) as escalated, (select count(*)::int from told) as notified`;

/** Marks and notifies everything that became overdue by `now`, at most `batchSize` steps and cases per call. */
export async function sweepDeadlines(db: SqlExecutor, now: Date, batchSize = 500): Promise<SweepResult> {
  const [steps] = await db.execute<{ escalated: number; notified: number }>(ESCALATE_STEPS, [now.toISOString(), batchSize]);
  const [cases] = await db.execute<{ escalated: number; notified: number }>(ESCALATE_CASES, [now.toISOString(), batchSize]);
  return {
    stepsEscalated: steps?.escalated ?? 0,
    casesEscalated: cases?.escalated ?? 0,
    notificationsSent: (steps?.notified ?? 0) + (cases?.notified ?? 0),
  };
}
