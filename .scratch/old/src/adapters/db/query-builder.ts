import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from 'kysely';
import type { DbSchema } from './db-schema.ts';

/**
 * Builds typed SQL without a connection (`.compile()`); the Database port runs it. One builder serves PGlite and
 * PostgreSQL because both speak the same SQL.
 */
export const queries = new Kysely<DbSchema>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});
