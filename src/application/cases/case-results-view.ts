import { caseResultIds, type CaseState } from '../../core/case/case-state.ts';
import { resultPlan, routeResultIdsFor, type StepRef } from '../../core/regulation/result-plan.ts';
import type { Regulation, RegulationRoute } from '../../core/regulation/schema.ts';

/**
 * Each result of a case as the regulation plans it: what it is (a document or a payment), who prepares it and who
 * hands it over with the due times the case fixed for those steps, and whether it was issued and how. Before the
 * decision it lists what the route's positive decision would yield for this application.
 */
export function caseResultsView(state: CaseState, regulation: Regulation, route: RegulationRoute) {
  const decided = caseResultIds(state);
  const planned = decided.length > 0 ? decided : (routeResultIdsFor(regulation, route, state.formData) ?? []);
  const atStep = (ref: StepRef | null) => {
    if (!ref) return null;
    const step = state.steps.find((s) => s.stepId === ref.stepId);
    return { stepId: ref.stepId, role: ref.role, limit: ref.limit, dueAt: step?.dueAt ?? null, source: { seed: ref.source.seed, line: ref.source.line } };
  };
  return resultPlan(regulation, route, planned).map((item) => ({
    resultId: item.resultId,
    resultType: item.resultType,
    name: item.name,
    preparedBy: atStep(item.preparedBy),
    issuedBy: atStep(item.issuedBy),
    deliveredBy: item.deliveredBy,
    payment: item.payment ? { payer: item.payment.payer, destination: item.payment.destination, whenPaid: item.payment.whenPaid, source: { seed: item.payment.source.seed, line: item.payment.source.line } } : null,
    issued: state.issuedResults.find((r) => r.resultId === item.resultId) ?? null,
  }));
}
