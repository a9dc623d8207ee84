import type { NotificationSender } from '../../core/ports/notification-sender.ts';
import type { SqlExecutor } from '../db/database.ts';

/**
 * The local notification adapter: every message goes to `notification_outbox` (migration 0011) instead of an SMS or
 * e-mail gateway, so a tester — or a demo — reads the code there:
 * `select recipient, body->>'en' from notification_outbox order by created_at desc limit 1`.
 */
export function createOutboxNotificationSender(db: SqlExecutor): NotificationSender {
  return {
    kind: 'outbox',
    async send(notification, at) {
      await db.execute('insert into notification_outbox (channel, recipient, purpose, subject, body, created_at) values ($1, $2, $3, $4, $5, $6)', [
        notification.channel,
        notification.recipient,
        notification.purpose,
        JSON.stringify(notification.subject),
        JSON.stringify(notification.body),
        at.toISOString(),
      ]);
    },
  };
}
