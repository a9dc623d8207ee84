import type { CompiledQuery } from 'kysely';
import type pg from 'pg';
import type { Database, SqlExecutor } from './database.ts';
import { databaseUnavailable, FailoverPool, isConnectionLoss, isReadOnlyRefusal } from './failover-pool.ts';
import { parsePostgresTarget } from './postgres-endpoints.ts';
import { isStalePreparedStatement, StatementNames } from './prepared-statements.ts';

/**
 * One statement with its parameters: named (prepared once per connection) when `names` gives it a name. A prepared
 * form gone stale (a migration changed its result columns) is refused from then on; outside a transaction the
 * statement runs again at once unnamed (it did not run: the server refuses it before execution), inside one the
 * transaction fails as any statement error fails it.
 */
async function runStatement<Row>(client: pg.PoolClient, names: StatementNames | null, sql: string, parameters: readonly unknown[], inTransaction: boolean): Promise<Row[]> {
  const name = names?.nameOf(sql, parameters.length);
  if (name === undefined) return (await client.query(sql, [...parameters])).rows as Row[];
  try {
    return (await client.query({ name, text: sql, values: [...parameters] })).rows as Row[];
  } catch (error) {
    if (!isStalePreparedStatement(error)) throw error;
    names!.refuse(sql);
    if (inTransaction) throw error;
    return (await client.query(sql, [...parameters])).rows as Row[];
  }
}

function executorOf(target: pg.PoolClient, names: StatementNames | null): SqlExecutor {
  return {
    query: <Row>(query: CompiledQuery<Row>) => runStatement<Row>(target, names, query.sql, query.parameters, true),
    execute: <Row>(sql: string, parameters: readonly unknown[] = []) => runStatement<Row>(target, names, sql, parameters, true),
    async exec(script: string): Promise<void> {
      await target.query(script);
    },
  };
}

export interface PostgresOptions {
  /**
   * A PostgreSQL server (`postgres://…`), or several — `postgres://h1:5432,h2:5432/db?target_session_attrs=read-write`,
   * as `pg_autoctl show uri` prints for a replicated formation — of which the pool uses the one the target asks for.
   */
  readonly connectionString: string;
  /** A schema to work in (each test file gets its own); created when missing. */
  readonly schema?: string;
  /** false: the schema must exist already (a role that may create nothing connects to it). Default true. */
  readonly createSchema?: boolean;
  readonly maxConnections?: number;
  /** How long a request waits for a usable server before DATABASE_UNAVAILABLE (503). Default 5 s. */
  readonly failoverWaitMs?: number;
  /**
   * Statements with parameters prepared once per connection (prepared-statements.ts; QYZMET_PREPARED_STATEMENTS).
   * Default true. Off for a connection pooler that cannot keep prepared statements (PgBouncer in transaction mode
   * before 1.21).
   */
  readonly preparedStatements?: boolean;
}

/** A statement that only reads may run again after its connection broke; anything else may have taken effect. */
const READ_ONLY_STATEMENT = /^\s*(select|show)\b/i;

/** A PostgreSQL server (or a replicated formation) through node-postgres pools that follow the primary. */
export async function openPostgresDatabase(options: PostgresOptions): Promise<Database> {
  const schema = options.schema?.replace(/"/g, '');
  const names = options.preparedStatements === false ? null : new StatementNames();
  const pool = new FailoverPool(parsePostgresTarget(options.connectionString), {
    maxConnections: options.maxConnections ?? 10,
    ...(schema ? { poolConfig: { options: `-c search_path=${schema}` } } : {}),
    failoverWaitMs: options.failoverWaitMs ?? 5_000,
    probeTimeoutMs: 2_000,
    warn: (message) => process.emitWarning(message),
  });

  /** One statement on a pooled connection, outside any transaction. */
  async function single<T>(sql: string, run: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const { client, pool: server } = await pool.connect();
      try {
        const result = await run(client);
        client.release();
        return result;
      } catch (error) {
        const lost = isConnectionLoss(error) || isReadOnlyRefusal(error);
        client.release(lost ? (error as Error) : undefined);
        if (!lost) throw error;
        pool.forget(server, error);
        if (READ_ONLY_STATEMENT.test(sql) && attempt === 0) continue;
        throw databaseUnavailable(isReadOnlyRefusal(error) ? 'notApplied' : 'unknown', error);
      }
    }
  }

  if (schema && options.createSchema !== false) await single('create schema', (client) => client.query(`create schema if not exists "${schema}"`));

  return {
    engine: 'postgres',
    query: <Row>(query: CompiledQuery<Row>) => single(query.sql, (client) => runStatement<Row>(client, names, query.sql, query.parameters, false)),
    execute: <Row>(sql: string, parameters: readonly unknown[] = []) => single(sql, (client) => runStatement<Row>(client, names, sql, parameters, false)),
    exec: (script: string) => single(script, async (client) => void (await client.query(script))),
    async transaction(work) {
      for (let attempt = 0; ; attempt++) {
        const { client, pool: server } = await pool.connect();
        let stage: 'begin' | 'work' | 'commit' = 'begin';
        try {
          await client.query('begin');
          stage = 'work';
          const result = await work(executorOf(client, names));
          stage = 'commit';
          await client.query('commit');
          client.release();
          return result;
        } catch (error) {
          const lost = isConnectionLoss(error);
          const readOnly = isReadOnlyRefusal(error);
          if (lost) {
            client.release(error as Error);
          } else {
            await client.query('rollback').then(
              () => client.release(),
              (rollbackError: Error) => client.release(rollbackError),
            );
          }
          if (!lost && !readOnly) throw error;
          pool.forget(server, error);
          // Safe to run the work again: BEGIN broke (nothing ran), or the server was a standby (a read-only
          // transaction wrote nothing). Once, and only while a server of the right kind can still be found in time.
          if ((stage === 'begin' || readOnly) && attempt < 2) continue;
          throw databaseUnavailable(stage === 'commit' ? 'unknown' : 'notApplied', error);
        }
      }
    },
    close: () => pool.end(),
  };
}
