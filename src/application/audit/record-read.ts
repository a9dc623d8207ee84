import type { SqlExecutor } from '../../adapters/db/database.ts';
import { insertStaffRead } from '../../adapters/db/audit-store.ts';
import type { StaffMember } from '../../core/org/staff-member.ts';
import type { ReadObject, ReadPurpose } from '../../core/audit/read-purposes.ts';
import type { AppContext } from '../app-context.ts';

/**
 * THE place where a staff member's read of a person's data is recorded (issue #14, finding 4): who, when, what and
 * for which use case, into the append-only, hash-chained read_audit_log (migration 0014b computes the chain). Called
 * by every use case that hands such data to staff, before the data leave: if the record cannot be written, the read
 * fails. The reader's region is kept with the row (a provider's region for its staff) for the supervisors' filter.
 */
export async function recordStaffRead(
  app: Pick<AppContext, 'db' | 'clock'>,
  staff: StaffMember,
  object: ReadObject,
  purpose: ReadPurpose,
  executor: SqlExecutor = app.db,
): Promise<void> {
  await insertStaffRead(executor, app.clock(), staff, object, purpose);
}
