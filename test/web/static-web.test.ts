import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerErrorHandler } from '../../src/http/error-handler.ts';
import { registerStaticWeb } from '../../src/http/static-web.ts';
import { AREA_MODULES } from '../../src/http/web-area-preloads.ts';
import { REPO_ROOT } from '../support/paths.ts';

const INDEX_HTML = '<!doctype html><html lang="kk"><body><div id="root"></div></body></html>';

async function serverWith(root: string): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  registerErrorHandler(app);
  app.get('/api/ping', async () => ({ pong: true }));
  app.get('/docs/json', async () => ({ openapi: '3.0.3' }));
  await registerStaticWeb(app, { root });
  await app.ready();
  return app;
}

describe('serving the built web app from the API server', () => {
  let directory: string;
  let app: FastifyInstance;

  beforeAll(async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), 'qyzmet-web-'));
    await mkdir(path.join(directory, 'dist/assets'), { recursive: true });
    await writeFile(path.join(directory, 'dist/index.html'), INDEX_HTML);
    await writeFile(path.join(directory, 'dist/assets/index-abc123.js'), 'console.log(1)');
    await writeFile(path.join(directory, 'dist/robots.txt'), 'User-agent: *');
    await writeFile(path.join(directory, 'secret.txt'), 'outside the build');
    app = await serverWith(path.join(directory, 'dist'));
  });
  afterAll(async () => {
    await app.close();
    await rm(directory, { recursive: true, force: true });
  });

  it('should answer / and every app route with index.html, never cached', async () => {
    for (const url of ['/', '/office', '/office/cases/9f1c2b7e-1', '/portal/services?region=zhambyl']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type']).toContain('text/html');
      expect(response.body).toBe(INDEX_HTML);
      expect(response.headers['cache-control']).toBe('public, max-age=0');
    }
  });

  it('should serve fingerprinted assets as immutable for a year and other files uncached', async () => {
    const asset = await app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['content-type']).toContain('javascript');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const robots = await app.inject({ method: 'GET', url: '/robots.txt' });
    expect(robots.statusCode).toBe(200);
    expect(robots.headers['cache-control']).toBe('public, max-age=0');
  });

  it('should leave the API, the docs and the health check their own routes and JSON 404s', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/ping' })).json()).toEqual({ pong: true });
    expect((await app.inject({ method: 'GET', url: '/docs/json' })).json()).toEqual({ openapi: '3.0.3' });
    for (const url of ['/api/nope', '/api', '/docs/missing', '/health']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(404);
      expect(response.json().error.code).toBe('NOT_FOUND');
    }
  });

  it('should answer 404, not the app, for a missing file, a malformed path or a path out of the build', async () => {
    for (const url of ['/assets/index-old.js', '/favicon.ico', '/%E0%A4%A', '/../secret.txt', '/%2e%2e/secret.txt']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.body, url).not.toContain('outside the build');
      // Fastify's router answers a malformed escape with 400 itself and normalises /../ to / (the app).
      if (url === '/%E0%A4%A') expect(response.statusCode).toBe(400);
      else if (url !== '/../secret.txt') expect(response.statusCode, url).toBe(404);
    }
  });

  it('should run API-only when the web app is not built', async () => {
    const bare = await serverWith(path.join(directory, 'no-such-build'));
    const response = await bare.inject({ method: 'GET', url: '/' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('NOT_FOUND');
    expect((await bare.inject({ method: 'GET', url: '/api/ping' })).statusCode).toBe(200);
    await bare.close();
  });
});

/*
 * Issue #15, first load on slow 3G: the page for an area's path names that area's chunks (modulepreload) and styles,
 * read from Vite's manifest, so the browser fetches them with the entry instead of after it.
 */
describe('the page for an area names the area\'s chunks', () => {
  let directory: string;
  let app: FastifyInstance;
  const manifest = {
    'index.html': { file: 'assets/index-e1.js', isEntry: true, imports: ['_runtime.js'], css: ['assets/index-e1.css'] },
    '_runtime.js': { file: 'assets/runtime-r1.js' },
    '_form.js': { file: 'assets/form-f1.js', imports: ['_runtime.js', 'index.html'], css: ['assets/form-f1.css'] },
    'src/portal/PortalApp.tsx': { file: 'assets/PortalApp-p1.js', isDynamicEntry: true, imports: ['index.html', '_form.js'] },
    'src/verify/VerifyApp.tsx': { file: 'assets/VerifyApp-v1.js', isDynamicEntry: true, imports: ['index.html'], css: ['assets/VerifyApp-v1.css'] },
    'src/back-office/BackOfficeApp.tsx': { file: 'assets/BackOfficeApp-b1.js', isDynamicEntry: true, imports: ['_form.js'], dynamicImports: ['src/lazy/Chart.tsx'] },
    'src/back-office/BackOfficeMenu.tsx': { file: 'assets/BackOfficeMenu-m1.js', isDynamicEntry: true },
    'src/lazy/Chart.tsx': { file: 'assets/Chart-c1.js', isDynamicEntry: true },
  };
  const head = (html: string) => html.slice(0, html.indexOf('</head>'));

  beforeAll(async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), 'qyzmet-web-'));
    await mkdir(path.join(directory, '.vite'), { recursive: true });
    await writeFile(path.join(directory, 'index.html'), '<!doctype html><html lang="kk"><head><script type="module" src="/assets/index-e1.js"></script></head><body></body></html>');
    await writeFile(path.join(directory, '.vite/manifest.json'), JSON.stringify(manifest));
    app = await serverWith(directory);
  });
  afterAll(async () => {
    await app.close();
    await rm(directory, { recursive: true, force: true });
  });

  it('should preload the portal chunk and what it imports, with the imported chunk\'s styles, but nothing the entry loads', async () => {
    const page = await app.inject({ method: 'GET', url: '/portal/cabinet?x=1' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.headers['cache-control']).toBe('public, max-age=0');
    const tags = head(page.body);
    expect(tags).toContain('<link rel="modulepreload" crossorigin href="/assets/PortalApp-p1.js">');
    expect(tags).toContain('<link rel="modulepreload" crossorigin href="/assets/form-f1.js">');
    expect(tags).toContain('<link rel="stylesheet" crossorigin href="/assets/form-f1.css">');
    expect(tags).not.toContain('runtime-r1.js');
    expect(tags).not.toContain('VerifyApp');
    expect(tags).not.toContain('BackOffice');
  });

  it('should give / the first area (the back office) and leave its dynamic imports lazy', async () => {
    const tags = head((await app.inject({ method: 'GET', url: '/' })).body);
    expect(tags).toContain('/assets/BackOfficeApp-b1.js');
    expect(tags).toContain('/assets/BackOfficeMenu-m1.js');
    expect(tags).not.toContain('Chart-c1.js');
  });

  it('should give a path of no area index.html as built, and never serve the manifest itself', async () => {
    const page = await app.inject({ method: 'GET', url: '/nowhere' });
    expect(page.body).not.toContain('modulepreload');
    expect((await app.inject({ method: 'GET', url: '/.vite/manifest.json' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/verify/ABC' })).body).toContain('href="/assets/VerifyApp-v1.css"');
  });

  it('should name for each area of the web app the modules web/src/app/areas.ts loads for it', async () => {
    const areasSource = await readFile(path.join(REPO_ROOT, 'web/src/app/areas.ts'), 'utf8');
    const loaded = new Map<string, string>(); // component name → module
    for (const match of areasSource.matchAll(/const (\w+) = loadOnFirstUse\(\(\) => import\('\.\.\/([^']+)'\)/g)) loaded.set(match[1]!, `src/${match[2]}`);
    const areas = [...areasSource.matchAll(/basePath: '([^']+)'[^}]*Component: (\w+)(?:, Menu: (\w+))?/g)].map((m) => ({ basePath: m[1]!, modules: [m[2]!, m[3]].filter((c): c is string => !!c).map((c) => loaded.get(c)!) }));
    expect(areas.length).toBeGreaterThanOrEqual(6);
    expect(AREA_MODULES).toEqual(areas);
  });
});

