import { claimDueDeliveries, markDeliveryFailed, markDeliverySent } from '../../adapters/db/notification-store.ts';
import { DELIVERY_LEASE_MINUTES, retryDelayMinutes } from '../../core/notifications/delivery-retry.ts';
import type { NotificationSender } from '../../core/ports/notification-sender.ts';
import type { AppContext } from '../app-context.ts';
import { noticeMessage } from './citizen-notices.ts';

const MINUTE_MS = 60_000;

export interface DeliveryRun {
  readonly sent: number;
  readonly failed: number;
}

/**
 * Sends the notices owed to e-mail and SMS (notification_deliveries, written with each cabinet notice by the 0017
 * trigger). A failed send keeps the row pending with its error and a later try (delivery-retry.ts); nothing is ever
 * dropped. Runs on a timer in every server process (QYZMET_NOTICE_DELIVERY_SECONDS); the lease keeps two processes
 * from sending one notice twice.
 */
export async function deliverDueNotices(app: AppContext, sender: NotificationSender, options: { limit?: number } = {}): Promise<DeliveryRun> {
  const now = app.clock();
  const due = await app.db.transaction((tx) => claimDueDeliveries(tx, now, new Date(now.getTime() + DELIVERY_LEASE_MINUTES * MINUTE_MS), options.limit ?? 50));
  let sent = 0;
  let failed = 0;
  for (const delivery of due) {
    const message = noticeMessage(app, delivery.notice);
    try {
      if (!message) throw new Error(`notice ${delivery.notice.notificationId} of kind ${delivery.notice.kind} has no wording`);
      await sender.send({ channel: delivery.channel, recipient: delivery.recipient, subject: message.subject, body: message.body, purpose: `notice:${delivery.notice.kind}`, language: delivery.language }, now);
      await markDeliverySent(app.db, delivery.deliveryId, app.clock());
      sent += 1;
    } catch (error) {
      const retryAt = new Date(now.getTime() + retryDelayMinutes(delivery.attempts) * MINUTE_MS);
      await markDeliveryFailed(app.db, delivery.deliveryId, retryAt, error instanceof Error ? error.message : String(error));
      failed += 1;
    }
  }
  return { sent, failed };
}
