import type { AppContext } from '../../../application/app-context.ts';
import { executorsWithLoad } from '../../../application/providers/executor-loads.ts';
import { routeKit } from '../../route-kit.ts';
import type { ZodFastify } from '../../zod-fastify.ts';
import { ZExecutorLoads } from './providers.types.ts';

export function registerProviderRoutes(app: ZodFastify, ctx: AppContext): void {
  routeKit(app, ctx)(
    {
      method: 'GET',
      url: '/api/executors',
      tag: 'staff',
      summary: "The responsible executors of the head's provider with their open cases (for the resolution)",
      caller: 'staff',
      roles: ['head'],
      response: ZExecutorLoads,
    },
    ({ actor }) => (actor.providerId ? executorsWithLoad(ctx, actor.providerId) : []),
  );
}
