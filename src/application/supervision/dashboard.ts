import type { SqlExecutor } from '../../adapters/db/database.ts';
import type { RegulationCatalog } from '../regulation-catalog.ts';

export interface DashboardFilter {
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
function scope(filter: DashboardFilter, alias: string, firstIndex: number) {
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

interface ProviderLoadRow {
  provider_id: string;
  open_cases: number;
  due_today: number;
  overdue_steps: number;
  overdue_cases: number;
}

/**
 * The satisfaction survey (seed 002, appendix 3, lines 404-419): two questions — the process and the quality of the
 * result (line 408), the information about the procedure (line 414) — each answered with one of three grades.
 * The ids are the columns' values in satisfaction_surveys (migration 0008).
 */
export const SATISFACTION_QUESTIONS = ['processAndResult', 'information'] as const;
export const SATISFACTION_ANSWERS = ['unsatisfactory', 'partlySatisfactory', 'satisfactory'] as const;
export type SatisfactionQuestion = (typeof SATISFACTION_QUESTIONS)[number];
export type SatisfactionAnswer = (typeof SATISFACTION_ANSWERS)[number];

interface SatisfactionRow {
  provider_id: string;
  service_code: string;
  question: SatisfactionQuestion;
  answer: SatisfactionAnswer;
  answers: number;
}

/** Per question, the count and share of each grade among `surveys` answers (share null when nobody answered). */
function satisfactionQuestions(rows: readonly SatisfactionRow[], surveys: number) {
  return SATISFACTION_QUESTIONS.map((question) => ({
    question,
    answers: SATISFACTION_ANSWERS.map((answer) => {
      const count = rows.filter((r) => r.question === question && r.answer === answer).reduce((sum, r) => sum + r.answers, 0);
      return { answer, count, share: surveys === 0 ? null : count / surveys };
    }),
  }));
}

/** Durations are reported to a hundredth of a minute; percentile interpolation leaves float noise beyond that. */
function roundMinutes(minutes: number | null): number | null {
  return minutes === null ? null : Math.round(minutes * 100) / 100;
}

/**
 * The supervisor's dashboard for a region: load now (open, due today, overdue) and, over the period, compliance,
 * step durations against their limits, channel mix and refusals by reason. Every figure is one SQL aggregate.
 */
export async function regionDashboard(db: SqlExecutor, catalog: RegulationCatalog, filter: DashboardFilter) {
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
  const surveysOf = (rows: readonly SatisfactionRow[]) => rows.filter((r) => r.question === SATISFACTION_QUESTIONS[0]).reduce((sum, r) => sum + r.answers, 0);
  const groups = [...new Set(satisfactionRows.map((r) => `${r.provider_id}\u0000${r.service_code}`))].map((key) => {
    const [providerId, serviceCode] = key.split('\u0000') as [string, string];
    const rows = satisfactionRows.filter((r) => r.provider_id === providerId && r.service_code === serviceCode);
    const surveys = surveysOf(rows);
    return { providerId, serviceCode, surveys, questions: satisfactionQuestions(rows, surveys) };
  });
  const surveys = surveysOf(satisfactionRows);

  const stepCompleted = stepRows.reduce((sum, r) => sum + r.completed, 0);
  const stepWithin = stepRows.reduce((sum, r) => sum + r.within_limit, 0);
  return {
    region: filter.region,
    period: { from: period[0]!, to: period[1]! },
    load: providerLoad.map((r) => ({ providerId: r.provider_id, openCases: r.open_cases, dueToday: r.due_today, overdueSteps: r.overdue_steps, overdueCases: r.overdue_cases })),
    compliance: {
      stepsCompleted: stepCompleted,
      stepsWithinLimit: stepWithin,
      stepComplianceRate: stepCompleted === 0 ? null : stepWithin / stepCompleted,
      casesClosed: caseCompliance?.closed ?? 0,
      casesWithinLimit: caseCompliance?.within_limit ?? 0,
      caseComplianceRate: caseCompliance && caseCompliance.closed > 0 ? caseCompliance.within_limit / caseCompliance.closed : null,
      casesRefused: caseCompliance?.refused ?? 0,
    },
    stepDurations: stepRows.map((r) => {
      const limit = catalog.list().find((reg) => reg.id === r.regulation_id)?.steps.find((s) => s.id === r.step_id)?.limit;
      return {
        regulationId: r.regulation_id,
        stepId: r.step_id,
        role: r.role,
        completed: r.completed,
        withinLimit: r.within_limit,
        medianMinutes: roundMinutes(r.median_minutes),
        p90Minutes: roundMinutes(r.p90_minutes),
        limit: limit ? { value: limit.value, unit: limit.unit } : null,
      };
    }),
    channelMix: channels.map((r) => ({ channel: r.channel, cases: r.cases })),
    refusalsByReason: refusals.map((r) => ({
      regulationId: r.regulation_id,
      groundId: r.refusal_ground_id,
      ground: catalog.list().find((reg) => reg.id === r.regulation_id)?.refusalGrounds.find((g) => g.id === r.refusal_ground_id)?.text ?? null,
      cases: r.cases,
    })),
    satisfaction: { surveys, questions: satisfactionQuestions(satisfactionRows, surveys), byProviderService: groups },
  };
}

export type RegionDashboard = Awaited<ReturnType<typeof regionDashboard>>;
