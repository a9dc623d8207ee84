import type { SqlExecutor } from './database.ts';

/*
 * The supervisor's figures (issue #8): every one a SQL aggregate over cases, steps and satisfaction surveys
 * (migrations 0005, 0008), filtered alike by region and the optional provider, service and channel.
 */

export interface DashboardScope {
  readonly region: string;
  /** The period, as instants: cases filed, steps completed and cases closed within [from, to). */
  readonly from: Date;
  readonly to: Date;
  readonly now: Date;
  /** The end of "today" in the region, for "due today". */
  readonly endOfToday: Date;
  readonly providerId?: string;
  readonly serviceCode?: string;
  readonly channel?: string;
}

/** `$n` placeholders for the optional filters, shared by every query so they filter alike. */
function scope(filter: DashboardScope, alias: string, firstIndex: number) {
  const clauses = [`p.region = $${firstIndex}`];
  const values: unknown[] = [filter.region];
  const add = (column: string, value: string | undefined) => {
    if (value === undefined) return;
    values.push(value);
    clauses.push(`${alias}.${column} = $${firstIndex + values.length - 1}`);
  };
  add('provider_id', filter.providerId);
  add('service_code', filter.serviceCode);
  add('channel', filter.channel);
  return { where: clauses.join(' and '), values };
}

export interface ProviderLoadRow {
  provider_id: string;
  open_cases: number;
  due_today: number;
  overdue_steps: number;
  overdue_cases: number;
}

export interface SatisfactionRow {
  provider_id: string;
  service_code: string;
  question: string;
  answer: string;
  answers: number;
}

/** The dashboard's aggregates over the period [from, to) and the load now. */
export async function dashboardFigures(db: SqlExecutor, filter: DashboardScope) {
  const now = filter.now.toISOString();
  const load = scope(filter, 'c', 4);
  const providerLoad = await db.execute<ProviderLoadRow>(
    `select c.provider_id,
            count(*)::int as open_cases,
            count(*) filter (where c.open_step_due_at >= $1 and c.open_step_due_at < $2)::int as due_today,
            count(*) filter (where c.open_step_due_at < $1)::int as overdue_steps,
            count(*) filter (where c.overall_due_at < $1)::int as overdue_cases
       from cases c join providers p on p.id = c.provider_id
      where c.closed_at is null and c.filed_at < $3 and ${load.where}
      group by c.provider_id order by c.provider_id`,
    [now, filter.endOfToday.toISOString(), now, ...load.values],
  );

  const period = [filter.from.toISOString(), filter.to.toISOString()];
  const steps = scope(filter, 's', 3);
  const stepRows = await db.execute<{ regulation_id: string; step_id: string; role: string; completed: number; within_limit: number; median_minutes: number | null; p90_minutes: number | null }>(
    `select s.regulation_id, s.step_id, s.role,
            count(*)::int as completed,
            count(*) filter (where not s.overdue)::int as within_limit,
            percentile_cont(0.5) within group (order by extract(epoch from s.completed_at - s.opened_at) / 60)::float8 as median_minutes,
            percentile_cont(0.9) within group (order by extract(epoch from s.completed_at - s.opened_at) / 60)::float8 as p90_minutes
       from case_steps s join providers p on p.id = s.provider_id
      where s.status = 'done' and s.completed_at >= $1 and s.completed_at < $2 and ${steps.where}
      group by s.regulation_id, s.step_id, s.role order by s.regulation_id, s.step_id`,
    [...period, ...steps.values],
  );

  const closed = scope(filter, 'c', 3);
  const [caseCompliance] = await db.execute<{ closed: number; within_limit: number; refused: number }>(
    `select count(*)::int as closed,
            count(*) filter (where c.overall_due_at is null or c.closed_at <= c.overall_due_at)::int as within_limit,
            count(*) filter (where c.outcome = 'refused')::int as refused
       from cases c join providers p on p.id = c.provider_id
      where c.closed_at >= $1 and c.closed_at < $2 and ${closed.where}`,
    [...period, ...closed.values],
  );
  const refusals = await db.execute<{ regulation_id: string; refusal_ground_id: string; cases: number }>(
    `select c.regulation_id, c.refusal_ground_id, count(*)::int as cases
       from cases c join providers p on p.id = c.provider_id
      where c.outcome = 'refused' and c.closed_at >= $1 and c.closed_at < $2 and ${closed.where}
      group by c.regulation_id, c.refusal_ground_id order by cases desc, c.refusal_ground_id`,
    [...period, ...closed.values],
  );
  const channels = await db.execute<{ channel: string; cases: number }>(
    `select c.channel, count(*)::int as cases
       from cases c join providers p on p.id = c.provider_id
      where c.filed_at >= $1 and c.filed_at < $2 and ${closed.where}
      group by c.channel order by cases desc, c.channel`,
    [...period, ...closed.values],
  );

  // Surveys submitted within the period for cases within the filters; each survey answers both questions, so
  // one lateral row per question and answer is counted.
  const satisfactionRows = await db.execute<SatisfactionRow>(
    `select c.provider_id, c.service_code, q.question, q.answer, count(*)::int as answers
       from satisfaction_surveys v
       join cases c on c.id = v.case_id
       join providers p on p.id = c.provider_id
       cross join lateral (values ('processAndResult', v.process_and_result), ('information', v.information)) as q (question, answer)
      where v.submitted_at >= $1 and v.submitted_at < $2 and ${closed.where}
      group by c.provider_id, c.service_code, q.question, q.answer
      order by c.provider_id, c.service_code`,
    [...period, ...closed.values],
  );
  return { period, providerLoad, stepRows, caseCompliance, refusals, channels, satisfactionRows };
}

/** Keeps a citizen's satisfaction survey of a case; false when the case has one already (one survey per case). */
export async function insertSatisfactionSurvey(
  db: SqlExecutor,
  survey: { caseId: string; providerId: string; region: string; regulationId: string; channel: string; processAndResult: string; information: string; comment: string | null; submittedAt: string },
): Promise<boolean> {
  const inserted = await db.execute(
    `insert into satisfaction_surveys (case_id, provider_id, region, regulation_id, channel, process_and_result, information, comment, submitted_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9) on conflict (case_id) do nothing returning case_id`,
    [survey.caseId, survey.providerId, survey.region, survey.regulationId, survey.channel, survey.processAndResult, survey.information, survey.comment, survey.submittedAt],
  );
  return inserted.length > 0;
}

/** When the citizen answered the case's survey, if they did. */
export async function surveyOfCase(db: SqlExecutor, caseId: string): Promise<{ submitted_at: Date } | undefined> {
  const [survey] = await db.execute<{ submitted_at: Date }>('select submitted_at from satisfaction_surveys where case_id = $1', [caseId]);
  return survey;
}
