import { caseResultIds, type CaseState } from '../../core/case/case-state.ts';
import { allowedIssueMethodsFor } from '../../core/regulation/issue-methods.ts';
import type { Regulation } from '../../core/regulation/schema.ts';
import { caseResultsView } from './case-results-view.ts';

const MINUTE_MS = 60_000;

/** Wall-clock minutes until a due time; negative once it has passed. */
export function remainingMinutes(dueAt: string | null, now: Date): number | null {
  return dueAt === null ? null : Math.floor((Date.parse(dueAt) - now.getTime()) / MINUTE_MS);
}

/** What the API shows of a case: its state, each step's limit and action text, and the time left on what is open. */
export function caseView(state: CaseState, regulation: Regulation, now: Date) {
  const open = state.steps.find((s) => s.status === 'open') ?? null;
  const route = regulation.routes.find((r) => r.id === state.routeId);
  return {
    id: state.id,
    version: state.version,
    regulationId: state.regulationId,
    service: { code: regulation.service.code, name: regulation.service.name },
    routeId: state.routeId,
    channel: state.channel,
    providerId: state.providerId,
    applicant: state.applicant,
    formData: state.formData,
    status: state.status,
    filedAt: state.filedAt,
    filingMode: state.filingMode,
    overallDueAt: state.overallDueAt,
    overallRemainingMinutes: state.closedAt ? null : remainingMinutes(state.overallDueAt, now),
    closedAt: state.closedAt,
    journalNumber: state.journalNumber,
    executorId: state.executorId,
    decision: state.decision,
    issuedVia: state.issuedVia,
    resultIds: [...caseResultIds(state)],
    issuedResults: state.issuedResults.map((r) => ({ ...r })),
    // The methods a document of this route may be issued by (a payment is always its payer's transfer).
    issueMethods: route ? allowedIssueMethodsFor(regulation, route, undefined) : [],
    results: route ? caseResultsView(state, regulation, route) : [],
    /** The reading of a contradiction this route follows, where it is one (both readings stay in the handbook). */
    reading: route?.reading ?? null,
    rework: state.rework ? { ...state.rework } : null,
    /** The extension of the whole service term the regulation allows (seed 001 line 271): made, or still possible. */
    termExtension: {
      allowed: regulation.termExtension ? { value: regulation.termExtension.value, unit: regulation.termExtension.unit, when: regulation.termExtension.when, roles: [...regulation.termExtension.roles], source: regulation.termExtension.source } : null,
      made: state.termExtension ? { ...state.termExtension } : null,
    },
    openStep: open
      ? { stepId: open.stepId, role: open.role, kind: open.kind, dueAt: open.dueAt, remainingMinutes: remainingMinutes(open.dueAt, now) }
      : null,
    steps: state.steps.map((step) => {
      const definition = regulation.steps.find((s) => s.id === step.stepId);
      return {
        ...step,
        action: definition?.action ?? null,
        limit: definition?.limit ? { value: definition.limit.value, unit: definition.limit.unit } : null,
      };
    }),
  };
}

export type CaseView = ReturnType<typeof caseView>;
