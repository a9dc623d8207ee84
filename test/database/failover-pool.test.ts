import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/adapters/db/database.ts';
import { openPostgresDatabase } from '../../src/adapters/db/postgres-database.ts';
import { isAppError } from '../../src/core/errors/app-error.ts';

/*
 * The pool that follows the primary (issue #21), against a real PostgreSQL server: a host list with a dead first host,
 * a target the server cannot serve, and connections cut by the server (pg_terminate_backend, as a failover or a restart
 * cuts them). The failover of a real formation is test/ha/failover.test.ts.
 */
const url = process.env.TEST_DATABASE_URL;
const onPostgres = process.env.QYZMET_TEST_DB === 'postgres' && url !== undefined;
const endpoint = onPostgres ? new URL(url!) : null;
/** Port 1 on loopback: nothing listens there, so a connection is refused at once. */
const DEAD_HOST = '127.0.0.1:1';
const withHosts = (hosts: string, query: string) => `postgres://${endpoint!.username}@${hosts}${endpoint!.pathname}?${query}`;

async function terminateOtherBackends(applicationName: string): Promise<number> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const { rows } = await admin.query('select pg_terminate_backend(pid) as done from pg_stat_activity where application_name = $1 and pid <> pg_backend_pid()', [applicationName]);
    return rows.length;
  } finally {
    await admin.end();
  }
}

const open: Database[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.close()));
});

describe.skipIf(!onPostgres)('a PostgreSQL pool that follows the primary (needs QYZMET_TEST_DB=postgres)', () => {
  it('skips a listed host that is down and works on the next one that takes writes', async () => {
    const db = await openPostgresDatabase({ connectionString: withHosts(`${DEAD_HOST},${endpoint!.host}`, 'target_session_attrs=read-write') });
    open.push(db);
    await db.transaction(async (tx) => {
      await tx.execute('create temporary table probe (n int)');
      await tx.execute('insert into probe values (1)');
    });
    expect(await db.execute<{ writable: boolean }>("select current_setting('transaction_read_only') = 'off' as writable")).toEqual([{ writable: true }]);
  });

  it('answers DATABASE_UNAVAILABLE (503) when no listed server is of the wanted kind, within the wait it was given', async () => {
    const db = await openPostgresDatabase({ connectionString: withHosts(`${DEAD_HOST},${endpoint!.host}`, 'target_session_attrs=standby'), failoverWaitMs: 200 });
    open.push(db);
    const error = await db.execute('select 1').catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe('DATABASE_UNAVAILABLE');
    expect(isAppError(error) && error.httpStatus).toBe(503);
  });

  it('runs the next transaction on a fresh connection after the server cut the idle ones, without an error', async () => {
    const name = `qyzmet-idle-${process.pid}`;
    const db = await openPostgresDatabase({ connectionString: withHosts(endpoint!.host, `application_name=${name}`), maxConnections: 2 });
    open.push(db);
    await db.execute('select 1');
    expect(await terminateOtherBackends(name)).toBeGreaterThan(0);
    const [row] = await db.transaction((tx) => tx.execute<{ one: number }>('select 1 as one'));
    expect(row).toEqual({ one: 1 });
  });

  it('answers DATABASE_UNAVAILABLE with outcome notApplied when the connection is cut inside a transaction, and keeps nothing of it', async () => {
    const name = `qyzmet-cut-${process.pid}`;
    const db = await openPostgresDatabase({ connectionString: withHosts(endpoint!.host, `application_name=${name}`), maxConnections: 2 });
    open.push(db);
    const table = `cut_probe_${process.pid}`;
    await db.execute(`create table if not exists ${table} (n int)`);
    const error = await db
      .transaction(async (tx) => {
        await tx.execute(`insert into ${table} values (1)`);
        await terminateOtherBackends(name);
        await tx.execute(`insert into ${table} values (2)`);
      })
      .catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe('DATABASE_UNAVAILABLE');
    expect(isAppError(error) && error.details).toEqual({ outcome: 'notApplied' });
    expect(await db.execute(`select count(*)::int as n from ${table}`)).toEqual([{ n: 0 }]);
    await db.execute(`drop table ${table}`);
  });
});
