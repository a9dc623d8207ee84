import type { SqlExecutor } from '../../adapters/db/database.ts';
import { findCaseStateWithProvider } from '../../adapters/db/provider-store.ts';
import type { Provider } from '../../core/org/provider.ts';
import type { StaffMember } from '../../core/org/staff-member.ts';
import type { CaseState } from '../../core/case/case-state.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { assertCanSeeCase } from '../access.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A case the staff member may see, with its provider; "not found" otherwise. */
export async function loadVisibleCase(db: SqlExecutor, staff: StaffMember, caseId: string): Promise<{ state: CaseState; provider: Provider }> {
  const found = UUID.test(caseId) ? await findCaseStateWithProvider(db, caseId) : null;
  if (!found) throw new AppError('CASE_NOT_FOUND', `no case ${caseId}`);
  const { state, provider } = found;
  assertCanSeeCase(staff, state, provider);
  if (!provider) throw new Error(`case ${caseId} names missing provider ${state.providerId}`);
  return { state, provider };
}
