import type { Language } from '../../core/i18n/text.ts';
import type { NotificationChannel } from '../../core/ports/notification-sender.ts';
import type { SqlExecutor } from './database.ts';

/** A citizen's notices, where they want them and what is owed to each channel (migrations 0009 and 0017). */

export interface ContactPreferences {
  readonly email: string | null;
  readonly phone: string | null;
  readonly emailEnabled: boolean;
  readonly smsEnabled: boolean;
  readonly language: Language;
}

const iso = (at: Date | string | null) => (at === null ? null : new Date(at).toISOString());

export async function findContactPreferences(db: SqlExecutor, iin: string): Promise<ContactPreferences | null> {
  const [row] = await db.execute<{ email: string | null; phone: string | null; email_enabled: boolean; sms_enabled: boolean; language: Language }>(
    'select email, phone, email_enabled, sms_enabled, language from citizen_contact_preferences where citizen_iin = $1',
    [iin],
  );
  return row ? { email: row.email, phone: row.phone, emailEnabled: row.email_enabled, smsEnabled: row.sms_enabled, language: row.language } : null;
}

export async function saveContactPreferences(db: SqlExecutor, iin: string, preferences: ContactPreferences, at: Date): Promise<void> {
  await db.execute(
    `insert into citizen_contact_preferences (citizen_iin, email, phone, email_enabled, sms_enabled, language, updated_at) values ($1, $2, $3, $4, $5, $6, $7)
     on conflict (citizen_iin) do update set email = excluded.email, phone = excluded.phone, email_enabled = excluded.email_enabled,
       sms_enabled = excluded.sms_enabled, language = excluded.language, updated_at = excluded.updated_at`,
    [iin, preferences.email, preferences.phone, preferences.emailEnabled, preferences.smsEnabled, preferences.language, at.toISOString()],
  );
}

/** The phone the persons database holds for the IIN (offered as the SMS number until the citizen gives another). */
export async function phoneOnRecord(db: SqlExecutor, iin: string): Promise<string | null> {
  const [row] = await db.execute<{ phone: string | null }>('select phone from persons where iin = $1', [iin]);
  return row?.phone ?? null;
}

/** What a notice says is built from these facts (core/notifications/citizen-notice-text.ts). */
export interface NoticeRecord {
  readonly notificationId: string;
  readonly citizenIin: string;
  readonly caseId: string | null;
  readonly kind: string;
  readonly payload: Record<string, unknown>;
  readonly createdAt: string;
  readonly readAt: string | null;
  readonly journalNumber: string | null;
  readonly overallDueAt: string | null;
  readonly deliveries: readonly { channel: NotificationChannel; status: 'pending' | 'sent'; attempts: number; sentAt: string | null }[];
}

interface NoticeRow {
  id: string;
  citizen_iin: string;
  case_id: string | null;
  kind: string;
  payload: Record<string, unknown>;
  created_at: Date;
  read_at: Date | null;
  journal_number: string | null;
  overall_due_at: Date | null;
  deliveries: { channel: NotificationChannel; status: 'pending' | 'sent'; attempts: number; sent_at: string | null }[] | null;
}

const NOTICE_SELECT = `select n.id, n.citizen_iin, n.case_id, n.kind, n.payload, n.created_at, n.read_at, c.journal_number, c.overall_due_at,
    (select jsonb_agg(jsonb_build_object('channel', d.channel, 'status', d.status, 'attempts', d.attempts, 'sent_at', d.sent_at) order by d.channel)
       from notification_deliveries d where d.citizen_notification_id = n.id) as deliveries
  from citizen_notifications n left join cases c on c.id = n.case_id`;

function toNotice(row: NoticeRow): NoticeRecord {
  return {
    notificationId: row.id,
    citizenIin: row.citizen_iin,
    caseId: row.case_id,
    kind: row.kind,
    payload: row.payload,
    createdAt: new Date(row.created_at).toISOString(),
    readAt: iso(row.read_at),
    journalNumber: row.journal_number,
    overallDueAt: iso(row.overall_due_at),
    deliveries: (row.deliveries ?? []).map((d) => ({ channel: d.channel, status: d.status, attempts: d.attempts, sentAt: iso(d.sent_at) })),
  };
}

/** The citizen's notices, newest first, with the case facts they name and how each channel fared. */
export async function listCitizenNotices(db: SqlExecutor, iin: string, limit: number): Promise<NoticeRecord[]> {
  const rows = await db.execute<NoticeRow>(`${NOTICE_SELECT} where n.citizen_iin = $1 order by n.created_at desc, n.id limit $2`, [iin, limit]);
  return rows.map(toNotice);
}

export interface DueDelivery {
  readonly deliveryId: string;
  readonly channel: NotificationChannel;
  readonly recipient: string;
  readonly language: Language;
  readonly attempts: number;
  readonly notice: NoticeRecord;
}

/**
 * Takes up to `limit` pending deliveries that are due, counts the attempt and leases them until `leaseUntil`, so a
 * second process does not send the same notice meanwhile (`skip locked`); a process that dies mid-send leaves the
 * row pending, to be taken again when the lease ends.
 */
export async function claimDueDeliveries(tx: SqlExecutor, now: Date, leaseUntil: Date, limit: number): Promise<DueDelivery[]> {
  const claimed = await tx.execute<{ id: string; channel: NotificationChannel; recipient: string; language: Language; attempts: number; citizen_notification_id: string }>(
    `update notification_deliveries set attempts = attempts + 1, next_attempt_at = $2
      where id in (select id from notification_deliveries where status = 'pending' and next_attempt_at <= $1 order by next_attempt_at, id limit $3 for update skip locked)
      returning id, channel, recipient, language, attempts, citizen_notification_id`,
    [now.toISOString(), leaseUntil.toISOString(), limit],
  );
  if (claimed.length === 0) return [];
  const due: DueDelivery[] = [];
  for (const c of claimed) {
    const [row] = await tx.execute<NoticeRow>(`${NOTICE_SELECT} where n.id = $1`, [c.citizen_notification_id]);
    if (row) due.push({ deliveryId: c.id, channel: c.channel, recipient: c.recipient, language: c.language, attempts: c.attempts, notice: toNotice(row) });
  }
  return due;
}

export async function markDeliverySent(db: SqlExecutor, deliveryId: string, at: Date): Promise<void> {
  await db.execute(`update notification_deliveries set status = 'sent', sent_at = $2, last_error = null where id = $1`, [deliveryId, at.toISOString()]);
}

export async function markDeliveryFailed(db: SqlExecutor, deliveryId: string, nextAttemptAt: Date, error: string): Promise<void> {
  await db.execute(`update notification_deliveries set next_attempt_at = $2, last_error = $3 where id = $1 and status = 'pending'`, [deliveryId, nextAttemptAt.toISOString(), error.slice(0, 1000)]);
}

export interface DeliveryRecord {
  readonly channel: NotificationChannel;
  readonly recipient: string;
  readonly status: 'pending' | 'sent';
  readonly attempts: number;
  readonly lastError: string | null;
  readonly nextAttemptAt: string;
  readonly sentAt: string | null;
}

/** Every delivery owed to a citizen, for the tests and the operations view (never deleted). */
export async function deliveriesOfCitizen(db: SqlExecutor, iin: string): Promise<DeliveryRecord[]> {
  const rows = await db.execute<{ channel: NotificationChannel; recipient: string; status: 'pending' | 'sent'; attempts: number; last_error: string | null; next_attempt_at: Date; sent_at: Date | null }>(
    `select d.channel, d.recipient, d.status, d.attempts, d.last_error, d.next_attempt_at, d.sent_at
       from notification_deliveries d join citizen_notifications n on n.id = d.citizen_notification_id
      where n.citizen_iin = $1 order by d.created_at, d.channel`,
    [iin],
  );
  return rows.map((r) => ({ channel: r.channel, recipient: r.recipient, status: r.status, attempts: r.attempts, lastError: r.last_error, nextAttemptAt: new Date(r.next_attempt_at).toISOString(), sentAt: iso(r.sent_at) }));
}

/** The citizen has read the notification (only their own; the first reading time stays). */
export async function markNotificationRead(db: SqlExecutor, iin: string, notificationId: string, at: Date): Promise<void> {
  await db.execute('update citizen_notifications set read_at = coalesce(read_at, $3) where id = $1 and citizen_iin = $2', [notificationId, iin, at.toISOString()]);
}
