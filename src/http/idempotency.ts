import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { claimKey, completeKey, findKeyRecord, releaseKey, takeOverStale, type IdempotencyClaim } from '../application/idempotency/idempotency-keys.ts';
import type { AppContext } from '../application/app-context.ts';
import { AppError } from '../core/errors/app-error.ts';
import { fieldRefusal } from '../core/errors/validation-reasons.ts';
import { requestPrincipal } from './principal.ts';

/*
 * Idempotency-Key for every POST/PUT/PATCH (issue #6): a retried request with the same key and the same body gets the
 * first answer, byte for byte, with `Idempotent-Replayed: true`; the same key with a different body is refused
 * (IDEMPOTENCY_KEY_REUSED, 422). Keys belong to the signed-in staff member or citizen; without a session nothing is remembered
 * (the route answers 401 anyway).
 * - The key is taken in `idempotency_keys` (primary key caller + key), so of two concurrent retries exactly one runs
 *   the request; the other waits for its answer — in-process on a promise, across processes by polling the row.
 * - An answer of 5xx (a registry outage, a bug) is not kept: the key is freed and a retry runs again.
 * - A key whose first request never finished (its process died) is taken over after STALE_AFTER_MS.
 * TODO(#6): delete keys older than a day (idempotency_keys_created_idx) from a timer.
 */

const HEADER = 'idempotency-key';
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;
const METHODS = new Set(['POST', 'PUT', 'PATCH']);
const POLL_INTERVAL_MS = 50;
const MAX_WAIT_MS = 30_000;
const STALE_AFTER_MS = 120_000;

interface OwnedKey {
  readonly caller: string;
  readonly key: string;
  readonly finish: () => void;
}

/** JSON with object keys sorted, so `{a,b}` and `{b,a}` hash alike. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function requestHash(request: FastifyRequest): string {
  return createHash('sha256').update(`${request.method} ${request.url}\n${canonicalJson(request.body ?? null)}`).digest('hex');
}

function replay(reply: FastifyReply, response: { statusCode: number; contentType: string | null; body: string }): FastifyReply {
  reply.code(response.statusCode).header('idempotent-replayed', 'true');
  if (response.contentType) reply.header('content-type', response.contentType);
  return reply.send(response.body);
}

export function registerIdempotency(app: FastifyInstance, ctx: AppContext): void {
  /** Requests of this process holding a key, so a concurrent retry here waits on the promise instead of polling. */
  const inFlight = new Map<string, Promise<void>>();
  const owned = new WeakMap<FastifyRequest, OwnedKey>();

  function hold(slot: string): () => void {
    let resolve!: () => void;
    const promise = new Promise<void>((r) => (resolve = r));
    inFlight.set(slot, promise);
    return () => {
      if (inFlight.get(slot) === promise) inFlight.delete(slot);
      resolve();
    };
  }

  app.addHook('preHandler', async (request, reply) => {
    const header = request.headers[HEADER];
    if (!METHODS.has(request.method) || header === undefined) return;
    const key = Array.isArray(header) ? header[0] : header;
    if (!key || !KEY_PATTERN.test(key)) {
      throw fieldRefusal('headers.idempotency-key', { kk: '1–255 көрінетін ASCII таңба', ru: 'от 1 до 255 видимых символов ASCII', en: '1 to 255 visible ASCII characters' }, 'bad Idempotency-Key');
    }
    // Keys belong to the signed-in person: a staff member by id, a citizen as `citizen:<IIN>` (issue #13: a citizen's
    // retried upload must not store the file twice).
    const { principal } = await requestPrincipal(ctx, request);
    if (principal.kind === 'anonymous') return;
    const staff = { id: principal.kind === 'staff' ? principal.id : `citizen:${principal.iin}` };
    const slot = `${staff.id}\u0000${key}`;
    const hash = requestHash(request);
    const giveUpAt = performance.now() + MAX_WAIT_MS;
    for (;;) {
      const running = inFlight.get(slot);
      if (running) {
        await Promise.race([running, sleep(Math.max(0, giveUpAt - performance.now()))]);
        if (performance.now() >= giveUpAt) break;
        continue;
      }
      const finish = hold(slot);
      const claim: IdempotencyClaim = { caller: staff.id, key, requestHash: hash, method: request.method, url: request.url, createdAt: ctx.clock().toISOString() };
      const claimed = await claimKey(ctx, claim);
      const record = claimed ? null : await findKeyRecord(ctx, staff.id, key);
      const stale = record !== null && record.response === null && ctx.clock().getTime() - record.createdAt.getTime() > STALE_AFTER_MS;
      if (claimed || (stale && (await takeOverStale(ctx, claim, record.createdAt)))) {
        owned.set(request, { caller: staff.id, key, finish });
        return;
      }
      finish();
      if (record === null) continue; // freed in between: claim it again
      if (record.requestHash !== hash) throw new AppError('IDEMPOTENCY_KEY_REUSED', `key ${key} of ${staff.id} was used for another request`);
      if (record.response) return replay(reply, record.response);
      if (performance.now() >= giveUpAt) break;
      await sleep(POLL_INTERVAL_MS);
    }
    throw new AppError('IDEMPOTENCY_REQUEST_IN_PROGRESS', `key ${key} of ${staff.id} still in progress after ${MAX_WAIT_MS} ms`);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const held = owned.get(request);
    if (!held) return payload;
    owned.delete(request);
    try {
      if (reply.statusCode >= 500 || typeof payload !== 'string') {
        await releaseKey(ctx, held.caller, held.key);
      } else {
        const contentType = reply.getHeader('content-type');
        await completeKey(ctx, held.caller, held.key, { statusCode: reply.statusCode, contentType: typeof contentType === 'string' ? contentType : null, body: payload }, ctx.clock().toISOString());
      }
    } catch (error) {
      // The database went away between the command and this bookkeeping (a failover): the answer still goes out as
      // it is — the command's own outcome — and the key stays taken until STALE_AFTER_MS, when a retry takes it over.
      request.log.warn({ err: error }, 'idempotency key not recorded');
    } finally {
      held.finish();
    }
    return payload;
  });

  // A request that ends without sending (the client went away) frees its key, so the retry runs.
  const abandon = async (request: FastifyRequest) => {
    const held = owned.get(request);
    if (!held) return;
    owned.delete(request);
    try {
      await releaseKey(ctx, held.caller, held.key);
    } catch (error) {
      request.log.warn({ err: error }, 'idempotency key not released');
    } finally {
      held.finish();
    }
  };
  app.addHook('onResponse', abandon);
  app.addHook('onRequestAbort', abandon);
}
