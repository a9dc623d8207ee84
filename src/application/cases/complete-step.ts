import { nextJournalNumber, saveCaseProgress, secureCaseVersion } from '../../adapters/db/case-store.ts';
import { findStaff } from '../../adapters/db/staff-store.ts';
import type { StaffMember } from '../../core/org/staff-member.ts';
import { executeStep, type StepCommand, type StepFacts } from '../../core/case/case-engine.ts';
import type { RegistryEntry } from '../../core/case/case-events.ts';
import type { CaseState } from '../../core/case/case-state.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { staffActor } from '../access.ts';
import type { AppContext } from '../app-context.ts';
import { loadVisibleCase } from './load-case.ts';
import { evaluateStepChecks } from './step-checks.ts';
import { verifyAndStoreSignatures } from '../documents/sign-document.ts';
import { storeRegistryStepData } from '../registries/enter-registry-step-data.ts';

/**
 * A staff member completes the open step of a case. One short transaction: read, decide (pure engine), write with
 * a version check; a concurrent command makes this one fail with VERSION_CONFLICT and change nothing.
 */
export async function completeStep(app: AppContext, staff: StaffMember, caseId: string, command: StepCommand): Promise<CaseState> {
  return app.db.transaction(async (tx) => {
    const { state, provider } = await loadVisibleCase(tx, staff, caseId);
    const regulation = app.catalog.get(state.regulationId);
    const step = regulation.steps.find((s) => s.id === command.stepId);
    const now = app.clock();
    const facts: { -readonly [K in keyof StepFacts]: StepFacts[K] } = {};
    if (step?.kind === 'assignExecutor' && state.steps.find((s) => s.status === 'open')?.stepId === step.id) {
      const executorId = (command.input as { executorId?: unknown } | null)?.executorId;
      const executor = typeof executorId === 'string' ? await findStaff(tx, executorId) : null;
      if (typeof executorId === 'string' && (executor?.role !== 'executor' || executor.providerId !== provider.id)) {
        throw new AppError('EXECUTOR_NOT_ELIGIBLE', `${executorId} is not an executor of ${provider.id}`);
      }
    }
    if (step?.kind === 'register' && command.expectedVersion === state.version) {
      const year = now.getUTCFullYear();
      facts.journalNumber = `${provider.code}-${year}-${String(await nextJournalNumber(tx, provider.id, year)).padStart(6, '0')}`;
    }
    if (step?.kind === 'sign' && command.expectedVersion === state.version && state.steps.find((s) => s.status === 'open')?.stepId === step.id) {
      Object.assign(facts, await verifyAndStoreSignatures(app, tx, { state, regulation, provider, staff, input: command.input, now }));
    }
    if (step?.kind === 'decide' && step.checks.length > 0 && state.steps.find((s) => s.status === 'open')?.stepId === step.id) {
      facts.checkResults = await evaluateStepChecks(app, tx, state, step);
    }
    const engineContext = { now, calendar: app.calendarFor(provider) };
    // The engine runs first so role, version and input are checked before any effect touches a registry.
    let result = executeStep(state, regulation, command, staffActor(staff), engineContext, facts);
    // Effects reach registries; they run only once the version is ours, so a lost race answers 409, never a
    // registry's half-done insert (issue #13, finding 6).
    const touchesRegistries = step !== undefined && (app.stepEffects.length > 0 || (step.kind === 'decide' && (command.input as { registryData?: unknown } | null)?.registryData !== undefined));
    if (touchesRegistries) await secureCaseVersion(tx, state.id, command.expectedVersion);
    // A decision may carry what the registry needs (registryData); kept before the effects run, so they read it.
    const registryData = step?.kind === 'decide' ? (command.input as { registryData?: unknown } | null)?.registryData : undefined;
    if (step && registryData !== undefined) {
      await storeRegistryStepData(tx, { staff, state, regulation, stepId: step.id, data: registryData, enteredAt: now.toISOString() });
    }
    if (step && app.stepEffects.length > 0) {
      const registryEntries: RegistryEntry[] = [];
      const input = (command.input ?? {}) as Record<string, unknown>;
      for (const effect of app.stepEffects) {
        const outcome = await effect({ tx, state, regulation, step, input, staff, provider, now });
        registryEntries.push(...(outcome.registryEntries ?? []));
      }
      if (registryEntries.length > 0) {
        result = executeStep(state, regulation, command, staffActor(staff), engineContext, { ...facts, registryEntries });
      }
    }
    await saveCaseProgress(tx, command.expectedVersion, result.state, result.events);
    return result.state;
  });
}
