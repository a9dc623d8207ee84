import { matchesApplicantRule } from './applicant-rules.ts';
import type { IssueMethod, Limit, Regulation, RegulationResult, RegulationRoute, RegulationStep, Role, SourceRef } from './schema.ts';

type FormData = Readonly<Record<string, unknown>>;

/**
 * The results a positive decision on this route yields for this application: the route's results (all of them, e.g.
 * Semipalatinsk's decision and certificate, seed 001 lines 232-234), less those whose `appliesWhen` the application's
 * data do not meet (the compensation goes to the personal account or, for applicants serving a sentence, to the
 * control account: lines 238-240, never both).
 */
export function routeResultIdsFor(regulation: Regulation, route: RegulationRoute, form: FormData): string[] | null {
  if (!route.resultIds) return null;
  return route.resultIds.filter((id) => {
    const result = regulation.results.find((r) => r.id === id);
    return !result?.appliesWhen || matchesApplicantRule(result.appliesWhen, form);
  });
}

export interface StepRef {
  readonly stepId: string;
  readonly role: Role;
  readonly limit: Pick<Limit, 'value' | 'unit'> | null;
  readonly source: SourceRef;
}

/** Who prepares and who hands over one result on a route, as the regulation says it. */
export interface ResultPlanItem {
  readonly resultId: string;
  readonly resultType: RegulationResult['resultType'];
  readonly name: RegulationResult['name'];
  /** The step that prepares the result: its own `preparedAt`, else the route's decision step. */
  readonly preparedBy: StepRef | null;
  /** The step that hands a document over (the route's issue step or automatic delivery); null for a payment. */
  readonly issuedBy: StepRef | null;
  /** The only method the regulation gives for this route's hand-over, where it names one (`deliversTo`). */
  readonly deliveredBy: IssueMethod | null;
  readonly payment: RegulationResult['payment'] | null;
}

function stepRef(step: RegulationStep | undefined): StepRef | null {
  if (!step) return null;
  return { stepId: step.id, role: step.role, limit: step.limit ? { value: step.limit.value, unit: step.limit.unit } : null, source: step.limit?.source ?? step.source };
}

/** The route's step that hands results over: its issue step, or an automatic step that delivers (seed 000 line 623). */
export function handOverStep(regulation: Regulation, route: RegulationRoute): RegulationStep | undefined {
  const steps = route.steps.map((id) => regulation.steps.find((s) => s.id === id)).filter((s): s is RegulationStep => s !== undefined);
  return steps.findLast((s) => s.kind === 'issue' || (s.kind === 'automatic' && s.deliversTo !== undefined));
}

/** Each result of a route with who prepares it, who issues it and the limits the regulation gives them. */
export function resultPlan(regulation: Regulation, route: RegulationRoute, resultIds: readonly string[]): ResultPlanItem[] {
  const routeSteps = route.steps.map((id) => regulation.steps.find((s) => s.id === id)).filter((s): s is RegulationStep => s !== undefined);
  const decide = routeSteps.find((s) => s.kind === 'decide');
  const handOver = handOverStep(regulation, route);
  return resultIds.flatMap((resultId) => {
    const result = regulation.results.find((r) => r.id === resultId);
    if (!result) return [];
    const preparedAt = result.preparedAt ? routeSteps.find((s) => s.id === result.preparedAt) : undefined;
    const isPayment = result.resultType === 'payment';
    return [
      {
        resultId,
        resultType: result.resultType,
        name: result.name,
        preparedBy: stepRef(preparedAt ?? decide),
        issuedBy: isPayment ? null : stepRef(handOver),
        deliveredBy: isPayment ? 'accountTransfer' : (handOver?.deliversTo?.method ?? null),
        payment: result.payment ?? null,
      },
    ];
  });
}
