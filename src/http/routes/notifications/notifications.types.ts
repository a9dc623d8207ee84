import { z } from 'zod';
import { ZQueryBoolean } from '../../input-schemas.ts';

export const ZNotification = z
  .object({
    id: z.string(),
    caseId: z.string().nullable(),
    kind: z.string(),
    payload: z.record(z.string(), z.unknown()),
    createdAt: z.string(),
    readAt: z.string().nullable(),
  })
  .meta({ id: 'Notification' });

export const ZNotificationQuery = z.object({ unreadOnly: ZQueryBoolean.default(false), limit: z.coerce.number().int().min(1).max(200).default(50) });
export const ZNotificationParams = z.object({ notificationId: z.uuid() });
