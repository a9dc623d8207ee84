import type { Language, Text } from '../i18n/text.ts';

/**
 * Sends a message to a person outside Qyzmet: a one-time code, a notice. The local adapter writes an outbox a tester
 * reads (src/adapters/notifications/); SMS and e-mail gateways implement the same port. The text goes in all three
 * languages and the adapter (or the person's phone) picks one, so callers never choose a language for the recipient.
 */
export const NOTIFICATION_CHANNELS = ['sms', 'email'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

export interface OutgoingNotification {
  readonly channel: NotificationChannel;
  /** A phone number (+7…) for sms, an address for email. */
  readonly recipient: string;
  readonly subject: Text;
  readonly body: Text;
  /** What the message is about, for the outbox and logs (e.g. `signUpCode`); never its secret content. */
  readonly purpose: string;
  /** The language the person chose to read first (the other two follow); absent: Kazakh. */
  readonly language?: Language;
}

export interface NotificationSender {
  /** Which implementation sends (`outbox`, …). */
  readonly kind: string;
  send(notification: OutgoingNotification, at: Date): Promise<void>;
}

/** Where a person can be reached, as the persons database records it. */
export interface PersonContact {
  readonly channel: NotificationChannel;
  readonly recipient: string;
}
