import { z } from 'zod';
import type { AppContext } from '../../../application/app-context.ts';
import { executorsWithLoad } from '../../../application/providers/executor-loads.ts';
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
      return executorsWithLoad(ctx, staff.providerId);
    },
  );
}
