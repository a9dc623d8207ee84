import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerErrorHandler } from '../../src/http/error-handler.ts';
import { registerStaticWeb } from '../../src/http/static-web.ts';

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
