import type { AppContext } from '../../../application/app-context.ts';
import { checkHealth } from '../../../application/health/check-health.ts';
import { routeKit } from '../../route-kit.ts';
import type { ZodFastify } from '../../zod-fastify.ts';
import { ZHealth } from './health.types.ts';

export function registerHealth(app: ZodFastify, ctx: AppContext): void {
  routeKit(app, ctx)({ method: 'GET', url: '/health', tag: 'system', summary: 'Liveness and database reachability', caller: 'public', response: ZHealth, errors: [] }, () => checkHealth(ctx));
}
