import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The two packages package.json `overrides` hold back to versions that run on Node 20 (issue 18) are used here
 * through the code that calls them: light-my-request (Fastify's inject, every API test) encodes request cookies with
 * `cookie`, and @fastify/static names a download with `content-disposition`.
 */
describe('the dependencies pinned for Node 20', () => {
  let root: string;
  const app = Fastify();

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'qyzmet-static-'));
    await writeFile(path.join(root, 'решение.txt'), 'signed result');
    await app.register(fastifyStatic, { root, serve: false });
    app.get('/download', async (_request, reply) => reply.download('решение.txt'));
    app.get('/cookies', async (request) => ({ cookie: request.headers.cookie ?? null }));
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await rm(root, { recursive: true, force: true });
  });

  it('should let inject send cookies (light-my-request with cookie 1.x)', async () => {
    const response = await app.inject({ method: 'GET', url: '/cookies', cookies: { session: 'abc', lang: 'kk' } });
    expect(response.json()).toEqual({ cookie: 'session=abc; lang=kk' });
  });

  it('should name a download with a non-ASCII file name (@fastify/static with content-disposition 2.x)', async () => {
    const response = await app.inject({ method: 'GET', url: '/download' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe('signed result');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="???????.txt"; filename*=UTF-8''${encodeURIComponent('решение.txt')}`);
  });
});
