import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/adapters/db/database.ts';
import { openPostgresDatabase } from '../../src/adapters/db/postgres-database.ts';
import { migrateAsOwner } from '../../src/composition/open-app.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { officeApplication } from '../support/office-filing.ts';

const onPostgres = process.env.QYZMET_TEST_DB === 'postgres';
const ownerUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * PGlite has one user, a superuser, and no way to sign in as another role: the role separation exists only on a
 * PostgreSQL server, so these tests run there (QYZMET_TEST_DB=postgres) and are skipped on PGlite.
 */
describe.skipIf(!onPostgres)('the application connects as a role that owns nothing (issue #14, finding 4)', () => {
  const suffix = randomBytes(6).toString('hex');
  const role = `qyzmet_app_${suffix}`;
  const schema = `t_role_${suffix}`;
  let admin: pg.Client;
  let appDb: Database;
  let app: TestApp;

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: ownerUrl });
    await admin.connect();
    await admin.query(`create role ${role} login`);
    await migrateAsOwner(ownerUrl, role, schema);
    const url = new URL(ownerUrl);
    url.username = role;
    appDb = await openPostgresDatabase({ connectionString: url.toString(), schema, createSchema: false, maxConnections: 4 });
    // The demo data needs the owner only for nothing: the app role inserts it like any other row.
    app = await startTestApp(import.meta.url, '2026-11-24T05:00:00Z', { db: appDb });
  });
  afterAll(async () => {
    await app?.close();
    await admin.query(`drop schema if exists ${schema} cascade`);
    await admin.query(`drop owned by ${role}`);
    await admin.query(`drop role if exists ${role}`);
    await admin.end();
  });

  it('works through a whole command and read as that role', async () => {
    const clerk = await app.signIn('zhambyl.clerk');
    const filed = await app.request('POST', '/api/cases', clerk, officeApplication(app.ctx, {
      regulationId: 'zhambyl-2017-231-job-seeker-registration',
      applicantIin: '880515300120',
      formData: { 'desired-position': 'Бухгалтер', 'education-level': 'higher', phone: '+77011234567', 'consent-publish': true },
    }));
    expect(filed.status).toBe(201);
    const registered = await app.request('POST', `/api/cases/${filed.body.id}/steps`, clerk, { stepId: 'register', expectedVersion: filed.body.version });
    expect(registered.status).toBe(200);
    expect((await app.request('GET', `/api/cases/${filed.body.id}/history`, clerk)).status).toBe(200);
  });

  it('cannot disable the history triggers, truncate, change events or set the replication role', async () => {
    await expect(appDb.execute('alter table case_events disable trigger case_events_append_only')).rejects.toThrow(/must be owner/);
    await expect(appDb.execute('alter table case_events disable trigger all')).rejects.toThrow(/must be owner/);
    await expect(appDb.execute('truncate case_events')).rejects.toThrow(/permission denied/);
    await expect(appDb.execute('truncate read_audit_log')).rejects.toThrow(/permission denied/);
    await expect(appDb.execute('set session_replication_role = replica')).rejects.toThrow(/permission denied/);
    await expect(appDb.execute("update case_events set data = '{}'")).rejects.toThrow(/permission denied/);
    await expect(appDb.execute('delete from case_events')).rejects.toThrow(/permission denied/);
    await expect(appDb.execute('delete from audit_checkpoints')).rejects.toThrow(/permission denied/);
    await expect(appDb.execute('drop table case_events cascade')).rejects.toThrow(/must be owner/);
    await expect(appDb.execute('create table intruder (id int)')).rejects.toThrow(/permission denied/);
  });
});
