import type { AppContext } from '../application/app-context.ts';
import type { ZodFastify } from './zod-fastify.ts';

/**
 * Issue #20: before an API request is handled, the catalog catches up with versions another process published
 * (one primary-key read; see application/publishing/published-catalog.ts for why not LISTEN/NOTIFY).
 */
export function registerCatalogRefresh(app: ZodFastify, ctx: AppContext): void {
  const published = ctx.publishedCatalog;
  if (!published) return;
  app.addHook('onRequest', async (request) => {
    if (request.url.startsWith('/api/')) await published.refresh(ctx.db);
  });
}
