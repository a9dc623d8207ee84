import { mkdtemp, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gatewaySystemKeys, gatewaySystemKeysIn, openGatewaySystemKeys } from '../../src/adapters/gateway/system-keys.ts';

const NOW = new Date('2026-11-24T05:00:00Z');
const bytes = new TextEncoder().encode('{"messageId":"m-1","body":{}}');

/**
 * Issue #15: with QYZMET_WORKERS the gateway's system keys were made anew in every process, so an envelope one worker
 * signed could not be checked by another (or after a restart). Now they are made once in the data directory.
 */
describe('gateway system keys shared between processes', () => {
  it('should give processes that start together the same keys, so an envelope signed by one verifies in the other and after a restart', async () => {
    const directory = path.join(await mkdtemp(path.join(os.tmpdir(), 'qyzmet-gateway-keys-')), 'gateway-keys');
    // Two processes opening the same directory at the same moment (each opens it once, uncached).
    const [first, second] = await Promise.all([openGatewaySystemKeys(directory, NOW), openGatewaySystemKeys(directory, NOW)]);
    const signature = await first.sign('portal', bytes, NOW);
    expect(await second.verify('portal', bytes, signature, NOW)).toMatchObject({ valid: true });
    const restarted = await openGatewaySystemKeys(directory, NOW);
    expect(await restarted.verify('stateCorporation', bytes, await second.sign('stateCorporation', bytes, NOW), NOW)).toMatchObject({ valid: true });
    // Only the winning set is kept: no half-written drafts are left beside it.
    expect((await readdir(path.dirname(directory))).sort()).toEqual(['gateway-keys']);
  });

  it('should refuse an envelope signed with keys made elsewhere, which is what per-process keys did across workers', async () => {
    const elsewhere = await gatewaySystemKeys({}, NOW);
    const directory = path.join(await mkdtemp(path.join(os.tmpdir(), 'qyzmet-gateway-keys-')), 'gateway-keys');
    const shared = await gatewaySystemKeysIn(directory, NOW);
    const verdict = await shared.verify('portal', bytes, await elsewhere.sign('portal', bytes, NOW), NOW);
    expect(verdict.valid).toBe(false);
    // Read once per process: the same object for the same directory.
    expect(await gatewaySystemKeysIn(directory, NOW)).toBe(shared);
  });
});
