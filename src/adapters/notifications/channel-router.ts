import type { NotificationChannel, NotificationSender } from '../../core/ports/notification-sender.ts';

/**
 * One NotificationSender over one adapter per channel: e-mail to the SMTP adapter (or the local outbox when no SMTP
 * server is configured), SMS to the SMS adapter — whose only implementation today is the local outbox, since no SMS
 * gateway can be reached from here (QYZMET_SMS_GATEWAY=outbox). A real gateway implements NotificationSender for
 * `sms` and takes the outbox's place.
 */
export function routeByChannel(adapters: Readonly<Record<NotificationChannel, NotificationSender>>): NotificationSender {
  return {
    kind: `email:${adapters.email.kind},sms:${adapters.sms.kind}`,
    send: (notification, at) => adapters[notification.channel].send(notification, at),
  };
}
