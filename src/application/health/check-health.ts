import { pingDatabase } from '../../adapters/db/health-store.ts';
import type { AppContext } from '../app-context.ts';

/** Liveness: the database answers and the regulation catalog is loaded. */
export async function checkHealth(app: AppContext): Promise<{ status: 'ok'; database: 'pglite' | 'postgres'; regulations: number }> {
  await pingDatabase(app.db);
  return { status: 'ok', database: app.db.engine, regulations: app.catalog.list().length };
}
