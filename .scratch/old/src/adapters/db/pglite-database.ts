import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { CompiledQuery } from 'kysely';
import type { Database, SqlExecutor } from './database.ts';

function executorOf(target: PGlite | Transaction): SqlExecutor {
  return {
    async query<Row>(query: CompiledQuery<Row>): Promise<Row[]> {
      return (await target.query<Row>(query.sql, [...query.parameters])).rows;
    },
    async execute<Row>(sql: string, parameters: readonly unknown[] = []): Promise<Row[]> {
      return (await target.query<Row>(sql, [...parameters])).rows;
    },
    async exec(script: string): Promise<void> {
      await target.exec(script);
    },
  };
}

/**
 * PGlite: PostgreSQL compiled to WebAssembly, in-process, one connection. Its transaction() holds an exclusive lock,
 * so concurrent requests queue instead of interleaving, and it rolls back when the work throws.
 * `dataDir` undefined keeps the database in memory (tests).
 */
export async function openPgliteDatabase(dataDir?: string): Promise<Database> {
  const pglite = dataDir ? new PGlite(dataDir) : new PGlite();
  await pglite.waitReady;
  const base = executorOf(pglite);
  return {
    engine: 'pglite',
    ...base,
    transaction: (work) => pglite.transaction((tx) => work(executorOf(tx))),
    close: () => pglite.close(),
  };
}
