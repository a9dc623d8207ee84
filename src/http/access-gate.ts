import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../application/app-context.ts';
import { admissionError, admit } from '../core/access/access-policy.ts';
import { operationKey, operationPolicy } from '../core/access/operation-policy.ts';
import { requestPrincipal } from './principal.ts';

/**
 * Every API operation asks the access policy before anything else runs (before the body is parsed and validated):
 * nobody signed in → 401, the wrong kind of session or role → 403, both in the documented error shape. A route with
 * no entry in the declared table (core/access/operation-policy.ts) stops the server from starting: deny by default.
 * What a principal may see of a resource (a case, a file, a record) is decided further in, by the use case.
 */
export function registerAccessGate(app: FastifyInstance, ctx: AppContext): void {
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    const methods = (Array.isArray(route.method) ? route.method : [route.method]).filter((m) => m !== 'HEAD');
    for (const method of methods) {
      if (!operationPolicy(method, route.url)) throw new Error(`no access policy for ${operationKey(method, route.url)}: add it to src/core/access/operation-policy.ts`);
    }
  });

  app.addHook('onRequest', async (request) => {
    const routePath = request.routeOptions.url;
    if (!routePath?.startsWith('/api/')) return;
    const method = request.method === 'HEAD' ? 'GET' : request.method;
    const policy = operationPolicy(method, routePath);
    const key = operationKey(method, routePath);
    if (!policy) throw new Error(`no access policy for ${key}`);
    if (policy.audience.kind === 'public') return;
    const { principal } = await requestPrincipal(ctx, request, policy.audience.kind === 'staff' ? 'staff' : 'citizen');
    const admission = admit(policy.audience, principal);
    if (admission !== 'admitted') throw admissionError(admission, policy.audience, principal, key);
  });
}
