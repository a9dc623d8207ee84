import type { z } from 'zod';
import { findRegistryStepData } from '../../../adapters/db/registry-step-data-store.ts';
import { AppError } from '../../../core/errors/app-error.ts';
import { issueReason, reasonDetails } from '../../../core/errors/validation-reasons.ts';
import type { RegistryWork } from './registry-work.ts';

/**
 * What the executor entered for this step — sent with the decision as `input.registryData` (stored in the same
 * transaction before the effects run) or earlier by PUT /api/cases/{caseId}/steps/{stepId}/registry-data — checked
 * again against the schema; `required` makes its absence a REGISTRY_DATA_REQUIRED error.
 */
export async function enteredStepData(work: RegistryWork, schema: z.ZodType<Record<string, unknown>>, required: boolean): Promise<Record<string, unknown> | null> {
  const entry = await findRegistryStepData(work.tx, work.state.id, work.step.id);
  if (!entry) {
    if (!required) return null;
    throw new AppError('REGISTRY_DATA_REQUIRED', `case ${work.state.id} step ${work.step.id}: no registry data`, {
      stepId: work.step.id,
      ...reasonDetails({
        kk: 'тізілім деректерін шешіммен бірге жіберіңіз немесе алдын ала енгізіңіз',
        ru: 'передайте данные для реестра вместе с решением или внесите их заранее',
        en: `send it with the decision (input.registryData) or first by PUT /api/cases/${work.state.id}/steps/${work.step.id}/registry-data`,
      }),
    });
  }
  const parsed = schema.safeParse(entry.data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('REGISTRY_DATA_REQUIRED', `case ${work.state.id} step ${work.step.id}: ${issue?.message}`, {
      stepId: work.step.id,
      ...reasonDetails(issueReason(issue)),
    });
  }
  return parsed.data;
}
