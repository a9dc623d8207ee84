import {
  claimIdempotencyKey,
  completeIdempotencyKey,
  findIdempotencyRecord,
  releaseIdempotencyKey,
  takeOverStaleKey,
  type IdempotencyClaim,
  type IdempotencyRecord,
} from '../../adapters/db/idempotency-store.ts';
import type { AppContext } from '../app-context.ts';

export type { IdempotencyClaim, IdempotencyRecord };

/**
 * The Idempotency-Key ledger (issue #6) as the HTTP hook uses it: take a key, find who holds it, take over a stale
 * one, store the answer, or let the key go when the request failed. The primary key of `idempotency_keys` decides.
 */
export const claimKey = (app: AppContext, claim: IdempotencyClaim) => claimIdempotencyKey(app.db, claim);
export const findKeyRecord = (app: AppContext, caller: string, key: string) => findIdempotencyRecord(app.db, caller, key);
export const takeOverStale = (app: AppContext, claim: IdempotencyClaim, staleCreatedAt: Date) => takeOverStaleKey(app.db, claim, staleCreatedAt);
export const releaseKey = (app: AppContext, caller: string, key: string) => releaseIdempotencyKey(app.db, caller, key);
export const completeKey = (app: AppContext, caller: string, key: string, response: Parameters<typeof completeIdempotencyKey>[3], completedAt: string) =>
  completeIdempotencyKey(app.db, caller, key, response, completedAt);
