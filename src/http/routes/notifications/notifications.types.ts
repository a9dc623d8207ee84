import { z } from 'zod';
import { ZQueryBoolean } from '../../input-schemas.ts';
import { notificationFields } from '../../schemas.ts';

export const ZNotification = z.object(notificationFields).meta({ id: 'Notification' });

export const ZNotificationQuery = z.object({ unreadOnly: ZQueryBoolean.default(false), limit: z.coerce.number().int().min(1).max(200).default(50) });
export const ZNotificationParams = z.object({ notificationId: z.uuid() });
