import { createTransport } from 'nodemailer';
import { LANGUAGES, type Language, type Text } from '../../core/i18n/text.ts';
import type { NotificationSender, OutgoingNotification } from '../../core/ports/notification-sender.ts';

export interface SmtpSettings {
  /** smtp://user:password@host:port (STARTTLS when the server offers it) or smtps://… (TLS from the start). */
  readonly url: string;
  /** The From header, e.g. `Qyzmet <noreply@qyzmet.example.kz>`. */
  readonly from: string;
}

/** The chosen language first, then the other two, so a person who reads another language still understands it. */
function bodyText(body: Text, first: Language): string {
  return [first, ...LANGUAGES.filter((language) => language !== first)].map((language) => body[language]).join('\n\n— — —\n\n');
}

/**
 * E-mail through an SMTP server with nodemailer (issue #17). One pooled transport per process; a send that the
 * server refuses or that cannot connect throws, and the caller keeps the notice pending (deliver-notices.ts).
 * The sender handles only e-mail: SMS goes to the SMS adapter (channel-router.ts).
 */
export function createSmtpNotificationSender(settings: SmtpSettings): NotificationSender & { close(): void } {
  const transport = createTransport(settings.url, { from: settings.from });
  return {
    kind: 'smtp',
    async send(notification: OutgoingNotification) {
      if (notification.channel !== 'email') throw new Error(`the SMTP sender sends e-mail, not ${notification.channel}`);
      const language = notification.language ?? 'kk';
      await transport.sendMail({
        to: notification.recipient,
        subject: notification.subject[language],
        text: bodyText(notification.body, language),
        headers: { 'X-Qyzmet-Purpose': notification.purpose },
      });
    },
    close: () => transport.close(),
  };
}
