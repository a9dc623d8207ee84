import { findRegistryStepData } from '../../adapters/db/registry-step-data-store.ts';
import type { AppContext } from '../app-context.ts';

/** What was entered for a registry step of a case, or null. The caller has checked that the reader may see the case. */
export function registryStepDataOf(app: AppContext, caseId: string, stepId: string): ReturnType<typeof findRegistryStepData> {
  return findRegistryStepData(app.db, caseId, stepId);
}
