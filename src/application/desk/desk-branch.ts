import { findProvider } from '../../adapters/db/provider-store.ts';
import type { Provider } from '../../core/org/provider.ts';
import type { StaffMember } from '../../core/org/staff-member.ts';
import { formatIsoDate } from '../../core/calendar/civil-date.ts';
import { localPositionOf, timeZoneOfRegion } from '../../core/calendar/time-zones.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { SqlExecutor } from '../../adapters/db/database.ts';

/**
 * The State Corporation branch an operator works at: a `providers` row of kind `stateCorporation` (the branch is an
 * organisation with a BIN and a region, not a service provider; it never owns cases).
 */
export async function deskBranchOf(db: SqlExecutor, staff: StaffMember): Promise<Provider> {
  const branch = staff.role === 'scOperator' && staff.providerId ? await findProvider(db, staff.providerId) : null;
  if (!branch || branch.kind !== 'stateCorporation') throw new AppError('NOT_A_DESK_BRANCH', `staff ${staff.id} is not an operator of a State Corporation branch`);
  return branch;
}

/** The branch's local calendar day (queue numbers restart every local morning, not at UTC midnight). */
export function branchDay(branch: Provider, now: Date): string {
  return formatIsoDate(localPositionOf(timeZoneOfRegion(branch.region), now.getTime()).epochDay);
}
