import { saveCaseProgress } from '../../adapters/db/case-store.ts';
import type { SqlExecutor } from '../../adapters/db/database.ts';
import { readCaseForStep, type StepRead } from '../../adapters/db/step-store.ts';
import type { DocumentToStore } from '../../adapters/db/document-store.ts';
import type { Provider } from '../../core/org/provider.ts';
import type { StaffMember } from '../../core/org/staff-member.ts';
import { acceptStep, finishStep, prepareStep, type AcceptedStep, type PreparedStep, type StepCommand, type StepFacts } from '../../core/case/case-engine.ts';
import type { RegistryEntry } from '../../core/case/case-events.ts';
import type { CaseState } from '../../core/case/case-state.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { REGISTRY_STEP_KINDS } from '../../core/registries/registry-actions.ts';
import type { Regulation } from '../../core/regulation/schema.ts';
import { staffActor } from '../access.ts';
import type { AppContext } from '../app-context.ts';
import { isCaseId, visibleCase } from './load-case.ts';
import { evaluateStepChecks } from './step-checks.ts';
import { verifyAndStoreSignatures } from '../documents/sign-document.ts';
import { keepRegistryStepData } from '../registries/enter-registry-step-data.ts';

/** The staff member an assignment names, read with the case; the engine's parse decides whether it counts. */
function namedStaffId(input: unknown): string | null {
  return typeof input === 'object' && input !== null && 'executorId' in input && typeof input.executorId === 'string' ? input.executorId : null;
}

interface StepWork {
  readonly app: AppContext;
  readonly tx: SqlExecutor;
  readonly staff: StaffMember;
  readonly state: CaseState;
  readonly provider: Provider;
  readonly regulation: Regulation;
  readonly read: StepRead;
  readonly now: Date;
  /** The signed documents, written with the case in the step's one statement (saveCaseProgress). */
  readonly documents: DocumentToStore[];
}

/** The facts only the adapters can supply, gathered for the step's kind once the engine has accepted the command. */
async function gatherFacts(work: StepWork, accepted: AcceptedStep): Promise<StepFacts> {
  const { app, tx, state, provider, regulation, read, staff, now } = work;
  const { input, step } = accepted;
  switch (input.kind) {
    case 'assignExecutor': {
      const executor = read.namedStaff?.id === input.value.executorId ? read.namedStaff : null;
      if (executor?.role !== 'executor' || executor.providerId !== provider.id) {
        throw new AppError('EXECUTOR_NOT_ELIGIBLE', `${input.value.executorId} is not an executor of ${provider.id}`);
      }
      return {};
    }
    case 'register': {
      // Taken with the read (step-store.ts) whenever the command names the open register step at the current version,
      // which is exactly what the engine has just accepted.
      const number = read.journalNumber;
      if (number === null) throw new Error(`case ${state.id}: no journal number was taken for ${step.id}`);
      return { journalNumber: `${provider.code}-${now.getUTCFullYear()}-${String(number).padStart(6, '0')}` };
    }
    case 'sign':
      return verifyAndStoreSignatures(app, tx, { state, regulation, provider, staff, input: input.value, now }, (stored) => work.documents.push(stored));
    case 'decide':
      return step.checks.length > 0 ? { checkResults: await evaluateStepChecks(app, tx, state, step) } : {};
    default:
      return {};
  }
}

/**
 * The registry work of a prepared step, in the step's transaction: the registry data sent with a decision is kept
 * first (the effects read it), then every effect runs. The case row is already locked by the read, so a lost race
 * has answered 409 before any registry was touched (issue #13, finding 6). A step of a kind that does no registry
 * work (register, assign, sign, issue, …) runs no effect (issue #19).
 */
async function runEffects(work: StepWork, prepared: PreparedStep): Promise<RegistryEntry[]> {
  const { app, tx, state, provider, regulation, staff, now } = work;
  const { input, step, decision } = prepared;
  if (!REGISTRY_STEP_KINDS.has(step.kind)) return [];
  if (input.kind === 'decide' && input.value.registryData !== undefined) {
    await keepRegistryStepData(tx, { staff, state, regulation, step, data: input.value.registryData, enteredAt: now.toISOString() });
  }
  const registryEntries: RegistryEntry[] = [];
  for (const effect of app.stepEffects) {
    const outcome = await effect({ tx, state, regulation, step, input: input.value, decision, staff, provider, now });
    registryEntries.push(...(outcome.registryEntries ?? []));
  }
  return registryEntries;
}

/**
 * A staff member completes the open step of a case. One short transaction: one statement reads (and locks) the case
 * with everything the step needs; the pure engine accepts the command (version, step, role, input parsed once),
 * the adapters gather the step kind's facts, the engine decides what is recorded, the registry effects run, the
 * engine records it — once — and one statement writes the case, its events, its step projection and the documents a
 * sign step signed.
 */
export async function completeStep(app: AppContext, staff: StaffMember, caseId: string, command: StepCommand): Promise<CaseState> {
  return app.db.transaction(async (tx) => {
    const now = app.clock();
    const request = { caseId, stepId: command.stepId, expectedVersion: command.expectedVersion, journalYear: now.getUTCFullYear(), namedStaffId: namedStaffId(command.input) };
    const read = isCaseId(caseId) ? await readCaseForStep(tx, request) : null;
    const found = visibleCase(staff, caseId, read);
    const { state, provider } = found;
    const regulation = app.catalog.get(state.regulationId);
    const actor = staffActor(staff);
    const work: StepWork = { app, tx, staff, state, provider, regulation, read: found, now, documents: [] };
    const accepted = acceptStep(state, regulation, command, actor);
    const prepared = prepareStep(state, regulation, accepted, await gatherFacts(work, accepted));
    const registryEntries = await runEffects(work, prepared);
    const result = finishStep(state, prepared, regulation, actor, { now, calendar: app.calendarFor(provider) }, registryEntries);
    await saveCaseProgress(tx, command.expectedVersion, result.state, result.events, work.documents);
    return result.state;
  });
}
