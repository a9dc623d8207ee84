import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, sql, type AliasedRawBuilder } from 'kysely';
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

/** A `date` column read as `YYYY-MM-DD` text: the same on PGlite and node-postgres. */
export function dateText<Alias extends string>(column: string, alias: Alias): AliasedRawBuilder<string, Alias> {
  return sql<string>`${sql.ref(column)}::text`.as(alias);
}

/** A nullable `date` column read as `YYYY-MM-DD` text or null. */
export function nullableDateText<Alias extends string>(column: string, alias: Alias): AliasedRawBuilder<string | null, Alias> {
  return sql<string | null>`${sql.ref(column)}::text`.as(alias);
}
