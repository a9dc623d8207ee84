import type { IssueMethod, StepKind } from '../regulation/schema.ts';
import type { Actor } from './actor.ts';

/*
 * ===== Stored JSON: the case history. Changing a shape here needs a migration of stored events. =====
 * Events are facts, appended and never changed. Due times are written into them when computed, so replaying a
 * history never needs the calendar again and gives the same state after a calendar edit.
 */

export const CASE_STATUSES = ['received', 'inWork', 'completed', 'refused'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export interface ApplicantRef {
  readonly iin: string;
  readonly fullName: string | null;
}

export type Decision =
  | {
      readonly outcome: 'positive';
      readonly resultId: string;
      /** Every result document the decision yields (route.resultIds); absent in older histories: just `resultId`. */
      readonly resultIds?: readonly string[];
    }
  | { readonly outcome: 'refusal'; readonly resultId: string; readonly groundId: string; readonly reasonText: string };

export interface SignatureRecord {
  readonly format: 'cms';
  /** The CMS signature as submitted (PEM or Base64). */
  readonly value: string;
  /** Signer identity as verified; null until the EDS verifier (issue #5) checks it. */
  readonly signerIin: string | null;
  readonly verified: boolean;
  /** The result document this signature covers (one signature per document); absent in older histories: the first. */
  readonly resultId?: string;
}

/** What a step wrote to a registry: which registry, what it did, and the record's id there. */
export interface RegistryEntry {
  readonly registry: string;
  readonly action: string;
  readonly recordId: string;
}

/** What a case is filed as and keeps for life: its pinned version and route, the channel, the provider, the applicant and the form. */
export interface CaseFiling {
  readonly regulationId: string;
  readonly routeId: string;
  readonly channel: string;
  readonly providerId: string;
  readonly applicant: ApplicantRef;
  readonly formData: Readonly<Record<string, unknown>>;
}

export type CaseEventData =
  /** The application was received through a channel; the case is pinned to this regulation version. */
  | (CaseFiling & {
      readonly type: 'caseFiled';
      readonly caseId: string;
      readonly overallDueAt: string | null;
      readonly overallDueBasis: 'totalTerm' | 'sumOfStepLimits' | 'none';
      /** Filed under a version in force, or in demonstration mode (filing-policy.ts); absent in histories before issue 16. */
      readonly filingMode?: 'inForce' | 'demonstration';
      /** The regulation's documents the applicant handed over on paper at the office (issue #17); absent elsewhere and before. */
      readonly paperDocumentIds?: readonly string[];
      /** The route's steps as the pinned regulation version defines them, so a history replays on its own. */
      readonly routeSteps: ReadonlyArray<{ readonly stepId: string; readonly role: string; readonly kind: StepKind }>;
    })
  /** A procedure step became the open one; its due time is fixed now. */
  | { readonly type: 'stepOpened'; readonly stepId: string; readonly role: string; readonly dueAt: string | null }
  /** A step of the route that does not follow this case's decision (see the step's `runsWhen`). */
  | { readonly type: 'stepSkipped'; readonly stepId: string }
  /** The open step's limit was extended as the regulation allows; the case's overall due time moves with it. */
  | { readonly type: 'stepExtended'; readonly stepId: string; readonly dueAt: string; readonly overallDueAt: string | null; readonly reason: string }
  /**
   * The whole service term was extended as the regulation allows (seed 001 line 271: +1 month for an inquiry needed to
   * decide): the overall due time moves, and the open decision step's due time with it (`stepId`, else null).
   */
  | {
      readonly type: 'termExtended';
      readonly overallDueAt: string | null;
      readonly stepId: string | null;
      readonly stepDueAt: string | null;
      readonly extension: { readonly value: number; readonly unit: string };
      readonly reason: string;
    }
  /**
   * The head returned the case to the executor (issue #17): `returnedFromStepId` (the head's open step) and every step
   * after `stepId` go back to pending, `stepId` (the executor's last step) opens again with a new due time.
   */
  | {
      readonly type: 'returnedForRework';
      readonly stepId: string;
      readonly returnedFromStepId: string;
      readonly reason: string;
      readonly dueAt: string | null;
    }
  /** The open step was done by the person (or system) named in the event's actor. */
  | { readonly type: 'stepCompleted'; readonly stepId: string; readonly overdue: boolean }
  /** The clerk entered the application in the incoming journal. */
  | { readonly type: 'incomingRegistered'; readonly journalNumber: string }
  /** The head's resolution named the responsible executor. */
  | { readonly type: 'executorAssigned'; readonly executorId: string }
  /** A state registry was updated inside this step (e.g. the executor registered the job seeker in the AIS). */
  | { readonly type: 'registryUpdated'; readonly stepId: string; readonly entry: RegistryEntry }
  /** The executor prepared the result or a reasoned refusal. */
  | { readonly type: 'decisionPrepared'; readonly decision: Decision }
  /** A further document was prepared after the decision (e.g. a certificate after the registration decision). */
  | { readonly type: 'documentPrepared'; readonly stepId: string; readonly note: string | null }
  /** The prepared document was signed with an EDS. */
  | { readonly type: 'documentSigned'; readonly stepId: string; readonly signature: SignatureRecord }
  /** The result reached the applicant; `resultId` names which of the case's results (absent in older histories). */
  | { readonly type: 'resultIssued'; readonly method: IssueMethod; readonly resultId?: string }
  /** A hand-over with nothing to record (State Corporation intake, dispatch). */
  | { readonly type: 'handedOver'; readonly stepId: string }
  /** The applicant-visible status changed; each change notifies the applicant. */
  | { readonly type: 'statusChanged'; readonly from: CaseStatus | null; readonly to: CaseStatus }
  /** The case ended with the result or the refusal. */
  | { readonly type: 'caseClosed'; readonly outcome: 'completed' | 'refused' };

export type CaseEventType = CaseEventData['type'];

export { ISSUE_METHODS, type IssueMethod } from '../regulation/schema.ts';

export interface CaseEvent {
  /** 1-based position in the case's history; the last one is the case's version. */
  readonly seq: number;
  /** ISO-8601 instant. */
  readonly at: string;
  readonly actor: Actor;
  readonly data: CaseEventData;
}
