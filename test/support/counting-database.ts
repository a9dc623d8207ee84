import type { Database, SqlExecutor } from '../../src/adapters/db/database.ts';

/**
 * A Database that counts its round trips: every statement sent (query, execute, exec) and a transaction's BEGIN and
 * COMMIT (or ROLLBACK), each one write and one read on the connection. Wraps a real database; changes nothing else.
 */
export interface CountingDatabase extends Database {
  /** Round trips since the last reset, and the statements' SQL (for a message when a count is off). */
  roundTrips(): { readonly count: number; readonly statements: readonly string[] };
  reset(): void;
}

export function countingDatabase(inner: Database): CountingDatabase {
  let count = 0;
  let statements: string[] = [];
  const note = (what: string) => {
    count += 1;
    statements.push(what.replace(/\s+/g, ' ').slice(0, 120));
  };
  const wrap = (executor: SqlExecutor): SqlExecutor => ({
    query: (query) => (note(query.sql), executor.query(query)),
    execute: (sql, parameters) => (note(sql), executor.execute(sql, parameters)),
    exec: (script) => (note(script), executor.exec(script)),
  });
  return {
    engine: inner.engine,
    ...wrap(inner),
    transaction: async (work) => {
      note('begin');
      try {
        return await inner.transaction((tx) => work(wrap(tx)));
      } finally {
        note('commit or rollback');
      }
    },
    close: () => inner.close(),
    roundTrips: () => ({ count, statements }),
    reset: () => {
      count = 0;
      statements = [];
    },
  };
}
