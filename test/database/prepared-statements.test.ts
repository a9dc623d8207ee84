import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/adapters/db/database.ts';
import { openPostgresDatabase } from '../../src/adapters/db/postgres-database.ts';
import { StatementNames } from '../../src/adapters/db/prepared-statements.ts';

/** Issue #15 (Session 7): statements prepared once per connection instead of parsed and planned on every execution. */
describe('naming statements to prepare', () => {
  it('names a statement with parameters, the same text always by the same name', () => {
    const names = new StatementNames();
    const name = names.nameOf('select id from cases where id = $1', 1);
    expect(name).toMatch(/^qz_[0-9a-f]{32}$/);
    expect(names.nameOf('select id from cases where id = $1', 1)).toBe(name);
    expect(names.nameOf('  WITH w as (select 1) insert into t select $1', 1)).toMatch(/^qz_/);
    expect(names.nameOf('select id from cases where id = $2', 2)).not.toBe(name);
  });

  it('leaves unnamed what a prepared statement cannot hold or should not: scripts, transaction control, DDL, all columns', () => {
    const names = new StatementNames();
    expect(names.nameOf('select 1; select 2', 0)).toBeUndefined();
    expect(names.nameOf('savepoint intake_filing', 0)).toBeUndefined();
    expect(names.nameOf('create table t (id int default $1)', 1)).toBeUndefined();
    expect(names.nameOf('begin', 0)).toBeUndefined();
    // The columns of `*` follow the table: a migration adding one would leave a prepared form stale.
    expect(names.nameOf('select * from providers where id = $1', 1)).toBeUndefined();
    expect(names.nameOf('insert into t (a) values ($1) returning *', 1)).toBeUndefined();
    expect(names.nameOf('select c.* from cases c where c.id = $1', 1)).toBeUndefined();
    expect(names.size).toBe(0);
    // One command without parameters is named (no `;`: it cannot be a script); count(*) is not "all columns".
    expect(names.nameOf('select version from regulation_catalog_version', 0)).toMatch(/^qz_/);
    expect(names.nameOf('select count(*) from cases where id = $1', 1)).toMatch(/^qz_/);
  });

  it('runs a statement refused as stale unnamed from then on', () => {
    const names = new StatementNames();
    expect(names.nameOf('select body from notes where id = $1', 1)).toMatch(/^qz_/);
    names.refuse('select body from notes where id = $1');
    expect(names.nameOf('select body from notes where id = $1', 1)).toBeUndefined();
  });

  it('names at most `limit` distinct texts, then runs new ones unnamed and keeps the names it gave', () => {
    const names = new StatementNames(2);
    const first = names.nameOf('select $1::int', 1);
    names.nameOf('select $1::text', 1);
    expect(names.nameOf('select $1::bigint', 1)).toBeUndefined();
    expect(names.nameOf('select $1::int', 1)).toBe(first);
    expect(names.size).toBe(2);
  });
});

const url = process.env.TEST_DATABASE_URL;
const onPostgres = process.env.QYZMET_TEST_DB === 'postgres' && url !== undefined;

describe.skipIf(!onPostgres)('prepared statements on a PostgreSQL connection (needs QYZMET_TEST_DB=postgres)', () => {
  const schema = `t_${createHash('sha1').update(`prepared:${process.pid}:${Date.now()}`).digest('hex').slice(0, 16)}`;
  let prepared: Database;
  let unprepared: Database;
  const preparedNames = async (db: Database) =>
    (await db.execute<{ statement: string }>(`select statement from pg_prepared_statements where name like 'qz\\_%' order by statement`))
      .map((r) => r.statement)
      // This very read is one command too, prepared as well.
      .filter((statement) => !statement.includes('pg_prepared_statements'));

  beforeAll(async () => {
    // One connection each, so the statements they prepared are those of the connection that reads pg_prepared_statements.
    prepared = await openPostgresDatabase({ connectionString: url!, schema, maxConnections: 1 });
    unprepared = await openPostgresDatabase({ connectionString: url!, schema, maxConnections: 1, preparedStatements: false });
    await prepared.exec('create table notes (id integer primary key, body text not null)');
  });
  afterAll(async () => {
    await prepared?.exec(`drop schema if exists "${schema}" cascade`);
    await prepared?.close();
    await unprepared?.close();
  });

  it('prepares a statement with parameters once and answers as an unprepared one does', async () => {
    for (const id of [1, 2, 3]) await prepared.execute('insert into notes (id, body) values ($1, $2)', [id, `note ${id}`]);
    const read = 'select id, body from notes where id >= $1 order by id';
    const once = await prepared.execute(read, [2]);
    const again = await prepared.execute(read, [2]);
    expect(again).toEqual(once);
    expect(await unprepared.execute(read, [2])).toEqual(once);
    expect(once).toEqual([
      { id: 2, body: 'note 2' },
      { id: 3, body: 'note 3' },
    ]);
    expect(await preparedNames(prepared)).toEqual(['insert into notes (id, body) values ($1, $2)', read].sort());
    expect(await preparedNames(unprepared)).toEqual([]);
  });

  it('keeps a transaction atomic and the prepared statement usable after a statement in it failed', async () => {
    const insert = 'insert into notes (id, body) values ($1, $2)';
    await expect(
      prepared.transaction(async (tx) => {
        await tx.execute(insert, [10, 'kept only if all commit']);
        await tx.execute(insert, [10, 'a second row with the same key']);
      }),
    ).rejects.toThrow(/duplicate key/);
    expect(await prepared.execute('select count(*)::int as n from notes where id = $1', [10])).toEqual([{ n: 0 }]);
    await prepared.transaction((tx) => tx.execute(insert, [10, 'now alone']));
    expect(await prepared.execute('select body from notes where id = $1', [10])).toEqual([{ body: 'now alone' }]);
  });

  it('answers after a migration changed a prepared statement\'s result columns, and no longer prepares it', async () => {
    const read = 'select id, body from notes where id = $1';
    expect(await prepared.execute(read, [1])).toEqual([{ id: 1, body: 'note 1' }]);
    await prepared.exec('alter table notes alter column body type varchar(200)');
    // The server refuses the stale prepared form before running it; the port runs the statement again unnamed.
    expect(await prepared.execute(read, [1])).toEqual([{ id: 1, body: 'note 1' }]);
    expect(await prepared.execute(read, [1])).toEqual([{ id: 1, body: 'note 1' }]);
  });

  it('still runs a script of several statements without parameters', async () => {
    await prepared.exec('insert into notes (id, body) values (20, $$a$$); insert into notes (id, body) values (21, $$b$$)');
    expect(await prepared.execute('select count(*)::int as n from notes where id >= $1', [20])).toEqual([{ n: 2 }]);
  });
});
