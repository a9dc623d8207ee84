import { createHash } from 'node:crypto';

/** Statements worth preparing: one plannable command. Transaction control, DDL and scripts go as they are. */
const PREPARABLE = /^\s*(select|insert|update|delete|with)\b/i;

/**
 * Names for the statements node-postgres prepares once per connection (issue #15, Session 7). Unnamed, every
 * statement is parsed, analysed and planned by PostgreSQL on every execution: the profile of the portal surge put
 * about 40% of the server's CPU there. A named statement is parsed once per connection and, after five executions,
 * PostgreSQL's plan cache may keep a generic plan (plan_cache_mode = auto), as it does for PL/pgSQL's statements.
 * The SQL and its results are unchanged; only the work before execution is saved.
 *
 * Only statements with parameters are named (a text without them may be a script of several commands, which a
 * prepared statement cannot hold), and at most `limit` distinct texts per process: statements built with a variable
 * number of placeholders must not grow every connection's prepared statements without bound — past the limit a new
 * text simply runs unnamed, as before.
 */
export class StatementNames {
  private readonly names = new Map<string, string>();

  constructor(private readonly limit = 1_000) {}

  /** The statement's name, or undefined to run it unnamed. */
  nameOf(sql: string, parameterCount: number): string | undefined {
    const known = this.names.get(sql);
    if (known !== undefined || parameterCount === 0 || this.names.size >= this.limit || !PREPARABLE.test(sql)) return known;
    const name = `qz_${createHash('sha256').update(sql).digest('hex').slice(0, 32)}`;
    this.names.set(sql, name);
    return name;
  }

  /** Distinct statements named so far (at most the limit). */
  get size(): number {
    return this.names.size;
  }
}
