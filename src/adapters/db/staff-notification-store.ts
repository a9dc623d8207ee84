import type { SqlExecutor } from './database.ts';

export interface StaffNotificationRow {
  readonly id: string;
  readonly case_id: string | null;
  readonly kind: string;
  readonly payload: Record<string, unknown>;
  readonly created_at: Date;
  readonly read_at: Date | null;
}

/** A member of staff's notifications, newest first; with `unreadOnly`, only those not yet read. */
export async function listStaffNotifications(db: SqlExecutor, staffId: string, unreadOnly: boolean, limit: number): Promise<StaffNotificationRow[]> {
  return db.execute<StaffNotificationRow>(
    `select id, case_id, kind, payload, created_at, read_at from notifications
      where recipient_staff_id = $1 and ($2::boolean = false or read_at is null)
      order by created_at desc, id limit $3`,
    [staffId, unreadOnly, limit],
  );
}

/** Marks one of the recipient's notifications read; the first reading time stays. Someone else's id changes nothing. */
export async function markStaffNotificationRead(db: SqlExecutor, notificationId: string, staffId: string, readAt: Date): Promise<void> {
  await db.execute('update notifications set read_at = coalesce(read_at, $3) where id = $1 and recipient_staff_id = $2', [notificationId, staffId, readAt.toISOString()]);
}
