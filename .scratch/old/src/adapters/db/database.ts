import type { CompiledQuery } from 'kysely';

/**
 * The narrow database port: typed queries built by `query-builder.ts`, raw SQL where a builder adds nothing, and
 * transactions. Implemented for PGlite (embedded) and node-postgres (server); the whole suite runs on both.
 */
export interface SqlExecutor {
  query<Row>(query: CompiledQuery<Row>): Promise<Row[]>;
  execute<Row = Record<string, unknown>>(sql: string, parameters?: readonly unknown[]): Promise<Row[]>;
  /** Runs a multi-statement script without parameters (migrations); PGlite needs exec() for those. */
  exec(script: string): Promise<void>;
}

export interface Database extends SqlExecutor {
  readonly engine: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
