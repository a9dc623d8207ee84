import { z } from 'zod';
import { executorLoads, listProviderStaff } from '../../../adapters/db/staff-store.ts';
import type { AppContext } from '../../../application/app-context.ts';
import { requireStaff } from '../../authenticate.ts';
import { errorResponses } from '../../schemas.ts';
import type { ZodFastify } from '../../zod-fastify.ts';

export function registerProviderRoutes(app: ZodFastify, ctx: AppContext): void {
  app.get(
    '/api/executors',
    {
      schema: {
        tags: ['staff'],
        summary: "The responsible executors of the head's provider with their open cases (for the resolution)",
        security: [{ bearer: [] }],
        response: { 200: z.array(z.object({ id: z.string(), fullName: z.string(), openCases: z.number().int() })), ...errorResponses },
      },
    },
    async (request) => {
      const staff = await requireStaff(ctx, request, ['head']);
      if (!staff.providerId) return [];
      const [executors, loads] = await Promise.all([listProviderStaff(ctx.db, staff.providerId, 'executor'), executorLoads(ctx.db, staff.providerId)]);
      return executors.map((e) => ({ id: e.id, fullName: e.fullName, openCases: loads.get(e.id) ?? 0 }));
    },
  );
}
