import { z } from 'zod';
import { notificationFields } from '../../schemas.ts';

const ZLanguage = z.enum(['kk', 'ru', 'en']);

export const ZContactPreferencesInput = z
  .object({
    email: z.email().max(254).nullable().describe('Where e-mail notices go'),
    phone: z
      .string()
      .regex(/^\+7\d{10}$/, 'a Kazakh mobile number, +7 and ten digits')
      .nullable()
      .describe('Where SMS notices go (+7XXXXXXXXXX)'),
    emailEnabled: z.boolean(),
    smsEnabled: z.boolean(),
    language: ZLanguage.describe('The language notices lead with'),
  })
  .refine((value) => !value.emailEnabled || value.email !== null, { path: ['email'], message: 'an e-mail address is needed to receive notices by e-mail' })
  .refine((value) => !value.smsEnabled || value.phone !== null, { path: ['phone'], message: 'a phone number is needed to receive notices by SMS' })
  .meta({ id: 'ContactPreferencesChange' });

export const ZContactPreferences = z
  .object({
    email: z.string().nullable(),
    phone: z.string().nullable(),
    emailEnabled: z.boolean(),
    smsEnabled: z.boolean(),
    language: ZLanguage,
    phoneOnRecord: z.string().nullable().describe('The phone the persons database holds'),
  })
  .meta({ id: 'ContactPreferences' });

const ZText = z.object({ kk: z.string(), ru: z.string(), en: z.string() });

export const ZCitizenNotification = z
  .object({
    ...notificationFields,
    payload: z.looseObject({ status: z.string().optional().describe('The status the case moved to'), regulationId: z.string().optional() }),
    message: z.object({ subject: ZText, body: ZText }).nullable().describe('What the notice says: the service, the case number and what to do next'),
    deliveries: z
      .array(z.object({ channel: z.enum(['email', 'sms']), status: z.enum(['pending', 'sent']), attempts: z.number().int(), sentAt: z.string().nullable() }))
      .describe('How the e-mail and SMS copies fared'),
  })
  .meta({ id: 'CitizenNotification' });
