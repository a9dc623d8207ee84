import { z } from 'zod';
import type { SqlExecutor } from '../../adapters/db/database.ts';
import { saveRegistryStepData, type RegistryStepData } from '../../adapters/db/registry-step-data-store.ts';
import type { StaffMember } from '../../core/org/staff-member.ts';
import { openStep, type CaseState } from '../../core/case/case-state.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { issueReason, reasonDetails } from '../../core/errors/validation-reasons.ts';
import { stepDataSchemaFor } from '../../core/registries/registry-actions.ts';
import type { Regulation, RegulationStep } from '../../core/regulation/schema.ts';
import type { AppContext } from '../app-context.ts';
import { assertMayActOnStep } from '../../core/access/access-policy.ts';
import { staffActor } from '../access.ts';
import { loadVisibleCase } from '../cases/load-case.ts';

export interface RegistryStepDataInput {
  readonly staff: StaffMember;
  readonly state: CaseState;
  readonly regulation: Regulation;
  readonly stepId: string;
  readonly data: unknown;
  readonly enteredAt: string;
}

/**
 * Checks and keeps what the registry needs for the open step, inside the caller's transaction. The same checks as the
 * step itself: the step is open, the role is the step's, an assigned case is the assignee's; then the service's schema
 * (core/registries/registry-actions.ts). The step's registry effect reads what was kept.
 */
export async function storeRegistryStepData(tx: SqlExecutor, input: RegistryStepDataInput): Promise<RegistryStepData> {
  const { staff, state, regulation, stepId } = input;
  const open = openStep(state);
  if (!open || open.stepId !== stepId) throw new AppError('STEP_NOT_OPEN', `case ${state.id}: ${stepId} is not open`, { stepId, openStepId: open?.stepId ?? '-' });
  const step = regulation.steps.find((s) => s.id === stepId);
  if (!step) throw new AppError('REGULATION_INVALID', `${regulation.id} has no step ${stepId}`);
  assertMayActOnStep(staffActor(staff), step, state.executorId, state.id);
  return keepRegistryStepData(tx, { ...input, step });
}

/**
 * Checks registry data against the service's schema and keeps it, for a step whose command the engine has already
 * accepted (open, role, assignment): the decide command sends it with the decision (complete-step.ts).
 */
export async function keepRegistryStepData(tx: SqlExecutor, input: Omit<RegistryStepDataInput, 'stepId'> & { readonly step: RegulationStep }): Promise<RegistryStepData> {
  const { staff, state, regulation, step } = input;
  const stepId = step.id;
  const schema = stepDataSchemaFor(regulation.service.code, step);
  if (!schema) throw new AppError('INVALID_STEP_INPUT', `${regulation.service.code}/${stepId} records no registry data`, { stepId, ...reasonDetails({ kk: 'бұл қадам тізілімге ештеңе енгізбейді', ru: 'этот шаг ничего не вносит в реестр', en: 'this step records nothing in a registry' }) });
  const parsed = schema.safeParse(input.data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('INVALID_STEP_INPUT', `registry data: ${issue?.message}`, { stepId, ...reasonDetails(issueReason(issue)) });
  }
  const entry: RegistryStepData = { caseId: state.id, stepId, data: parsed.data, enteredBy: staff.id, enteredAt: input.enteredAt };
  await saveRegistryStepData(tx, entry);
  return entry;
}

/**
 * The executor enters what the registry needs for the open step before completing it (PUT …/registry-data). Kept for
 * compatibility: the decide command now takes the same data as `registryData` in its input (complete-step.ts), so
 * the data and the decision are written together or not at all.
 */
export async function enterRegistryStepData(app: AppContext, staff: StaffMember, caseId: string, stepId: string, data: unknown): Promise<RegistryStepData> {
  return app.db.transaction(async (tx) => {
    const { state } = await loadVisibleCase(tx, staff, caseId);
    return storeRegistryStepData(tx, { staff, state, regulation: app.catalog.get(state.regulationId), stepId, data, enteredAt: app.clock().toISOString() });
  });
}

export const REGISTRY_FIELD_KINDS = ['integer', 'date', 'text', 'iinList'] as const;

export interface RegistryDataField {
  readonly name: string;
  readonly kind: (typeof REGISTRY_FIELD_KINDS)[number];
  readonly required: boolean;
}

/**
 * The fields a step's registry data has, for a form: read from the same schema the command checks (its JSON Schema),
 * so a screen never keeps its own copy of each service's fields. Empty when the step records nothing.
 */
export function registryDataFields(regulation: Regulation, stepId: string): RegistryDataField[] {
  const step = regulation.steps.find((s) => s.id === stepId);
  const schema = step ? stepDataSchemaFor(regulation.service.code, step) : null;
  if (!schema) return [];
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, { type?: string; format?: string }>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    kind: property.type === 'integer' || property.type === 'number' ? 'integer' : property.type === 'array' ? 'iinList' : property.format === 'date' ? 'date' : 'text',
    required: json.required?.includes(name) ?? false,
  }));
}
