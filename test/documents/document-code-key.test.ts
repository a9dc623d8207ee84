import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadOrCreateSecretKey } from '../../src/adapters/security/secret-key-file.ts';

describe('the verification-code secret in the data directory', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'qyzmet-secret-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is created once, readable by the owner only, and the same on every later start', async () => {
    const file = path.join(dir, 'secrets', 'document-code.key');
    const [first, concurrent] = await Promise.all([loadOrCreateSecretKey(file), loadOrCreateSecretKey(file)]);
    expect(first).toHaveLength(32);
    expect(concurrent).toEqual(first);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(await loadOrCreateSecretKey(file)).toEqual(first);
    expect(await loadOrCreateSecretKey(path.join(dir, 'other.key'))).not.toEqual(first);
  });
});
