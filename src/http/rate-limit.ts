import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance, RouteOptions } from 'fastify';
import type { AppContext } from '../application/app-context.ts';
import { countRequest } from '../application/rate-limits/count-request.ts';
import { AppError } from '../core/errors/app-error.ts';

/**
 * Per-address request limits on the anonymous identity endpoints (issue #13, finding 4), per route and per minute.
 * They come on top of the per-login lockout (application/identity/sign-in-guard.ts) and are kept in the database, so
 * two server processes share one count. Figures are ours: generous for a person, small for a script.
 */
export const ADDRESS_LIMITS_PER_MINUTE: Readonly<Record<string, number>> = {
  'POST /api/auth/sign-in': 30,
  'POST /api/portal/sign-in': 30,
  'POST /api/portal/sign-up/code': 10,
  'POST /api/portal/sign-up': 10,
  'POST /api/portal/eds-sign-up': 10,
  'POST /api/portal/eds-challenge': 20,
  'POST /api/portal/eds-sign-in': 20,
  'POST /api/auth/password': 10,
  'POST /api/portal/password': 10,
};

const WINDOW_MS = 60_000;

interface RateLimitStore {
  incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow: number, max: number): void;
  child(routeOptions: { routeInfo?: { method?: string | string[]; url?: string } }): RateLimitStore;
}

/**
 * A @fastify/rate-limit store in the database: one row per route and address with its hit count and window end
 * (application/rate-limits/count-request.ts), on the app's clock.
 */
function databaseStore(ctx: AppContext, routeKey = ''): RateLimitStore {
  return {
    incr(key, callback, timeWindow) {
      countRequest(ctx, `${routeKey} ${key}`, timeWindow)
        .then((count) => callback(null, count))
        .catch((error: Error) => callback(error));
    },
    child(options) {
      const method = options.routeInfo?.method;
      return databaseStore(ctx, `${Array.isArray(method) ? method.join(',') : (method ?? '')} ${options.routeInfo?.url ?? ''}`);
    },
  };
}

/**
 * Registers the limiter (not global: only the routes above). Must run before those routes are added: it fills in
 * their `config.rateLimit` on the onRoute hook, so the route files stay free of it.
 */
export async function registerRateLimits(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.addHook('onRoute', (route: RouteOptions) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const max = methods.map((method) => ADDRESS_LIMITS_PER_MINUTE[`${method} ${route.url}`]).find((limit) => limit !== undefined);
    if (max !== undefined) route.config = { ...(route.config as object), rateLimit: { max, timeWindow: WINDOW_MS } };
  });
  const store = databaseStore(ctx);
  await app.register(fastifyRateLimit, {
    global: false,
    // The plugin constructs the store with `new`; a class over the closure above.
    store: class {
      constructor() {
        return store;
      }
    } as never,
    errorResponseBuilder: (_request, context) =>
      new AppError('TOO_MANY_REQUESTS', `rate limit: more than ${context.max} a minute from one address`, { retryAfterSeconds: Math.max(1, Math.ceil(context.ttl / 1000)) }),
  });
}
