import type { DeadlineCalculator } from '../calendar/deadline-calculator.ts';
import type { Regulation, RegulationRoute, RegulationStep } from '../regulation/schema.ts';

export interface DueAnchors {
  readonly stepOpenedAt: Date;
  readonly caseFiledAt: Date;
  /** When the clerk registered the application; the filing time until then. */
  readonly caseRegisteredAt: Date;
}

/** The due time of a step, or null where the regulation gives it no limit. */
export function stepDueAt(step: RegulationStep, anchors: DueAnchors, calendar: DeadlineCalculator): Date | null {
  if (!step.limit) return null;
  const start =
    step.limit.countsFrom === 'caseFiled'
      ? anchors.caseFiledAt
      : step.limit.countsFrom === 'caseRegistered'
        ? anchors.caseRegisteredAt
        : anchors.stepOpenedAt;
  return calendar.dueAt(start, step.limit);
}

export interface OverallDue {
  readonly dueAt: Date | null;
  readonly basis: 'totalTerm' | 'sumOfStepLimits' | 'none';
}

/**
 * The case's overall due time: the regulation's total term where it states one; otherwise the plan in which every
 * step takes its full limit one after another (the seeds leave total terms to the Standards).
 */
export function overallDue(regulation: Regulation, route: RegulationRoute, filedAt: Date, calendar: DeadlineCalculator): OverallDue {
  if (regulation.totalTerm) return { dueAt: calendar.dueAt(filedAt, regulation.totalTerm), basis: 'totalTerm' };
  let cursor = filedAt;
  let registeredAt = filedAt;
  let anyLimit = false;
  for (const stepId of route.steps) {
    const step = regulation.steps.find((s) => s.id === stepId);
    // The plan is the positive path: a step of the refusal branch (its own limit, seed 001 line 156) is not in it.
    if (!step || step.runsWhen === 'refusalDecision') continue;
    const due = stepDueAt(step, { stepOpenedAt: cursor, caseFiledAt: filedAt, caseRegisteredAt: registeredAt }, calendar);
    if (due) {
      anyLimit = true;
      if (due > cursor) cursor = due;
    }
    if (step.kind === 'register') registeredAt = cursor;
  }
  return anyLimit ? { dueAt: cursor, basis: 'sumOfStepLimits' } : { dueAt: null, basis: 'none' };
}
