import type { SqlExecutor } from './database.ts';
import { queries as q } from './query-builder.ts';

export interface IdempotencyRecord {
  readonly requestHash: string;
  readonly createdAt: Date;
  /** Null while the first request is still being answered. */
  readonly response: { readonly statusCode: number; readonly contentType: string | null; readonly body: string } | null;
}

export interface IdempotencyClaim {
  readonly caller: string;
  readonly key: string;
  readonly requestHash: string;
  readonly method: string;
  readonly url: string;
  readonly createdAt: string;
}

/** Takes the key for a request; false when someone (this caller, earlier or concurrently) has it. The primary key decides. */
export async function claimIdempotencyKey(db: SqlExecutor, claim: IdempotencyClaim): Promise<boolean> {
  const rows = await db.query(
    q
      .insertInto('idempotency_keys')
      .values({ caller: claim.caller, key: claim.key, request_hash: claim.requestHash, method: claim.method, url: claim.url, created_at: claim.createdAt })
      .onConflict((oc) => oc.columns(['caller', 'key']).doNothing())
      .returning('key')
      .compile(),
  );
  return rows.length > 0;
}

/** Takes over a key whose first request never finished (its process died), if it is still the same stale claim. */
export async function takeOverStaleKey(db: SqlExecutor, claim: IdempotencyClaim, staleCreatedAt: Date): Promise<boolean> {
  const rows = await db.query(
    q
      .updateTable('idempotency_keys')
      .set({ created_at: claim.createdAt })
      .where('caller', '=', claim.caller)
      .where('key', '=', claim.key)
      .where('completed_at', 'is', null)
      .where('created_at', '=', staleCreatedAt)
      .returning('key')
      .compile(),
  );
  return rows.length > 0;
}

export async function findIdempotencyRecord(db: SqlExecutor, caller: string, key: string): Promise<IdempotencyRecord | null> {
  const [row] = await db.query(
    q.selectFrom('idempotency_keys').select(['request_hash', 'created_at', 'status_code', 'content_type', 'response_body']).where('caller', '=', caller).where('key', '=', key).compile(),
  );
  if (!row) return null;
  const response = row.status_code !== null && row.response_body !== null ? { statusCode: row.status_code, contentType: row.content_type, body: row.response_body } : null;
  return { requestHash: row.request_hash, createdAt: row.created_at, response };
}

export async function completeIdempotencyKey(
  db: SqlExecutor,
  caller: string,
  key: string,
  response: { statusCode: number; contentType: string | null; body: string },
  completedAt: string,
): Promise<void> {
  await db.query(
    q
      .updateTable('idempotency_keys')
      .set({ status_code: response.statusCode, content_type: response.contentType, response_body: response.body, completed_at: completedAt })
      .where('caller', '=', caller)
      .where('key', '=', key)
      .compile(),
  );
}

/** Frees a key whose answer must not be replayed (a temporary failure): the retry runs the request again. */
export async function releaseIdempotencyKey(db: SqlExecutor, caller: string, key: string): Promise<void> {
  await db.query(q.deleteFrom('idempotency_keys').where('caller', '=', caller).where('key', '=', key).where('completed_at', 'is', null).compile());
}
