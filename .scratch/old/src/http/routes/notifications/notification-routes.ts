import { z } from 'zod';
import type { AppContext } from '../../../application/app-context.ts';
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
        querystring: z.object({ unreadOnly: z.coerce.boolean().default(false), limit: z.coerce.number().int().min(1).max(200).default(50) }),
        response: { 200: z.array(ZNotification), ...errorResponses },
      },
    },
    async (request) => {
      const staff = await requireStaff(ctx, request);
      const rows = await ctx.db.execute<{ id: string; case_id: string | null; kind: string; payload: Record<string, unknown>; created_at: Date; read_at: Date | null }>(
        `select id, case_id, kind, payload, created_at, read_at from notifications
          where recipient_staff_id = $1 and ($2::boolean = false or read_at is null)
          order by created_at desc, id limit $3`,
        [staff.id, request.query.unreadOnly, request.query.limit],
      );
      return rows.map((r) => ({ id: r.id, caseId: r.case_id, kind: r.kind, payload: r.payload, createdAt: r.created_at.toISOString(), readAt: r.read_at?.toISOString() ?? null }));
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
      await ctx.db.execute('update notifications set read_at = coalesce(read_at, $3) where id = $1 and recipient_staff_id = $2', [
        request.params.notificationId,
        staff.id,
        ctx.clock().toISOString(),
      ]);
      return reply.status(204).send(null);
    },
  );
}
