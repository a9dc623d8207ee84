import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_PASSWORD } from '../../src/composition/demo-data.ts';
import { CITIZEN_SESSION_CACHE_SECONDS, CitizenSessionCache } from '../../src/application/portal/citizen-session-cache.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const NOW = '2026-11-24T05:00:00Z';
const later = (seconds: number) => new Date(new Date(NOW).getTime() + seconds * 1000).toISOString();

describe('citizen sessions cached for a short, explicit time (issue #15)', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp(import.meta.url, NOW);
  });
  afterAll(() => app.close());

  async function signIn(iin: string): Promise<string> {
    app.setNow(NOW);
    const response = await app.request('POST', '/api/portal/sign-in', undefined, { iin, password: DEMO_PASSWORD });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body.token as string;
  }

  it('forgets a cached session at once on sign-out in this process', async () => {
    const token = await signIn('880515300120');
    expect((await app.request('GET', '/api/portal/me', token)).status).toBe(200);
    expect((await app.request('POST', '/api/portal/sign-out', token)).status).toBe(204);
    expect((await app.request('GET', '/api/portal/me', token)).status).toBe(401);
  });

  it('sees a session ended elsewhere (another server process) once the cache time has passed, not later', async () => {
    const token = await signIn('950101400012');
    expect((await app.request('GET', '/api/portal/me', token)).status).toBe(200);
    await app.ctx.db.execute('delete from citizen_sessions where citizen_iin = $1', ['950101400012']);
    // Inside the cache time the gate and the portal answer from memory (no session read: the surge's saving) ...
    app.setNow(later(CITIZEN_SESSION_CACHE_SECONDS - 1));
    expect((await app.request('GET', '/api/portal/me', token)).status).toBe(200);
    // ... and never later than the cache time is the ended session refused.
    app.setNow(later(CITIZEN_SESSION_CACHE_SECONDS));
    expect((await app.request('GET', '/api/portal/me', token)).status).toBe(401);
  });

  it('is not consulted for a staff operation by its staff (the staff session is read first), and still admits a cached citizen on a citizen one', async () => {
    const citizenToken = await signIn('880515300208');
    const staffToken = await app.signIn('zhambyl.clerk');
    const lookups = vi.spyOn(CitizenSessionCache.prototype, 'get');
    try {
      expect((await app.request('GET', '/api/cases?limit=1', staffToken)).status).toBe(200);
      expect(lookups).not.toHaveBeenCalled();
      expect((await app.request('GET', '/api/portal/me', citizenToken)).status).toBe(200);
      expect(lookups).toHaveBeenCalled();
      // A citizen's token on a staff operation is still recognised as a citizen's (refused as such, not as unknown).
      expect((await app.request('GET', '/api/cases?limit=1', citizenToken)).status).toBe(403);
    } finally {
      lookups.mockRestore();
    }
  });

  it('looks a cached citizen up once per request: the route takes the citizen the access gate found (issue #19)', async () => {
    const token = await signIn('880515300120');
    expect((await app.request('GET', '/api/portal/me', token)).status).toBe(200);
    const lookups = vi.spyOn(CitizenSessionCache.prototype, 'get');
    try {
      const me = await app.request('GET', '/api/portal/me', token);
      expect(me.status).toBe(200);
      expect(me.body).toMatchObject({ iin: '880515300120' });
      expect(lookups).toHaveBeenCalledTimes(1);
    } finally {
      lookups.mockRestore();
    }
  });

  it('never serves a session past its own expiry, even inside the cache time', async () => {
    const token = await signIn('061211600012');
    const [session] = await app.ctx.db.execute<{ expires_at: Date | string }>('select expires_at from citizen_sessions where citizen_iin = $1', ['061211600012']);
    const expiresAtMs = new Date(session!.expires_at).getTime();
    app.setNow(new Date(expiresAtMs - 2_000).toISOString());
    expect((await app.request('GET', '/api/portal/me', token)).status).toBe(200);
    // Cached 2 s before the session ends; 1 s after its end is well inside the cache time, and still refused.
    app.setNow(new Date(expiresAtMs + 1_000).toISOString());
    expect((await app.request('GET', '/api/portal/me', token)).status).toBe(401);
  });
});
