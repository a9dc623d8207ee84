import { z } from 'zod';
import type { AppContext } from '../../application/app-context.ts';
import { checkHealth } from '../../application/health/check-health.ts';
import type { ZodFastify } from '../zod-fastify.ts';

export function registerHealth(app: ZodFastify, ctx: AppContext): void {
  app.get(
    '/health',
    {
      schema: {
        tags: ['system'],
        summary: 'Liveness and database reachability',
        response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']), regulations: z.number().int() }) },
      },
    },
    async () => checkHealth(ctx),
  );
}
