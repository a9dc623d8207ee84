import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPRESSION_THRESHOLD_BYTES } from '../../src/http/compression.ts';
import { buildServer } from '../../src/http/build-server.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

describe('compressed responses', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(import.meta.url, '2026-11-24T05:00:00Z');
  });
  afterAll(() => app.close());

  const get = (url: string, acceptEncoding?: string) =>
    app.server.inject({ method: 'GET', url, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });

  it('sends brotli or gzip as the client asks, and the same bytes once decompressed', async () => {
    const plain = await get('/docs/json');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.length).toBeGreaterThan(COMPRESSION_THRESHOLD_BYTES);
    const brotli = await get('/docs/json', 'br, gzip');
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(brotli.rawPayload).toString()).toBe(plain.body);
    const gzip = await get('/docs/json', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(plain.body);
    expect(brotli.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
  });

  it('leaves small answers as they are', async () => {
    const health = await get('/health', 'br, gzip');
    expect(health.headers['content-encoding']).toBeUndefined();
    expect(health.statusCode).toBe(200);
  });

  it('sends every answer as it is when compression is switched off (QYZMET_COMPRESSION=off, issue #15 lever)', async () => {
    const server = await buildServer(app.ctx, { logLevel: 'silent', compression: false });
    try {
      const answer = await server.inject({ method: 'GET', url: '/docs/json', headers: { 'accept-encoding': 'br, gzip' } });
      expect(answer.statusCode).toBe(200);
      expect(answer.headers['content-encoding']).toBeUndefined();
      expect(answer.rawPayload.length).toBeGreaterThan(COMPRESSION_THRESHOLD_BYTES);
    } finally {
      await server.close();
    }
  });
});
