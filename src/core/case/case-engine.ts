import type { z } from 'zod';
import type { DeadlineCalculator } from '../calendar/deadline-calculator.ts';
import { assertMayActOnStep } from '../access/access-policy.ts';
import { AppError } from '../errors/app-error.ts';
import { filingModeFor, type FilingPolicy } from '../regulation/filing-policy.ts';
import { allowedIssueMethodsFor } from '../regulation/issue-methods.ts';
import { routeResultIdsFor } from '../regulation/result-plan.ts';
import { documentCarrierOf, intakeProblems, intakeRefusal } from '../regulation/intake-completeness.ts';
import { fieldValidationError, issueReason, reasonDetails } from '../errors/validation-reasons.ts';
import type { Text } from '../i18n/text.ts';
import type { Regulation, RegulationRoute, RegulationStep } from '../regulation/schema.ts';
import { SYSTEM_ACTOR, type Actor } from './actor.ts';
import type { ApplicantRef, CaseEvent, CaseEventData, Decision, RegistryEntry } from './case-events.ts';
import { caseResultIds, documentResultIds, evolve, openStep, type CaseState, type StepState } from './case-state.ts';
import { overallDue, stepDueAt } from './due-times.ts';
import { ZStepInputByKind, type ManualStepKind, type ParsedStepInput } from './step-inputs.ts';
import { invalidInput, ISSUE_METHOD_LABELS, quotedList, resultName } from './step-refusals.ts';

/**
 * The case engine: interprets a regulation version. Pure — the clock (`now`) and the calendar come in as
 * parameters, and the result is the new events plus the state they lead to; the caller stores both.
 */
export interface EngineContext {
  readonly now: Date;
  readonly calendar: DeadlineCalculator;
}

export interface EngineResult {
  readonly state: CaseState;
  readonly events: readonly CaseEvent[];
}

/** Appends events to a state as they are decided, so later decisions see earlier ones. */
class History {
  readonly events: CaseEvent[] = [];
  constructor(
    public state: CaseState | null,
    private readonly at: string,
  ) {}

  emit(actor: Actor, data: CaseEventData): CaseState {
    const event: CaseEvent = { seq: (this.state?.version ?? 0) + 1, at: this.at, actor, data };
    this.state = evolve(this.state, event);
    this.events.push(event);
    return this.state;
  }

  result(): EngineResult {
    if (!this.state) throw new Error('no events');
    return { state: this.state, events: this.events };
  }
}

function findStep(regulation: Regulation, stepId: string): RegulationStep {
  const step = regulation.steps.find((s) => s.id === stepId);
  if (!step) throw new AppError('REGULATION_INVALID', `regulation ${regulation.id} has no step ${stepId}`);
  return step;
}

function findRoute(regulation: Regulation, routeId: string): RegulationRoute {
  const route = regulation.routes.find((r) => r.id === routeId);
  if (!route) throw new AppError('CHANNEL_NOT_OFFERED', `regulation ${regulation.id} has no route ${routeId}`, { channel: routeId });
  return route;
}

/** Opens the route's next pending step (completing automatic ones at once), or closes the case after the last. */
function advance(history: History, regulation: Regulation, context: EngineContext): void {
  for (;;) {
    const state = history.state!;
    const next = state.steps.find((s) => s.status === 'pending');
    if (!next) {
      const refused = state.decision?.outcome === 'refusal';
      history.emit(SYSTEM_ACTOR, { type: 'statusChanged', from: state.status, to: refused ? 'refused' : 'completed' });
      history.emit(SYSTEM_ACTOR, { type: 'caseClosed', outcome: refused ? 'refused' : 'completed' });
      return;
    }
    const step = findStep(regulation, next.stepId);
    const outcome = state.decision?.outcome;
    if ((step.runsWhen === 'positiveDecision' && outcome !== 'positive') || (step.runsWhen === 'refusalDecision' && outcome !== 'refusal')) {
      history.emit(SYSTEM_ACTOR, { type: 'stepSkipped', stepId: step.id });
      continue;
    }
    const registered = state.steps.find((s) => s.kind === 'register' && s.status === 'done');
    const dueAt = stepDueAt(
      step,
      {
        stepOpenedAt: context.now,
        caseFiledAt: new Date(state.filedAt),
        caseRegisteredAt: new Date(registered?.completedAt ?? state.filedAt),
      },
      context.calendar,
    );
    // The decision opened after the whole term was extended gets the extension too (seed 001 line 271: the extension
    // is for an inquiry needed to decide).
    const extendedDueAt = dueAt && step.kind === 'decide' && state.termExtension && regulation.termExtension ? context.calendar.dueAt(dueAt, regulation.termExtension) : dueAt;
    history.emit(SYSTEM_ACTOR, { type: 'stepOpened', stepId: step.id, role: step.role, dueAt: extendedDueAt?.toISOString() ?? null });
    if (step.kind !== 'automatic') return;
    // An automatic step the regulation says delivers the result (the portal's "personal cabinet", seed 000 line 623)
    // records each result as issued, so a portal case completes with its results issued, not merely closed.
    if (step.deliversTo) {
      for (const record of issuedRecords(history.state!, regulation, findRoute(regulation, state.routeId), step.id, () => step.deliversTo!.method)) history.emit(SYSTEM_ACTOR, record);
    }
    history.emit(SYSTEM_ACTOR, { type: 'stepCompleted', stepId: step.id, overdue: false });
  }
}

/**
 * What issuing each result of the case not yet issued records: a payment by the transfer its payer makes (seed 001
 * lines 236-240), a document by the method `methodOf` gives, checked against what the route and the result's form allow.
 */
function issuedRecords(state: CaseState, regulation: Regulation, route: RegulationRoute, stepId: string, methodOf: (resultId: string) => string | undefined): CaseEventData[] {
  const records: CaseEventData[] = [];
  for (const resultId of caseResultIds(state)) {
    if (state.issuedResults.some((r) => r.resultId === resultId)) continue;
    const result = regulation.results.find((r) => r.id === resultId);
    const allowed = allowedIssueMethodsFor(regulation, route, result);
    const method = result?.resultType === 'payment' ? 'accountTransfer' : methodOf(resultId);
    if (!method) throw invalidInput(stepId, 'issueMethodMissing', { result: resultName(regulation, resultId) });
    const permitted = allowed.find((m) => m === method);
    if (!permitted) {
      // The form of the result (regulation.resultForm) decides what is allowed: allowedIssueMethodsFor.
      const label = (ISSUE_METHOD_LABELS as Readonly<Record<string, Text>>)[method] ?? { kk: method, ru: method, en: method };
      throw invalidInput(stepId, 'issueMethodNotAllowed', { result: resultName(regulation, resultId), method: label, allowed: quotedList(allowed.map((m) => ISSUE_METHOD_LABELS[m])) });
    }
    records.push({ type: 'resultIssued', method: permitted, resultId });
  }
  return records;
}

/**
 * The signature of each result document of the case, in the order of its results: `signatures[resultId]`, or `signature`
 * for the first document. Every document needs its own; a signature for anything else is refused.
 */
function signaturesByDocument(regulation: Regulation, state: CaseState, stepId: string, input: z.infer<typeof ZStepInputByKind.sign>): Array<[string, string]> {
  const documents = documentResultIds(regulation, state);
  for (const resultId of Object.keys(input.signatures ?? {})) {
    if (!documents.includes(resultId)) throw invalidInput(stepId, 'notAResultDocument', { given: resultId, documents: quotedList(documents.map((id) => resultName(regulation, id))) });
  }
  return documents.map((resultId, index) => {
    const value = input.signatures?.[resultId] ?? (index === 0 ? input.signature : undefined);
    if (!value) throw invalidInput(stepId, 'signatureMissing', { result: resultName(regulation, resultId) });
    return [resultId, value];
  });
}

export interface FileCaseInput {
  readonly caseId: string;
  readonly regulation: Regulation;
  readonly routeId: string;
  readonly providerId: string;
  readonly applicant: ApplicantRef;
  readonly formData: Readonly<Record<string, unknown>>;
  /** Conditions of the route's intake flow that the adapters have checked and passed (EDS, persons database…). */
  readonly passedChecks: readonly string[];
  readonly actor: Actor;
  /** Whether only a version in force on the filing date may be filed (filing-policy.ts). */
  readonly filingPolicy: FilingPolicy;
  /**
   * The regulation's documents the applicant handed over on paper at the office, ticked by the clerk (issue #17):
   * on a paper channel (documentCarrierOf) always checked against the required documents as the portal and the desk
   * check their uploads — absent means none was handed over. Not used where the channel carries the documents as
   * uploads (they are checked on upload: submit-through-gateway.ts).
   */
  readonly paperDocumentIds?: readonly string[] | undefined;
}

/** The ticked paper documents in the regulation's order, each once; an id the regulation does not list is refused. */
function paperDocumentsOf(regulation: Regulation, ids: readonly string[]): string[] {
  const unknown = ids.find((id) => !regulation.requiredDocuments.some((d) => d.id === id));
  if (unknown !== undefined) {
    throw fieldValidationError('paperDocumentIds', { code: 'invalid_value', params: { values: regulation.requiredDocuments.map((d) => d.id) } }, `${regulation.id} lists no document ${unknown}`);
  }
  return regulation.requiredDocuments.filter((d) => ids.includes(d.id)).map((d) => d.id);
}

/** Receives an application: the case is filed under the given regulation version and its first step opens. */
export function fileCase(input: FileCaseInput, context: EngineContext): EngineResult {
  const { regulation } = input;
  const filingMode = filingModeFor(regulation, context.now, input.filingPolicy);
  const route = findRoute(regulation, input.routeId);
  for (const condition of route.intakeFlow.filter((item) => item.kind === 'condition')) {
    if (condition.check && !input.passedChecks.includes(condition.check)) {
      throw new AppError('INTAKE_CONDITION_NOT_MET', `condition ${condition.id} (${condition.check}) not passed`, {
        conditionId: condition.id,
      });
    }
  }
  // Required fields, consents and formats of the regulation, every one named (issue #17). The documents are checked
  // by the channel that carries them: the gateway for uploads, here the paper originals the clerk ticked — on every
  // office filing, whether or not the request listed them.
  const paper = documentCarrierOf(route.channel) === 'paper' ? paperDocumentsOf(regulation, input.paperDocumentIds ?? []) : null;
  const refusal = intakeRefusal(intakeProblems(regulation, input.formData, paper ? new Set(paper) : null, paper ? 'paper' : 'upload'));
  if (refusal) throw refusal;
  const due = overallDue(regulation, route, context.now, context.calendar);
  const history = new History(null, context.now.toISOString());
  history.emit(input.actor, {
    type: 'caseFiled',
    caseId: input.caseId,
    regulationId: regulation.id,
    routeId: route.id,
    channel: route.channel,
    providerId: input.providerId,
    applicant: input.applicant,
    formData: input.formData,
    overallDueAt: due.dueAt?.toISOString() ?? null,
    overallDueBasis: due.basis,
    filingMode,
    ...(paper ? { paperDocumentIds: paper } : {}),
    routeSteps: route.steps.map((id) => {
      const step = findStep(regulation, id);
      return { stepId: step.id, role: step.role, kind: step.kind };
    }),
  });
  history.emit(SYSTEM_ACTOR, { type: 'statusChanged', from: null, to: 'received' });
  advance(history, regulation, context);
  return history.result();
}

export interface StepCommand {
  readonly stepId: string;
  /** The version the person saw; a different current version means someone else acted first. */
  readonly expectedVersion: number;
  readonly input: unknown;
}

/** Facts only the adapters can supply (the journal counter, the verified signer). */
export interface StepFacts {
  readonly journalNumber?: string;
  /** Registry writes done inside this step's transaction; recorded in the history before the step's own fact. */
  readonly registryEntries?: readonly RegistryEntry[];
  readonly signerIin?: string | null;
  readonly signatureVerified?: boolean;
  /** The outcome of the step's named checks (`step.checks`), by check id, as the adapters evaluated them. */
  readonly checkResults?: Readonly<Record<string, boolean>>;
}

function parseInput<S extends z.ZodType>(schema: S, stepId: string, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  // The schema's first complaint, named in words in kk/ru/en (issue #17: every refusal in the reader's language).
  const issue = parsed.error.issues[0];
  throw new AppError('INVALID_STEP_INPUT', `step ${stepId}: ${issue?.path.join('.') || 'input'}: ${issue?.message ?? 'invalid'}`, { stepId, ...reasonDetails(issueReason(issue)) });
}

/** Parses a step's input once, with its kind's schema (step-inputs.ts); an automatic step takes no input. */
export function parseStepInput(step: RegulationStep, input: unknown): ParsedStepInput {
  if (step.kind === 'automatic') throw invalidInput(step.id, 'automaticStep');
  return parseManualStepInput(step.kind, step.id, input);
}

function parseManualStepInput<K extends ManualStepKind>(kind: K, stepId: string, input: unknown): ParsedStepInput {
  const value = parseInput(ZStepInputByKind[kind], stepId, input);
  // The kind and its schema's value are the pair ParsedStepInput names for K; TypeScript does not narrow a union
  // through a generic key, so the pair is widened here, once.
  return { kind, value } as ParsedStepInput;
}

/**
 * The guard every command on an open step shares: the case is open, nobody acted since the version the person saw,
 * and the step named is the open one. Returns the open step.
 */
function assertStepOpen(state: CaseState, command: { readonly stepId: string; readonly expectedVersion: number }): StepState {
  if (state.closedAt) throw new AppError('CASE_CLOSED', `case ${state.id} is closed`);
  if (command.expectedVersion !== state.version) {
    throw new AppError('VERSION_CONFLICT', `case ${state.id} is at version ${state.version}, command expected ${command.expectedVersion}`);
  }
  const open = openStep(state);
  if (!open || open.stepId !== command.stepId) {
    throw new AppError('STEP_NOT_OPEN', `case ${state.id}: step ${command.stepId} is not open`, { stepId: command.stepId, openStepId: open?.stepId ?? '-' });
  }
  return open;
}

function assertPinned(state: CaseState, regulation: Regulation): void {
  if (regulation.id !== state.regulationId) throw new Error(`case ${state.id} is pinned to ${state.regulationId}`);
}

function decisionFrom(
  regulation: Regulation,
  route: RegulationRoute,
  step: RegulationStep,
  input: z.infer<typeof ZStepInputByKind.decide>,
  formData: Readonly<Record<string, unknown>>,
  checkResults: Readonly<Record<string, boolean>>,
): Decision {
  const stepId = step.id;
  if (input.outcome === 'positive') {
    // A named check that failed bars a positive decision; its refusal ground is the way on (seed 003 lines 397-399).
    const failed = step.checks.find((check) => checkResults[check.id] === false);
    if (failed) {
      throw new AppError('STEP_CHECK_FAILED', `step ${stepId}: check ${failed.id} (${failed.predicate}) failed`, { checkId: failed.id, groundId: failed.refusalGroundId });
    }
  }
  const routeResults = routeResultIdsFor(regulation, route, formData);
  if (input.outcome === 'positive' && routeResults) {
    // The route yields all of its results together (Semipalatinsk first-time: the decision and the certificate, seed
    // 001 lines 232-234, and the compensation to the one account the applicant's data name, lines 238-240); a result
    // of another route (the duplicate, line 234 "телнұсқасын") cannot be chosen here.
    const resultId = input.resultId ?? routeResults[0]!;
    if (!routeResults.includes(resultId)) {
      throw invalidInput(stepId, 'notARouteResult', { given: resultId, results: quotedList(routeResults.map((id) => resultName(regulation, id))) });
    }
    return { outcome: 'positive', resultId, resultIds: routeResults };
  }
  if (input.outcome === 'positive') {
    const positives = regulation.results.filter((r) => r.kind === 'positive');
    const resultId = input.resultId ?? (positives.length === 1 ? positives[0]?.id : undefined);
    if (!resultId) throw invalidInput(stepId, 'chooseResult', { results: quotedList(positives.map((r) => r.name)) });
    if (!positives.some((r) => r.id === resultId)) throw invalidInput(stepId, 'notAServiceResult', { given: resultId });
    return { outcome: 'positive', resultId };
  }
  if (!regulation.refusalGrounds.some((g) => g.id === input.groundId)) {
    throw invalidInput(stepId, 'notARefusalGround', { given: input.groundId });
  }
  const refusal = regulation.results.find((r) => r.kind === 'refusal');
  if (!refusal) throw new AppError('REGULATION_INVALID', `regulation ${regulation.id} has no refusal result`);
  return { outcome: 'refusal', resultId: refusal.id, groundId: input.groundId, reasonText: input.reasonText };
}

/** A step command the engine has accepted: the step is open, the actor may act on it, its input is parsed. */
export interface AcceptedStep {
  readonly step: RegulationStep;
  readonly open: StepState;
  readonly input: ParsedStepInput;
}

/** Checks version, step, role and assignment, and parses the input: everything decided before any adapter works. */
export function acceptStep(state: CaseState, regulation: Regulation, command: StepCommand, actor: Actor): AcceptedStep {
  assertPinned(state, regulation);
  const open = assertStepOpen(state, command);
  const step = findStep(regulation, command.stepId);
  assertMayActOnStep(actor, step, state.executorId, state.id);
  return { step, open, input: parseStepInput(step, command.input ?? {}) };
}

/** An accepted step with what it records decided (the step's own facts), before its registry effects run. */
export interface PreparedStep extends AcceptedStep {
  /** The step's own events, in order (e.g. decisionPrepared, or one resultIssued per result). */
  readonly records: readonly CaseEventData[];
  /** What a decide step decided; null for other kinds. Registry effects act on it. */
  readonly decision: Decision | null;
}

/** Decides what an accepted step records, with the facts the adapters gathered; throws before any effect runs. */
export function prepareStep(state: CaseState, regulation: Regulation, accepted: AcceptedStep, facts: StepFacts = {}): PreparedStep {
  const { step, input } = accepted;
  const records: CaseEventData[] = [];
  let decision: Decision | null = null;
  switch (input.kind) {
    case 'register':
      if (!facts.journalNumber) throw new Error('register needs a journal number from the journal counter');
      records.push({ type: 'incomingRegistered', journalNumber: facts.journalNumber });
      break;
    case 'assignExecutor':
      records.push({ type: 'executorAssigned', executorId: input.value.executorId });
      break;
    case 'decide':
      decision = decisionFrom(regulation, findRoute(regulation, state.routeId), step, input.value, state.formData, facts.checkResults ?? {});
      records.push({ type: 'decisionPrepared', decision });
      break;
    case 'prepareDocument':
      records.push({ type: 'documentPrepared', stepId: step.id, note: input.value.note ?? null });
      break;
    case 'sign':
      // One signature per result document (seed 001 lines 232-234: the decision and the certificate), each its own fact.
      for (const [resultId, value] of signaturesByDocument(regulation, state, step.id, input.value)) {
        records.push({
          type: 'documentSigned',
          stepId: step.id,
          signature: { format: 'cms', value, signerIin: facts.signerIin ?? null, verified: facts.signatureVerified ?? false, resultId },
        });
      }
      break;
    case 'issue': {
      const issue = input.value;
      // Every result of the case is issued here, each by a method the route and the result's form allow (a payment by
      // its transfer): the case is "completed" only once all of them are.
      records.push(...issuedRecords(state, regulation, findRoute(regulation, state.routeId), step.id, (resultId) => issue.methods?.[resultId] ?? issue.method));
      break;
    }
    case 'forward':
      records.push({ type: 'handedOver', stepId: step.id });
      break;
  }
  return { ...accepted, records, decision };
}

/** Records a prepared step: its registry writes, its own facts, its completion, and the way on. */
export function finishStep(
  state: CaseState,
  prepared: PreparedStep,
  regulation: Regulation,
  actor: Actor,
  context: EngineContext,
  registryEntries: readonly RegistryEntry[] = [],
): EngineResult {
  const { step, open } = prepared;
  const history = new History(state, context.now.toISOString());
  for (const entry of registryEntries) history.emit(actor, { type: 'registryUpdated', stepId: step.id, entry });
  for (const record of prepared.records) history.emit(actor, record);
  const overdue = open.dueAt !== null && context.now.getTime() > Date.parse(open.dueAt);
  const afterStep = history.emit(actor, { type: 'stepCompleted', stepId: step.id, overdue });
  if (afterStep.status === 'received') history.emit(SYSTEM_ACTOR, { type: 'statusChanged', from: 'received', to: 'inWork' });
  advance(history, regulation, context);
  return history.result();
}

/**
 * Completes the open step of a case in one call (accept, prepare, finish): for callers whose facts are known up
 * front. The step command (application/cases/complete-step.ts) calls the three parts itself, so that its registry
 * effects run between deciding and recording, and the engine still runs once.
 */
export function executeStep(
  state: CaseState,
  regulation: Regulation,
  command: StepCommand,
  actor: Actor,
  context: EngineContext,
  facts: StepFacts = {},
): EngineResult {
  const prepared = prepareStep(state, regulation, acceptStep(state, regulation, command, actor), facts);
  return finishStep(state, prepared, regulation, actor, context, facts.registryEntries ?? []);
}

export interface ExtendCommand {
  readonly stepId: string;
  readonly expectedVersion: number;
  /** Why the extra time is needed (e.g. an inquiry to another body); kept in the history. */
  readonly reason: string;
}

/** A reason shorter than this says nothing about why the step needs more time. */
export const MIN_STEP_EXTENSION_REASON_CHARS = 10;

/**
 * Extends the open step's limit once, as far as the regulation allows (`limit.extension`), by the step's own role or
 * the head. The overall due time moves by the same extension.
 */
export function extendStep(state: CaseState, regulation: Regulation, command: ExtendCommand, actor: Actor, context: EngineContext): EngineResult {
  const open = assertStepOpen(state, command);
  const step = findStep(regulation, command.stepId);
  // The head or the step's own role; an executor's step only by the assigned executor (issue #13, finding 3).
  assertMayActOnStep(actor, step, state.executorId, state.id, { headMayStandIn: true });
  const extension = step.limit?.extension;
  if (!extension || !open.dueAt) throw invalidInput(step.id, 'noExtension');
  if (open.extendedReason !== null) throw invalidInput(step.id, 'alreadyExtended');
  const reason = command.reason.trim();
  if (reason.length < MIN_STEP_EXTENSION_REASON_CHARS) throw invalidInput(step.id, 'extensionReasonTooShort', { min: MIN_STEP_EXTENSION_REASON_CHARS });
  const dueAt = context.calendar.dueAt(new Date(open.dueAt), extension).toISOString();
  const overallDueAt = state.overallDueAt ? context.calendar.dueAt(new Date(state.overallDueAt), extension).toISOString() : null;
  const history = new History(state, context.now.toISOString());
  history.emit(actor, { type: 'stepExtended', stepId: step.id, dueAt, overallDueAt, reason });
  return history.result();
}

export interface ExtendTermCommand {
  readonly expectedVersion: number;
  /** Why the extra time is needed (the inquiry or inspection); kept in the history and shown on the case. */
  readonly reason: string;
}

/** A reason shorter than this says nothing about the inquiry. */
export const MIN_TERM_EXTENSION_REASON_CHARS = 10;

function termExtensionRefusal(en: string, kk: string, ru: string): AppError {
  return new AppError('TERM_EXTENSION_NOT_ALLOWED', en, { reason: en, reason_kk: kk, reason_ru: ru, reason_en: en });
}

/**
 * Extends the whole service term once, as far as the regulation allows (`termExtension`, seed 001 lines 271 and 311:
 * one month where an inquiry or inspection is needed to decide), by a role the definition names (an executor only
 * when assigned to the case), before the decision. The overall due time moves by the extension, and so does the open
 * decision step's (a decision step opened later gets it in `advance`).
 */
export function extendTerm(state: CaseState, regulation: Regulation, command: ExtendTermCommand, actor: Actor, context: EngineContext): EngineResult {
  if (regulation.id !== state.regulationId) throw new Error(`case ${state.id} is pinned to ${state.regulationId}`);
  if (state.closedAt) throw new AppError('CASE_CLOSED', `case ${state.id} is closed`);
  if (command.expectedVersion !== state.version) {
    throw new AppError('VERSION_CONFLICT', `case ${state.id} is at version ${state.version}, command expected ${command.expectedVersion}`);
  }
  const extension = regulation.termExtension;
  if (!extension) throw termExtensionRefusal('the regulation allows no extension of the service term', 'регламент қызмет көрсету мерзімін ұзартуға жол бермейді', 'регламент не допускает продления срока оказания услуги');
  if (actor.kind !== 'staff' || !extension.roles.some((role) => role === actor.role)) {
    const actualRole = actor.kind === 'staff' ? actor.role : actor.kind;
    throw new AppError('FORBIDDEN_ROLE', `role ${actualRole} may not extend the term of ${regulation.id}`, { requiredRole: extension.roles.join(' / '), actualRole });
  }
  if (actor.role === 'executor' && state.executorId !== actor.userId) {
    throw new AppError('NOT_ASSIGNED_EXECUTOR', `case ${state.id} is assigned to ${state.executorId ?? 'nobody'}`, { caseId: state.id });
  }
  if (state.termExtension) throw termExtensionRefusal('the term was already extended once', 'мерзім бір рет ұзартылып қойған', 'срок уже продлён один раз');
  if (state.decision) throw termExtensionRefusal('the decision is already made', 'шешім қабылданып қойған', 'решение уже принято');
  const reason = command.reason.trim();
  if (reason.length < MIN_TERM_EXTENSION_REASON_CHARS) {
    throw termExtensionRefusal(
      `give the reason for the extension, at least ${MIN_TERM_EXTENSION_REASON_CHARS} characters`,
      `ұзарту себебін жазыңыз, кемінде ${MIN_TERM_EXTENSION_REASON_CHARS} таңба`,
      `укажите причину продления, не короче ${MIN_TERM_EXTENSION_REASON_CHARS} символов`,
    );
  }
  const open = openStep(state);
  const movesOpenStep = open !== null && open.kind === 'decide' && open.dueAt !== null;
  const history = new History(state, context.now.toISOString());
  history.emit(actor, {
    type: 'termExtended',
    overallDueAt: state.overallDueAt ? context.calendar.dueAt(new Date(state.overallDueAt), extension).toISOString() : null,
    stepId: movesOpenStep ? open.stepId : null,
    stepDueAt: movesOpenStep ? context.calendar.dueAt(new Date(open.dueAt!), extension).toISOString() : null,
    extension: { value: extension.value, unit: extension.unit },
    reason,
  });
  return history.result();
}

export interface ReworkCommand {
  /** The head's open step from which the case goes back (e.g. "sign"). */
  readonly stepId: string;
  readonly expectedVersion: number;
  /** Why: shown to the executor and kept in the history. */
  readonly reason: string;
}

/** A reason shorter than this says nothing the executor can act on. */
export const MIN_REWORK_REASON_CHARS = 10;

/**
 * The head returns the case to the executor for rework (issue #17) instead of signing: the executor's last step
 * (the decision or the prepared document) opens again and every step after it goes back to pending.
 *
 * Time limit. No seed says anything about a return for rework (searched seeds 000-004 for «доработ», «возвра»,
 * «пысықта»). The reasoned choice: the reopened step gets its own full limit again, counted from the return, because
 * the regulation counts the executor's limit from when the documents reach them (seed 000 line 716: "ответственный
 * работник … рассматривает документы … в течение 2 (двух) часов"), and after a return they reach them again. The case's
 * overall due time does NOT move: it is what the applicant was promised, and a rework inside the provider is no
 * ground to extend it — a case returned late runs late and is escalated like any other.
 */
export function returnForRework(state: CaseState, regulation: Regulation, command: ReworkCommand, actor: Actor, context: EngineContext): EngineResult {
  assertPinned(state, regulation);
  const open = assertStepOpen(state, command);
  const step = findStep(regulation, command.stepId);
  if (step.role !== 'head') {
    throw new AppError('REWORK_NOT_ALLOWED', `step ${step.id} is the ${step.role}'s`, reworkReason('only the head returns a case, at the head’s own step', 'тек басшы өз қадамында қайтарады', 'вернуть может только руководитель на своём шаге'));
  }
  assertMayActOnStep(actor, step, state.executorId, state.id);
  const openIndex = state.steps.findIndex((s) => s.stepId === open.stepId);
  const target = state.steps
    .slice(0, openIndex)
    .reverse()
    .find((s) => s.status === 'done' && s.role === 'executor' && (s.kind === 'decide' || s.kind === 'prepareDocument'));
  if (!target) {
    throw new AppError('REWORK_NOT_ALLOWED', `case ${state.id}: no executor step before ${step.id}`, reworkReason('the executor has prepared nothing yet', 'орындаушы әлі ештеңе дайындаған жоқ', 'исполнитель ещё ничего не подготовил'));
  }
  const reason = command.reason.trim();
  if (reason.length < MIN_REWORK_REASON_CHARS) {
    throw new AppError('REWORK_REASON_REQUIRED', `rework reason of ${reason.length} characters`, { field: 'reason', minimumCharacters: MIN_REWORK_REASON_CHARS });
  }
  const registered = state.steps.find((s) => s.kind === 'register' && s.status === 'done');
  const dueAt = stepDueAt(
    findStep(regulation, target.stepId),
    { stepOpenedAt: context.now, caseFiledAt: new Date(state.filedAt), caseRegisteredAt: new Date(registered?.completedAt ?? state.filedAt) },
    context.calendar,
  );
  const history = new History(state, context.now.toISOString());
  history.emit(actor, { type: 'returnedForRework', stepId: target.stepId, returnedFromStepId: step.id, reason, dueAt: dueAt?.toISOString() ?? null });
  return history.result();
}

function reworkReason(en: string, kk: string, ru: string) {
  return { reason: en, reason_kk: kk, reason_ru: ru, reason_en: en };
}
