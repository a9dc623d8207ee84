import { listStaffNotifications, markStaffNotificationRead } from '../../adapters/db/staff-notification-store.ts';
import type { StaffMember } from '../../core/org/staff-member.ts';
import type { AppContext } from '../app-context.ts';

/** The signed-in staff member's notifications, newest first. */
export async function staffNotifications(app: AppContext, staff: StaffMember, query: { unreadOnly: boolean; limit: number }) {
  const rows = await listStaffNotifications(app.db, staff.id, query.unreadOnly, query.limit);
  return rows.map((r) => ({ id: r.id, caseId: r.case_id, kind: r.kind, payload: r.payload, createdAt: r.created_at.toISOString(), readAt: r.read_at?.toISOString() ?? null }));
}

/** Marks the staff member's own notification read, on the app's clock. */
export function markNotificationRead(app: AppContext, staff: StaffMember, notificationId: string): Promise<void> {
  return markStaffNotificationRead(app.db, notificationId, staff.id, app.clock());
}
