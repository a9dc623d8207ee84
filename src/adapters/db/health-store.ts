import type { SqlExecutor } from './database.ts';

/** Health check: the database answers a trivial statement. */
export async function pingDatabase(db: SqlExecutor): Promise<void> {
  await db.execute('select 1');
}
