import { z } from 'zod';
import { ZQueryBoolean } from '../../input-schemas.ts';
import type { AppContext } from '../../../application/app-context.ts';
import { markNotificationRead, staffNotifications } from '../../../application/notifications/staff-notifications.ts';
import { requireStaff } from '../../authenticate.ts';
import { errorResponses } from '../../schemas.ts';
import type { ZodFastify } from '../../zod-fastify.ts';

const ZNotification = z
  .object({
    id: z.string(),
    caseId: z.string().nullable(),
    kind: z.string(),
    payload: z.record(z.string(), z.unknown()),
    createdAt: z.string(),
    readAt: z.string().nullable(),
  })
  .meta({ id: 'Notification' });

export function registerNotificationRoutes(app: ZodFastify, ctx: AppContext): void {
  app.get(
    '/api/notifications',
    {
      schema: {
        tags: ['notifications'],
        summary: "The signed-in person's notifications (late steps, late cases), newest first",
        security: [{ bearer: [] }],
        querystring: z.object({ unreadOnly: ZQueryBoolean.default(false), limit: z.coerce.number().int().min(1).max(200).default(50) }),
        response: { 200: z.array(ZNotification), ...errorResponses },
      },
    },
    async (request) => {
      const staff = await requireStaff(ctx, request);
      return staffNotifications(ctx, staff, request.query);
    },
  );

  app.post(
    '/api/notifications/:notificationId/read',
    {
      schema: {
        tags: ['notifications'],
        summary: 'Mark a notification read',
        security: [{ bearer: [] }],
        params: z.object({ notificationId: z.uuid() }),
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const staff = await requireStaff(ctx, request);
      await markNotificationRead(ctx, staff, request.params.notificationId);
      return reply.status(204).send(null);
    },
  );
}
