import type { SqlExecutor } from '../../adapters/db/database.ts';
import { dashboardFigures, type DashboardScope, type SatisfactionRow as SatisfactionFigureRow } from '../../adapters/db/supervision-store.ts';
import type { RegulationCatalog } from '../regulation-catalog.ts';

export type DashboardFilter = DashboardScope;

/**
 * The satisfaction survey (seed 002, appendix 3, lines 404-419): two questions — the process and the quality of the
 * result (line 408), the information about the procedure (line 414) — each answered with one of three grades.
 * The ids are the columns' values in satisfaction_surveys (migration 0008).
 */
export const SATISFACTION_QUESTIONS = ['processAndResult', 'information'] as const;
export const SATISFACTION_ANSWERS = ['unsatisfactory', 'partlySatisfactory', 'satisfactory'] as const;
export type SatisfactionQuestion = (typeof SATISFACTION_QUESTIONS)[number];
export type SatisfactionAnswer = (typeof SATISFACTION_ANSWERS)[number];

type SatisfactionRow = Omit<SatisfactionFigureRow, 'question' | 'answer'> & { question: SatisfactionQuestion; answer: SatisfactionAnswer };

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
  const { period, providerLoad, stepRows, caseCompliance, refusals, channels, satisfactionRows: figureRows } = await dashboardFigures(db, filter);
  const satisfactionRows = figureRows as SatisfactionRow[];
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
