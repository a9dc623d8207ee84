import { createHash } from 'node:crypto';

/** Statements worth preparing: one plannable command. Transaction control, DDL and scripts go as they are. */
const PREPARABLE = /^\s*(select|insert|update|delete|with)\b/i;
/**
 * `select *` / `returning *` / `t.*`: the columns follow the table, and a prepared statement whose result columns
 * change (a migration adds one while this process runs) fails until it is prepared again. Those run unnamed.
 */
const ALL_COLUMNS = /\b(select|returning)\s+\*|\.\*/i;

/**
 * Names for the statements node-postgres prepares once per connection (issue #15, Session 7). Unnamed, every
 * statement is parsed, analysed and planned by PostgreSQL on every execution: the profile of the portal surge put
 * about 40% of the server's CPU there. A named statement is parsed once per connection and, after five executions,
 * PostgreSQL's plan cache may keep a generic plan (plan_cache_mode = auto), as it does for PL/pgSQL's statements.
 * The SQL and its results are unchanged; only the work before execution is saved.
 *
 * Not named: a text without parameters that holds a `;` (it may be a script of several commands, which a prepared
 * statement cannot hold), one that selects all columns (above), one whose prepared form went stale (`refuse`), and,
 * past `limit` distinct texts per process, any new one — statements built with a variable number of placeholders must
 * not grow every connection's prepared statements without bound. Those run unnamed, as before.
 */
export class StatementNames {
  private readonly names = new Map<string, string>();
  private readonly refused = new Set<string>();

  constructor(private readonly limit = 1_000) {}

  /** The statement's name, or undefined to run it unnamed. */
  nameOf(sql: string, parameterCount: number): string | undefined {
    const known = this.names.get(sql);
    if (known !== undefined || this.names.size >= this.limit || !this.preparable(sql, parameterCount)) return known;
    const name = `qz_${createHash('sha256').update(sql).digest('hex').slice(0, 32)}`;
    this.names.set(sql, name);
    return name;
  }

  /** From now on `sql` runs unnamed (its prepared form no longer matches the tables; see isStalePreparedStatement). */
  refuse(sql: string): void {
    this.names.delete(sql);
    this.refused.add(sql);
  }

  /** Distinct statements named so far (at most the limit). */
  get size(): number {
    return this.names.size;
  }

  private preparable(sql: string, parameterCount: number): boolean {
    return PREPARABLE.test(sql) && !ALL_COLUMNS.test(sql) && (parameterCount > 0 || !sql.includes(';')) && !this.refused.has(sql);
  }
}

/** PostgreSQL's answer to a prepared statement whose result columns changed since it was prepared (e.g. a column type). */
export function isStalePreparedStatement(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return code === '0A000' && typeof message === 'string' && message.includes('cached plan must not change result type');
}
