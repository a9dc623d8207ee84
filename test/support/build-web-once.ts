import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from './paths.ts';

/**
 * Vitest global setup: builds web/dist ONCE before any test file runs, when the run includes browser tests. Several
 * browser test files run in parallel workers; each building web/dist itself (vite empties the folder first) let one
 * file's server read a half-written build. Test files still call buildWebApp(), which skips when this has built.
 */
export default async function buildWebOnce(): Promise<void> {
  const filters = process.argv.slice(2).filter((arg) => !arg.startsWith('-') && arg !== 'run' && !/vitest(\.mjs)?$/.test(arg));
  const runsBrowserTests = filters.length === 0 || filters.some((filter) => /web|browser/.test(filter));
  if (!runsBrowserTests) return;
  const viteBin = path.join(REPO_ROOT, 'node_modules/vite/bin/vite.js');
  await promisify(execFile)(process.execPath, [viteBin, 'build', 'web', '--logLevel', 'warn'], { cwd: REPO_ROOT });
  if (!existsSync(path.join(REPO_ROOT, 'web/dist/index.html'))) throw new Error('vite build left no web/dist/index.html');
  process.env.QYZMET_WEB_BUILT = '1';
}
