import type { ReadObject, ReadPurpose } from '../../core/audit/read-purposes.ts';
import type { StaffMember } from '../../core/org/staff-member.ts';
import type { SqlExecutor } from './database.ts';

/**
 * Appends one staff read to `read_audit_log` (its trigger chains it per person, migration 0014b). A staff member
 * without a region of their own is recorded with their provider's region.
 */
export async function insertStaffRead(db: SqlExecutor, at: Date, staff: StaffMember, object: ReadObject, purpose: ReadPurpose): Promise<void> {
  await db.execute(
    `insert into read_audit_log (at, staff_id, staff_role, provider_id, region, subject_iin, object_kind, object_id, purpose)
     values ($1, $2, $3, $4, coalesce($5, (select region from providers where id = $4)), $6, $7, $8, $9)`,
    [at.toISOString(), staff.id, staff.role, staff.providerId, staff.region, object.subjectIin, object.kind, object.id, purpose],
  );
}
