import { operationPolicy } from '../src/core/access/operation-policy.ts';
import { readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
const files = execSync("grep -rlE \"app\\.(get|post|put|patch|delete)\\(\" src/http", { encoding: 'utf8' }).trim().split('\n');
for (const f of files) {
  const text = readFileSync(f, 'utf8');
  for (const m of text.matchAll(/app\.(get|post|put|patch|delete)\(\s*(?:\n\s*)?['`]([^'`]+)['`]/g)) {
    const method = m[1]!.toUpperCase(); const url = m[2]!;
    if (!url.startsWith('/api/')) continue;
    if (!operationPolicy(method, url)) console.log(`${method} ${url}   (${f})`);
  }
}
