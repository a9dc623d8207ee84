import type { Regulation, StepKind } from '../regulation/schema.ts';
import type { CaseEvent, CaseFiling, CaseStatus, Decision, IssueMethod, SignatureRecord } from './case-events.ts';
import { actorId } from './actor.ts';

export interface StepState {
  readonly stepId: string;
  readonly role: string;
  readonly kind: StepKind;
  readonly status: 'pending' | 'open' | 'done' | 'skipped';
  readonly openedAt: string | null;
  readonly dueAt: string | null;
  readonly completedAt: string | null;
  readonly completedBy: string | null;
  readonly overdue: boolean;
  /** Set once the step's limit was extended (it can be extended once). */
  readonly extendedReason: string | null;
}

/** The case as its history says it is now. Derived only from events (see `evolve`). */
export interface CaseState extends CaseFiling {
  readonly id: string;
  readonly version: number;
  readonly status: CaseStatus;
  readonly filedAt: string;
  /** How the case came to be filed under its version; null for histories written before it was recorded. */
  readonly filingMode: 'inForce' | 'demonstration' | null;
  /** The documents handed over on paper at the office (issue #17); absent in states stored before it was recorded. */
  readonly paperDocumentIds?: readonly string[];
  readonly overallDueAt: string | null;
  readonly closedAt: string | null;
  readonly journalNumber: string | null;
  readonly executorId: string | null;
  readonly decision: Decision | null;
  readonly signatures: readonly SignatureRecord[];
  readonly issuedVia: IssueMethod | null;
  /** Each result issued so far, with how (a case with several results issues each of them). */
  readonly issuedResults: ReadonlyArray<{ readonly resultId: string; readonly method: IssueMethod }>;
  readonly steps: readonly StepState[];
  /** The extension of the whole service term, once made (seed 001 line 271); null or absent otherwise. */
  readonly termExtension?: TermExtensionNote | null;
  /** The head's latest return for rework while the reopened step is still open; null otherwise (and in older states). */
  readonly rework?: ReworkNote | null;
}

/** Why and by whom the whole service term was extended, and by how much. */
export interface TermExtensionNote {
  readonly reason: string;
  readonly extendedBy: string;
  readonly extendedAt: string;
  readonly value: number;
  readonly unit: string;
}

/** Why the head returned the case, shown to the executor on the case and in the inbox until the step is done again. */
export interface ReworkNote {
  readonly stepId: string;
  readonly reason: string;
  readonly returnedBy: string;
  readonly returnedAt: string;
}

/** The results the case's decision yields: all of the route's results (route.resultIds), else the one chosen. */
export function caseResultIds(state: Pick<CaseState, 'decision'>): readonly string[] {
  const decision = state.decision;
  if (!decision) return [];
  return decision.outcome === 'positive' && decision.resultIds ? decision.resultIds : [decision.resultId];
}

/** The case's results that are documents (produced, signed and issued each on its own), not payments. */
export function documentResultIds(regulation: Pick<Regulation, 'results'>, state: Pick<CaseState, 'decision'>): string[] {
  return caseResultIds(state).filter((id) => regulation.results.find((r) => r.id === id)?.resultType !== 'payment');
}

export function openStep(state: CaseState): StepState | null {
  return state.steps.find((s) => s.status === 'open') ?? null;
}

function updateStep(state: CaseState, stepId: string, change: (step: StepState) => StepState): CaseState {
  return { ...state, steps: state.steps.map((s) => (s.stepId === stepId ? change(s) : s)) };
}

/** Applies one event. The first must be `caseFiled`: it lists every step of the route, pending until opened. */
export function evolve(state: CaseState | null, event: CaseEvent): CaseState {
  const data = event.data;
  if (data.type === 'caseFiled') {
    if (state !== null) throw new Error('caseFiled must be the first event');
    return {
      id: data.caseId,
      version: event.seq,
      regulationId: data.regulationId,
      routeId: data.routeId,
      channel: data.channel,
      providerId: data.providerId,
      applicant: data.applicant,
      formData: data.formData,
      status: 'received',
      filedAt: event.at,
      filingMode: data.filingMode ?? null,
      paperDocumentIds: data.paperDocumentIds ?? [],
      overallDueAt: data.overallDueAt,
      closedAt: null,
      journalNumber: null,
      executorId: null,
      decision: null,
      signatures: [],
      issuedVia: null,
      issuedResults: [],
      rework: null,
      steps: data.routeSteps.map((s) => ({
        ...s,
        status: 'pending',
        openedAt: null,
        dueAt: null,
        completedAt: null,
        completedBy: null,
        overdue: false,
        extendedReason: null,
      })),
    };
  }
  if (state === null) throw new Error(`event ${data.type} before caseFiled`);
  const next = { ...state, version: event.seq };
  switch (data.type) {
    case 'stepOpened':
      return updateStep(next, data.stepId, (s) => ({ ...s, status: 'open', openedAt: event.at, dueAt: data.dueAt }));
    case 'returnedForRework': {
      const from = next.steps.findIndex((s) => s.stepId === data.stepId);
      const to = next.steps.findIndex((s) => s.stepId === data.returnedFromStepId);
      const reopened = next.steps[from];
      const steps = next.steps.map((s, i) => {
        if (i === from) return { ...s, status: 'open' as const, openedAt: event.at, dueAt: data.dueAt, completedAt: null, completedBy: null, overdue: false, extendedReason: null };
        if (i > from && i <= to) return { ...s, status: 'pending' as const, openedAt: null, dueAt: null, completedAt: null, completedBy: null, overdue: false, extendedReason: null };
        return s;
      });
      return {
        ...next,
        steps,
        // The decision is the executor's to make again; documents signed so far stay in the history.
        decision: reopened?.kind === 'decide' ? null : next.decision,
        rework: { stepId: data.stepId, reason: data.reason, returnedBy: actorId(event.actor), returnedAt: event.at },
      };
    }
    case 'stepCompleted':
      if (next.rework?.stepId === data.stepId) {
        return { ...updateStep(next, data.stepId, (s) => ({ ...s, status: 'done', completedAt: event.at, completedBy: actorId(event.actor), overdue: data.overdue })), rework: null };
      }
      return updateStep(next, data.stepId, (s) => ({
        ...s,
        status: 'done',
        completedAt: event.at,
        completedBy: actorId(event.actor),
        overdue: data.overdue,
      }));
    case 'stepSkipped':
      return updateStep(next, data.stepId, (s) => ({ ...s, status: 'skipped' }));
    case 'stepExtended':
      return {
        ...updateStep(next, data.stepId, (s) => ({ ...s, dueAt: data.dueAt, extendedReason: data.reason })),
        overallDueAt: data.overallDueAt,
      };
    case 'termExtended': {
      const extended = data.stepId ? updateStep(next, data.stepId, (s) => ({ ...s, dueAt: data.stepDueAt })) : next;
      return {
        ...extended,
        overallDueAt: data.overallDueAt,
        termExtension: { reason: data.reason, extendedBy: actorId(event.actor), extendedAt: event.at, value: data.extension.value, unit: data.extension.unit },
      };
    }
    case 'incomingRegistered':
      return { ...next, journalNumber: data.journalNumber };
    case 'executorAssigned':
      return { ...next, executorId: data.executorId };
    case 'decisionPrepared':
      return { ...next, decision: data.decision };
    case 'documentSigned':
      return { ...next, signatures: [...next.signatures, data.signature] };
    case 'resultIssued':
      return {
        ...next,
        issuedVia: next.issuedVia ?? data.method,
        issuedResults: [...next.issuedResults, { resultId: data.resultId ?? next.decision?.resultId ?? '', method: data.method }],
      };
    case 'statusChanged':
      return { ...next, status: data.to };
    case 'caseClosed':
      return { ...next, closedAt: event.at };
    case 'documentPrepared':
    case 'handedOver':
    case 'registryUpdated':
      return next;
  }
}

/** The state a history leads to. */
export function replay(events: readonly CaseEvent[]): CaseState {
  const state = events.reduce<CaseState | null>((current, event) => evolve(current, event), null);
  if (state === null) throw new Error('an empty history has no state');
  return state;
}
