import type { AppContext } from '../application/app-context.ts';
import type { ZodFastify } from './zod-fastify.ts';

/**
 * Issue #20: before an API request is handled, the catalog catches up with versions another process published
 * (one primary-key read; see application/publishing/published-catalog.ts for why not LISTEN/NOTIFY). When the database
 * does not answer (a failover), the request goes on with the catalog already loaded: the published law it serves
 * stays readable, and the request's own work meets the database's state itself.
 */
export function registerCatalogRefresh(app: ZodFastify, ctx: AppContext): void {
  const published = ctx.publishedCatalog;
  if (!published) return;
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    try {
      await published.refresh(ctx.db);
    } catch (error) {
      request.log.warn({ err: error }, 'catalog refresh skipped: the database did not answer');
    }
  });
}
