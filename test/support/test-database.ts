import { createHash } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '../../src/adapters/db/database.ts';
import { openPgliteDatabase } from '../../src/adapters/db/pglite-database.ts';
import { openPostgresDatabase } from '../../src/adapters/db/postgres-database.ts';

/**
 * A fresh database for one test file: an in-memory PGlite by default; with QYZMET_TEST_DB=postgres, a schema of its
 * own in the server at TEST_DATABASE_URL (named after the file, so parallel files never share tables).
 */
export async function openTestDatabase(testFile: string): Promise<Database> {
  if (process.env.QYZMET_TEST_DB !== 'postgres') return openPgliteDatabase();
  const url = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const schema = `t_${createHash('sha1').update(`${testFile}:${process.pid}:${Date.now()}`).digest('hex').slice(0, 16)}`;
  return openPostgresDatabase({ connectionString: url, schema, maxConnections: 4 });
}

/**
 * Handles to one database that outlive each other, for restart and two-process tests: PGlite on a directory (one
 * handle open at a time, as with the embedded server), or one PostgreSQL schema shared by every handle.
 */
export async function createSharedTestDatabase(testFile: string): Promise<{ open(): Promise<Database> }> {
  if (process.env.QYZMET_TEST_DB !== 'postgres') {
    const directory = await mkdtemp(path.join(os.tmpdir(), 'qyzmet-pglite-'));
    return { open: () => openPgliteDatabase(directory) };
  }
  const url = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const schema = `t_${createHash('sha1').update(`${testFile}:shared:${process.pid}:${Date.now()}`).digest('hex').slice(0, 16)}`;
  return { open: () => openPostgresDatabase({ connectionString: url, schema, maxConnections: 4 }) };
}
