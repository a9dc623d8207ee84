import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { AppError } from '../../core/errors/app-error.ts';
import { describeEndpoint, type PostgresEndpoint, type PostgresTarget } from './postgres-endpoints.ts';

/*
 * A node-postgres pool that follows the primary (issue #21). node-postgres connects to one host; a replicated
 * formation (pg_auto_failover: a primary and a synchronous standby) lists several, and which one takes writes changes
 * on a failover. This pool asks each listed server what it is — as libpq does for `target_session_attrs` — keeps one
 * pg.Pool to the chosen server, and forgets it when a connection to it breaks, so the next request finds the new
 * primary.
 *
 * What is retried, and why that is safe:
 * - getting a connection (the server is down, or refuses: nothing was sent) — until `failoverWaitMs` has passed;
 * - a transaction whose BEGIN broke (nothing ran) or that met `read-only transaction` (25006: a demoted primary now
 *   running as a standby; a read-only transaction wrote nothing) — the caller's work runs again on the new primary;
 * - a single SELECT/SHOW outside a transaction.
 * Everything else that breaks mid-way answers DATABASE_UNAVAILABLE (503) with `outcome`: `notApplied` when the
 * transaction had not reached COMMIT (the server rolls it back), `unknown` when COMMIT itself broke. Clients repeat
 * with the same Idempotency-Key, which makes either case safe.
 */

export interface FailoverPoolOptions {
  readonly maxConnections: number;
  /** Extra pg.Pool settings every connection gets (e.g. `options: -c search_path=…`). */
  readonly poolConfig?: Omit<pg.PoolConfig, 'host' | 'port' | 'max'>;
  /** How long a request waits for a server of the wanted kind before it is answered 503. */
  readonly failoverWaitMs: number;
  /** Connect timeout of one probe; a server that does not answer in this time counts as down. */
  readonly probeTimeoutMs: number;
  readonly warn: (message: string) => void;
}

type ServerKind = 'primary' | 'standby';

interface Current {
  readonly endpoint: PostgresEndpoint;
  readonly pool: pg.Pool;
}

const CONNECTION_ERROR_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
/** SQLSTATEs of a server that is going away or not yet ready: admin_shutdown, crash_shutdown, cannot_connect_now. */
const SHUTDOWN_SQLSTATES = new Set(['57P01', '57P02', '57P03']);
/** SQLSTATE read_only_sql_transaction: a write reached a standby (a demoted primary). */
export const READ_ONLY_SQLSTATE = '25006';

/** The connection, not the statement, failed: another server (or the same one later) may succeed. */
export function isConnectionLoss(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (CONNECTION_ERROR_CODES.has(code) || SHUTDOWN_SQLSTATES.has(code) || code.startsWith('08')) return true;
  }
  // node-postgres reports a dropped socket without a code.
  return /Connection terminated|terminated unexpectedly|Client has encountered a connection error|timeout expired|Connection ended/i.test(error.message);
}

export function isReadOnlyRefusal(error: unknown): boolean {
  return error instanceof Error && (error as { code?: unknown }).code === READ_ONLY_SQLSTATE;
}

export function databaseUnavailable(outcome: 'notApplied' | 'unknown', cause: unknown): AppError {
  const message = cause instanceof Error ? cause.message : String(cause);
  return new AppError('DATABASE_UNAVAILABLE', `database unavailable (${outcome}): ${message}`, { outcome }, { cause });
}

export class FailoverPool {
  private current: Current | null = null;
  private locating: Promise<Current> | null = null;
  private closed = false;
  private readonly watched = new WeakSet<pg.PoolClient>();

  constructor(
    private readonly target: PostgresTarget,
    private readonly options: FailoverPoolOptions,
  ) {}

  /** The endpoint in use now, or null while none is chosen (for logs and tests). */
  get endpoint(): PostgresEndpoint | null {
    return this.current?.endpoint ?? null;
  }

  /** A connection to a server of the wanted kind; waits up to `failoverWaitMs` for one, then DATABASE_UNAVAILABLE. */
  async connect(): Promise<{ client: pg.PoolClient; pool: pg.Pool }> {
    const deadline = Date.now() + this.options.failoverWaitMs;
    for (let attempt = 0; ; attempt++) {
      let current: Current | null = null;
      try {
        current = await this.chosen();
        const client = await current.pool.connect();
        this.watch(client, current.pool);
        return { client, pool: current.pool };
      } catch (error) {
        if (!isConnectionLoss(error) && !(error instanceof NoServerError)) throw error;
        if (current) this.forget(current.pool, error);
        if (this.closed || Date.now() >= deadline) throw databaseUnavailable('notApplied', error);
        // Short at first (a broken idle connection: the server is there), then a steady pace while a failover runs.
        await sleep(Math.min(50 * 2 ** attempt, 500));
      }
    }
  }

  /**
   * A checked-out client whose connection the server cuts emits 'error' outside any query; node-postgres leaves that
   * to the borrower, and an unheard 'error' would end the process. The query in flight fails on its own and the
   * caller handles it; here the pool to that server is dropped.
   */
  private watch(client: pg.PoolClient, pool: pg.Pool): void {
    if (this.watched.has(client)) return;
    this.watched.add(client);
    client.on('error', (error) => this.forget(pool, error));
  }

  /** Drops the pool to a server after one of its connections broke, so the next request looks for the primary again. */
  forget(pool: pg.Pool, reason: unknown): void {
    if (this.current?.pool !== pool) return;
    this.options.warn(`PostgreSQL ${describeEndpoint(this.current.endpoint)}: ${reason instanceof Error ? reason.message : String(reason)}; looking for the ${this.wanted()} again`);
    this.current = null;
    pool.end().catch(() => undefined);
  }

  async end(): Promise<void> {
    this.closed = true;
    const current = this.current;
    this.current = null;
    if (current) await current.pool.end();
  }

  private wanted(): string {
    return this.target.targetSessionAttrs === 'read-write' ? 'primary' : this.target.targetSessionAttrs === 'any' ? 'server' : 'standby';
  }

  private async chosen(): Promise<Current> {
    if (this.current) return this.current;
    if (this.closed) throw new NoServerError('the pool is closed');
    // One search at a time: requests arriving during a failover wait for the same answer.
    this.locating ??= this.locate().finally(() => {
      this.locating = null;
    });
    return this.locating;
  }

  private async locate(): Promise<Current> {
    const found: Array<{ endpoint: PostgresEndpoint; kind: ServerKind }> = [];
    const failures: string[] = [];
    for (const endpoint of this.target.endpoints) {
      try {
        const kind = await this.probe(endpoint);
        found.push({ endpoint, kind });
        if (this.fits(kind, false)) break;
      } catch (error) {
        failures.push(`${describeEndpoint(endpoint)}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    const pick = found.find((server) => this.fits(server.kind, false)) ?? found.find((server) => this.fits(server.kind, true));
    if (!pick) {
      const seen = found.map((server) => `${describeEndpoint(server.endpoint)}: ${server.kind}`);
      throw new NoServerError(`no ${this.wanted()} among ${[...seen, ...failures].join('; ') || 'the listed hosts'}`);
    }
    const pool = new pg.Pool({ ...this.target.clientConfig, ...this.options.poolConfig, host: pick.endpoint.host, port: pick.endpoint.port, max: this.options.maxConnections });
    // An idle client's connection can drop (a failover, a restart); without a listener node-postgres would crash the
    // process. The pool is dropped and the next request finds the primary again.
    pool.on('error', (error) => this.forget(pool, error));
    const current = { endpoint: pick.endpoint, pool };
    if (this.closed) {
      await pool.end();
      throw new NoServerError('the pool is closed');
    }
    this.current = current;
    return current;
  }

  /** Whether a server of this kind serves the target; `fallback` admits the second choice of `prefer-standby`. */
  private fits(kind: ServerKind, fallback: boolean): boolean {
    switch (this.target.targetSessionAttrs) {
      case 'read-write':
        return kind === 'primary';
      case 'read-only':
      case 'standby':
        return kind === 'standby';
      case 'prefer-standby':
        return kind === 'standby' || fallback;
      case 'any':
        return true;
    }
  }

  private async probe(endpoint: PostgresEndpoint): Promise<ServerKind> {
    const client = new pg.Client({
      ...this.target.clientConfig,
      ...(this.options.poolConfig?.options ? { options: this.options.poolConfig.options } : {}),
      host: endpoint.host,
      port: endpoint.port,
      connectionTimeoutMillis: this.options.probeTimeoutMs,
    });
    client.on('error', () => undefined);
    await client.connect();
    try {
      const { rows } = await client.query<{ standby: boolean; read_only: string }>(
        "select pg_is_in_recovery() as standby, current_setting('transaction_read_only') as read_only",
      );
      const row = rows[0];
      return row && !row.standby && row.read_only === 'off' ? 'primary' : 'standby';
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}

class NoServerError extends Error {
  override readonly name = 'NoServerError';
}
