import { saveRegistryStepData, type RegistryStepData } from '../../adapters/registries/registry-step-data-store.ts';
import type { StaffMember } from '../../adapters/db/staff-store.ts';
import { openStep } from '../../core/case/case-state.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { stepDataSchemaFor } from '../../core/registries/registry-actions.ts';
import type { AppContext } from '../app-context.ts';
import { loadVisibleCase } from '../cases/load-case.ts';

/**
 * The executor enters what the registry needs for the open step (an assignment's amount and period, a certificate's
 * number…) before completing it; the step's registry effect reads it. The same checks as the step itself: the step is
 * open, the role is the step's, an assigned case is the assignee's. TODO(#6): part of the step input once the engine
 * accepts it.
 */
export async function enterRegistryStepData(app: AppContext, staff: StaffMember, caseId: string, stepId: string, data: unknown): Promise<RegistryStepData> {
  return app.db.transaction(async (tx) => {
    const { state } = await loadVisibleCase(tx, staff, caseId);
    const regulation = app.catalog.get(state.regulationId);
    const open = openStep(state);
    if (!open || open.stepId !== stepId) throw new AppError('STEP_NOT_OPEN', `case ${caseId}: ${stepId} is not open`, { stepId, openStepId: open?.stepId ?? '-' });
    const step = regulation.steps.find((s) => s.id === stepId);
    if (!step) throw new AppError('REGULATION_INVALID', `${regulation.id} has no step ${stepId}`);
    if (staff.role !== step.role) throw new AppError('FORBIDDEN_ROLE', `${stepId} needs ${step.role}`, { requiredRole: step.role, actualRole: staff.role });
    if (step.role === 'executor' && state.executorId !== null && state.executorId !== staff.id) {
      throw new AppError('NOT_ASSIGNED_EXECUTOR', `case ${caseId} is assigned to ${state.executorId}`);
    }
    const schema = stepDataSchemaFor(regulation.service.code, step);
    if (!schema) throw new AppError('INVALID_STEP_INPUT', `${regulation.service.code}/${stepId} records no registry data`, { stepId, reason: 'this step records nothing in a registry' });
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new AppError('INVALID_STEP_INPUT', `registry data: ${issue?.message}`, { stepId, reason: `${issue?.path.join('.') || 'data'}: ${issue?.message ?? 'invalid'}` });
    }
    const entry: RegistryStepData = { caseId: state.id, stepId, data: parsed.data, enteredBy: staff.id, enteredAt: app.clock().toISOString() };
    await saveRegistryStepData(tx, entry);
    return entry;
  });
}
