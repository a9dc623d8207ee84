import type { SqlExecutor } from '../../adapters/db/database.ts';
import { findCaseStateWithProvider } from '../../adapters/db/provider-store.ts';
import type { Provider } from '../../core/org/provider.ts';
import type { StaffMember } from '../../core/org/staff-member.ts';
import type { CaseState } from '../../core/case/case-state.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { assertCanSeeCase } from '../access.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a case id can name a case at all (anything else is "not found" without a query). */
export const isCaseId = (caseId: string): boolean => UUID.test(caseId);

/** A case the staff member may see, with its provider, from what a read found; "not found" otherwise. */
export function visibleCase<T extends { state: CaseState; provider: Provider | null }>(staff: StaffMember, caseId: string, found: T | null): T & { provider: Provider } {
  if (!found) throw new AppError('CASE_NOT_FOUND', `no case ${caseId}`);
  const { state, provider } = found;
  assertCanSeeCase(staff, state, provider);
  if (!provider) throw new Error(`case ${caseId} names missing provider ${state.providerId}`);
  return { ...found, provider };
}

/** A case the staff member may see, with its provider; "not found" otherwise. */
export async function loadVisibleCase(db: SqlExecutor, staff: StaffMember, caseId: string): Promise<{ state: CaseState; provider: Provider }> {
  return visibleCase(staff, caseId, isCaseId(caseId) ? await findCaseStateWithProvider(db, caseId) : null);
}
