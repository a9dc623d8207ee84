import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/config.ts';

describe('server processes (QYZMET_WORKERS)', () => {
  const postgres = { DATABASE_URL: 'postgres://qyzmet@127.0.0.1:5432/qyzmet' };

  it('runs one server process per core with PostgreSQL unless told otherwise', () => {
    expect(loadConfig(postgres).workers).toBe(os.availableParallelism());
    expect(loadConfig({ ...postgres, QYZMET_WORKERS: '3' }).workers).toBe(3);
  });

  it('runs exactly one with the embedded PGlite database, whatever QYZMET_WORKERS says (PGlite is single-process)', () => {
    expect(loadConfig({}).workers).toBe(1);
    expect(loadConfig({ QYZMET_WORKERS: '4' }).workers).toBe(1);
  });

  it('refuses a count that is not a positive whole number, naming the variable', () => {
    expect(() => loadConfig({ ...postgres, QYZMET_WORKERS: '0' })).toThrow(/QYZMET_WORKERS/);
    expect(() => loadConfig({ ...postgres, QYZMET_WORKERS: 'all' })).toThrow(/QYZMET_WORKERS/);
  });
});
