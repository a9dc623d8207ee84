import { countWindowHit } from '../../adapters/db/rate-limit-store.ts';
import type { AppContext } from '../app-context.ts';

/**
 * One more request from `key` (route and address) in the current window of `timeWindowMs`: the count so far and the
 * milliseconds until the window ends. It reads the app's clock (never the system's), so tests move time by hand.
 */
export async function countRequest(app: AppContext, key: string, timeWindowMs: number): Promise<{ current: number; ttl: number }> {
  const now = app.clock();
  const { hits, windowEndsAt } = await countWindowHit(app.db, key, now, new Date(now.getTime() + timeWindowMs));
  return { current: hits, ttl: Math.max(0, windowEndsAt.getTime() - now.getTime()) };
}
