import type { CompiledQuery } from 'kysely';
import pg from 'pg';
import type { Database, SqlExecutor } from './database.ts';

function executorOf(target: pg.Pool | pg.PoolClient): SqlExecutor {
  return {
    async query<Row>(query: CompiledQuery<Row>): Promise<Row[]> {
      return (await target.query(query.sql, [...query.parameters])).rows as Row[];
    },
    async execute<Row>(sql: string, parameters: readonly unknown[] = []): Promise<Row[]> {
      return (await target.query(sql, [...parameters])).rows as Row[];
    },
    async exec(script: string): Promise<void> {
      await target.query(script);
    },
  };
}

export interface PostgresOptions {
  readonly connectionString: string;
  /** A schema to work in (each test file gets its own); created when missing. */
  readonly schema?: string;
  readonly maxConnections?: number;
}

/** A PostgreSQL server through a node-postgres pool. */
export async function openPostgresDatabase(options: PostgresOptions): Promise<Database> {
  if (options.schema) {
    const admin = new pg.Client({ connectionString: options.connectionString });
    await admin.connect();
    try {
      await admin.query(`create schema if not exists "${options.schema.replace(/"/g, '')}"`);
    } finally {
      await admin.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 10,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  // An idle client's connection can drop (a server restart); without a listener node-postgres would crash the
  // process. The next query gets a fresh connection or a clear error.
  pool.on('error', (error) => {
    process.emitWarning(`PostgreSQL pool: idle connection lost: ${error.message}`);
  });
  const base = executorOf(pool);
  return {
    engine: 'postgres',
    ...base,
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work(executorOf(client));
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback');
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
