import { z } from 'zod';
import type { AppContext } from '../../../application/app-context.ts';
import { markNotificationRead, staffNotifications } from '../../../application/notifications/staff-notifications.ts';
import { routeKit } from '../../route-kit.ts';
import type { ZodFastify } from '../../zod-fastify.ts';
import { ZNotification, ZNotificationParams, ZNotificationQuery } from './notifications.types.ts';

export function registerNotificationRoutes(app: ZodFastify, ctx: AppContext): void {
  const route = routeKit(app, ctx);
  route(
    {
      method: 'GET',
      url: '/api/notifications',
      tag: 'notifications',
      summary: "The signed-in person's notifications (late steps, late cases), newest first",
      caller: 'staff',
      query: ZNotificationQuery,
      response: z.array(ZNotification),
    },
    ({ actor, query }) => staffNotifications(ctx, actor, query),
  );

  route(
    { method: 'POST', url: '/api/notifications/:notificationId/read', tag: 'notifications', summary: 'Mark a notification read', caller: 'staff', params: ZNotificationParams, status: 204 },
    ({ actor, params }) => markNotificationRead(ctx, actor, params.notificationId),
  );
}
