import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from './database.ts';

const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
/** Any constant: two server processes starting together take turns on it instead of both migrating. */
const MIGRATION_LOCK_KEY = 7_244_119;

/** Applies the migrations not applied yet, in file-name order, each in its own transaction. */
export async function migrate(db: Database): Promise<string[]> {
  await db.exec('create table if not exists schema_migrations (id text primary key, applied_at timestamptz not null default now())');
  const files = (await readdir(MIGRATIONS_DIR)).filter((f) => f.endsWith('.sql')).sort();
  const applied: string[] = [];
  for (const file of files) {
    const script = await readFile(path.join(MIGRATIONS_DIR, file), 'utf8');
    const ran = await db.transaction(async (tx) => {
      await tx.execute('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
      const done = await tx.execute('select 1 from schema_migrations where id = $1', [file]);
      if (done.length > 0) return false;
      await tx.exec(script);
      await tx.execute('insert into schema_migrations (id) values ($1)', [file]);
      return true;
    });
    if (ran) applied.push(file);
  }
  return applied;
}
