import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, pgliteDirectoryOf } from '../../src/composition/open-app.ts';
import { loadConfig } from '../../src/config/config.ts';

/*
 * `npm start` on a data directory where the keys were made before the database (a benchmark's gateway keys in
 * `secrets/`, the demo CA in `pki/`): PostgreSQL's initdb refuses a directory that is not empty, and PGlite stopped
 * with a bare "exit(1)". The cluster now lives in `<data dir>/pglite`; one made at the top before that layout is kept.
 */
describe('the embedded database in the data directory', () => {
  const made: string[] = [];
  const scratch = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'qyzmet-data-'));
    made.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('should open and answer in a data directory that already holds the demo CA and the secrets', async () => {
    const dataDir = scratch();
    mkdirSync(path.join(dataDir, 'pki', 'ca'), { recursive: true });
    mkdirSync(path.join(dataDir, 'secrets'), { recursive: true });
    writeFileSync(path.join(dataDir, 'secrets', 'document-code.key'), 'x');
    const db = await openDatabase(loadConfig({ QYZMET_DATA_DIR: dataDir }));
    try {
      const [row] = await db.execute<{ answer: number }>('select 41 + 1 as answer');
      expect(row?.answer).toBe(42);
    } finally {
      await db.close();
    }
    expect(pgliteDirectoryOf(dataDir)).toBe(path.join(dataDir, 'pglite'));
  }, 60_000);

  it('should keep opening a cluster made at the top of the data directory before the pglite folder existed', () => {
    const dataDir = scratch();
    writeFileSync(path.join(dataDir, 'PG_VERSION'), '17\n');
    expect(pgliteDirectoryOf(dataDir)).toBe(dataDir);
  });
});
