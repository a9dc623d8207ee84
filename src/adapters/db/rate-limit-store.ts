import type { SqlExecutor } from './database.ts';

/**
 * Counts one request against a route-and-address window kept in the database, so server processes share one count
 * (issue #13, finding 4). Expired windows are deleted as it goes; a new window ends at `windowEndsAt`.
 */
export async function countWindowHit(db: SqlExecutor, key: string, now: Date, windowEndsAt: Date): Promise<{ hits: number; windowEndsAt: Date }> {
  await db.execute('delete from rate_limit_windows where window_ends_at <= $1', [now.toISOString()]);
  const [row] = await db.execute<{ hits: number; window_ends_at: Date | string }>(
    `insert into rate_limit_windows (key, hits, window_ends_at) values ($1, 1, $2)
     on conflict (key) do update set hits = rate_limit_windows.hits + 1
     returning hits, window_ends_at`,
    [key, windowEndsAt.toISOString()],
  );
  return { hits: row!.hits, windowEndsAt: new Date(row!.window_ends_at) };
}
