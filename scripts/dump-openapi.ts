/**
 * Writes the server's OpenAPI description, exactly as `GET /docs/json` serves it, to a file (or stdout), so outside
 * tools can check it without a running server:
 *
 *   npx tsx scripts/dump-openapi.ts /tmp/openapi.json
 *   npx @redocly/cli lint /tmp/openapi.json && npx swagger-parser validate /tmp/openapi.json
 *
 * The server is built in-process over an in-memory PGlite database (no data directory, no network).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { openPgliteDatabase } from '../src/adapters/db/pglite-database.ts';
import { openApp } from '../src/composition/open-app.ts';
import { loadConfig } from '../src/config/config.ts';
import { buildServer } from '../src/http/build-server.ts';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The body of GET /docs/json of a server built from this checkout. */
export async function fetchServedOpenApiDocument(): Promise<Record<string, unknown>> {
  const db = await openPgliteDatabase();
  try {
    const config = loadConfig({
      QYZMET_REGULATIONS_DIR: path.join(REPO_ROOT, 'regulations'),
      QYZMET_CALENDAR_FILE: path.join(REPO_ROOT, 'calendar/kz-holidays.json'),
    });
    const ctx = await openApp(config, { db });
    const server = await buildServer(ctx, { logLevel: 'silent' });
    try {
      const response = await server.inject({ method: 'GET', url: '/docs/json' });
      if (response.statusCode !== 200) throw new Error(`GET /docs/json: HTTP ${response.statusCode}: ${response.body}`);
      return response.json<Record<string, unknown>>();
    } finally {
      await server.close();
    }
  } finally {
    await db.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const target = process.argv[2];
  const text = JSON.stringify(await fetchServedOpenApiDocument(), null, 2) + '\n';
  if (target) await writeFile(target, text);
  else process.stdout.write(text);
}
