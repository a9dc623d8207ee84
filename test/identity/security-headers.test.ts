import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { NOW } from './identity-fixture.ts';

/** Issue #13, finding 5: security headers on every answer, no-store on answers with personal data. */
describe('security headers', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(import.meta.url, NOW);
  }, 180_000);
  afterAll(() => app?.close());

  const get = (url: string, token?: string) => app.server.inject({ method: 'GET', url, headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('sends CSP with frame-ancestors none, X-Frame-Options, nosniff and Referrer-Policy', async () => {
    for (const url of ['/health', '/api/regulations', '/office', '/api/nothing-here']) {
      const response = await get(url);
      const csp = response.headers['content-security-policy'] as string;
      expect(csp, url).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("default-src 'self'");
      expect(csp).not.toContain("'unsafe-eval'");
      expect(response.headers['x-frame-options']).toBe('DENY');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
    }
  });

  it('marks API answers with personal data no-store, and leaves the public catalog cacheable', async () => {
    const clerk = await app.signIn('zhambyl.clerk');
    for (const url of ['/api/me', '/api/cases?iin=880515300120', '/api/persons/880515300120']) {
      expect((await get(url, clerk)).headers['cache-control'], url).toBe('no-store');
    }
    const citizen = (await app.request('POST', '/api/portal/sign-in', undefined, { iin: '880515300120', password: 'qyzmet-demo' })).body.token as string;
    expect((await get('/api/portal/me', citizen)).headers['cache-control']).toBe('no-store');
    expect((await get('/api/portal/me')).headers['cache-control']).toBe('no-store');
    expect((await get('/api/regulations')).headers['cache-control']).toBeUndefined();
  });
});
