import { readFile } from 'node:fs/promises';
import path from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/paths.ts';

/**
 * README promises Node.js 20.19+, and package.json's `engines` says so. A dependency that declares a newer runtime
 * makes `npm ci` print EBADENGINE and may break at run time (issue 18: cookie@2 and content-disposition@3 want
 * Node ≥ 22; package.json `overrides` keep light-my-request on cookie 1 and @fastify/static 10 on content-disposition 2).
 * The lock file records every installed package's `engines`, so the check needs no network and no install.
 */
describe('the dependencies in package-lock.json', () => {
  it('should all run on the oldest Node.js that package.json promises', async () => {
    const manifest = JSON.parse(await readFile(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
    const lock = JSON.parse(await readFile(path.join(REPO_ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>;
    };
    const oldest = semver.minVersion(manifest.engines.node)?.version;
    expect(oldest).toBe('20.19.0');
    const tooNew = Object.entries(lock.packages).flatMap(([where, entry]) => {
      const wanted = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
      return wanted && !semver.satisfies(oldest ?? '', wanted) ? [`${where}@${entry.version ?? '?'} needs node ${wanted}`] : [];
    });
    expect(tooNew).toEqual([]);
  });
});
