import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { webPagesOf } from './web-area-preloads.ts';

/** The built web app (`npm run build:web` writes it; web/README.md). */
export const DEFAULT_WEB_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

/** Paths the web app never answers: the API, its docs and the health check keep their own 404s. */
const SERVER_PATHS = /^\/(api|docs|health)(\/|$)/;

/** Vite fingerprints every file under assets/ (index-<hash>.js): safe to cache for a year. */
const HASHED_ASSET = /^assets\//;

/**
 * Serves the single-page web app at `/` from the same server as the API: a file of the build when one matches the
 * path, otherwise index.html (the app routes /office/…, /portal/…, /desk/… itself). A missing asset (a path with a
 * file extension) is a real 404, not the app. Without a build the server runs API-only and logs how to build.
 *
 * Registered as an encapsulated plugin, so its `sendFile` decorator stays private and cannot clash with another
 * registration of @fastify/static.
 */
export async function registerStaticWeb(app: FastifyInstance, options: { root?: string } = {}): Promise<void> {
  const root = options.root ?? DEFAULT_WEB_ROOT;
  if (!existsSync(path.join(root, 'index.html'))) {
    app.log.info({ root }, 'web app not built (npm run build:web); serving the API only');
    return;
  }
  const pageFor = webPagesOf(root);
  await app.register(async (scope) => {
    await scope.register(fastifyStatic, { root, serve: false });
    scope.get('/*', { schema: { hide: true } }, async (request, reply) => {
      const pathname = safeDecode(request.url.split('?')[0] ?? '/');
      if (pathname === null) return reply.callNotFound();
      if (SERVER_PATHS.test(pathname)) return reply.callNotFound();
      const relative = path.posix.normalize(pathname).replace(/^\/+/, '');
      // No dot-files or dot-folders (the build's .vite/manifest.json is the server's, not the browser's).
      if (relative.split('/').some((segment) => segment.startsWith('.'))) return reply.callNotFound();
      if (relative && (await isFile(path.join(root, relative)))) {
        return HASHED_ASSET.test(relative)
          ? reply.sendFile(relative, { maxAge: '365d', immutable: true })
          : reply.sendFile(relative, { maxAge: 0, immutable: false });
      }
      if (path.posix.extname(relative) !== '') return reply.callNotFound();
      // index.html names the current hashed bundles: never cache it, or a deploy leaves browsers on the old app.
      return reply.type('text/html; charset=utf-8').header('cache-control', 'public, max-age=0').send(pageFor(path.posix.normalize(pathname)));
    });
  });
}

function safeDecode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null; // a malformed %-escape is no page of ours
  }
}

async function isFile(filePath: string): Promise<boolean> {
  try {
    return (await stat(filePath)).isFile();
  } catch {
    return false;
  }
}
