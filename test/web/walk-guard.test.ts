import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/paths.ts';

async function browserWalkFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await browserWalkFiles(full)));
    else if (entry.name.endsWith('.browser.test.ts')) found.push(full);
  }
  return found;
}

describe('browser walks', () => {
  it('every walk imports test/web/support/web-app.ts, so each gets the walk guard against hangs', async () => {
    const files = await browserWalkFiles(path.join(REPO_ROOT, 'test'));
    expect(files.length).toBeGreaterThanOrEqual(20);
    const without: string[] = [];
    for (const file of files) {
      if (!/from '(?:\.{1,2}\/)+(?:web\/)?support\/web-app\.ts'/.test(await readFile(file, 'utf8'))) without.push(path.relative(REPO_ROOT, file));
    }
    expect(without).toEqual([]);
  });
});
