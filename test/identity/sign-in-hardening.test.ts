import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/composition/demo-data.ts';
import { passwordAcceptable } from '../../src/core/identity/password-rule.ts';
import { buildServer } from '../../src/http/build-server.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { NOW, STRONG_PASSWORD } from './identity-fixture.ts';

/** Issue #13, finding 4: lockout and limits kept in the database, a real password rule, password change and reset. */
describe('sign-in hardening', { timeout: 240_000 }, () => {
  let app: TestApp;
  /** A second server process over the same database: the counts must hold across both. */
  let otherProcess: FastifyInstance;

  beforeAll(async () => {
    app = await startTestApp(import.meta.url, NOW);
    otherProcess = await buildServer(app.ctx, { logLevel: 'silent' });
  }, 180_000);
  afterAll(async () => {
    await otherProcess?.close();
    await app?.close();
  });

  const staffSignIn = async (login: string, password: string, server: FastifyInstance = app.server, address = '10.0.0.1') => {
    const response = await server.inject({ method: 'POST', url: '/api/auth/sign-in?lang=ru', payload: { login, password }, remoteAddress: address });
    return { status: response.statusCode, body: JSON.parse(response.body) };
  };

  it('locks a login after 10 wrong passwords across server processes, refuses the right one until the lock ends, in kk/ru/en', async () => {
    for (let attempt = 1; attempt <= 9; attempt += 1) {
      const refused = await staffSignIn('zhambyl.head', `wrong-${attempt}`, attempt % 2 === 0 ? otherProcess : app.server);
      expect(refused.body.error.code).toBe('SIGN_IN_FAILED');
    }
    const tenth = await staffSignIn('zhambyl.head', 'wrong-10', otherProcess);
    expect(tenth.status).toBe(429);
    expect(tenth.body.error.code).toBe('SIGN_IN_LOCKED');
    // 05:00Z + 15 minutes = 10:15 in Astana.
    expect(tenth.body.error.details).toMatchObject({ lockedUntil: '2026-11-24T05:15:00.000Z', lockedUntilLocal: '24.11.2026 10:15' });
    expect(tenth.body.error.message).toBe(tenth.body.error.messages.ru);
    for (const language of ['kk', 'ru', 'en'] as const) expect(tenth.body.error.messages[language]).toContain('24.11.2026 10:15');

    const rightButLocked = await staffSignIn('zhambyl.head', DEMO_PASSWORD, app.server, '10.9.9.9');
    expect(rightButLocked.body.error.code).toBe('SIGN_IN_LOCKED');
    app.setNow('2026-11-24T05:14:59Z');
    expect((await staffSignIn('zhambyl.head', DEMO_PASSWORD)).body.error.code).toBe('SIGN_IN_LOCKED');
    app.setNow('2026-11-24T05:15:00Z');
    expect((await staffSignIn('zhambyl.head', DEMO_PASSWORD)).status).toBe(200);
    app.setNow(NOW);
  });

  it('locks a citizen IIN the same way, whether or not it has an account', async () => {
    for (const iin of ['950101400012', '770101500123']) {
      let last = { status: 0, body: {} as any };
      for (let attempt = 1; attempt <= 10; attempt += 1) {
        const response = await app.server.inject({ method: 'POST', url: '/api/portal/sign-in', payload: { iin, password: `wrong-${attempt}` }, remoteAddress: '10.0.0.2' });
        last = { status: response.statusCode, body: JSON.parse(response.body) };
      }
      expect(last.body.error.code).toBe('SIGN_IN_LOCKED');
    }
    const right = await app.server.inject({ method: 'POST', url: '/api/portal/sign-in', payload: { iin: '950101400012', password: DEMO_PASSWORD }, remoteAddress: '10.0.0.3' });
    expect(JSON.parse(right.body).error.code).toBe('SIGN_IN_LOCKED');
  });

  it('limits sign-in requests per address and minute in the database, across server processes', async () => {
    const codes: number[] = [];
    for (let request = 1; request <= 31; request += 1) {
      codes.push((await staffSignIn('zhambyl.clerk', DEMO_PASSWORD, request % 2 === 0 ? otherProcess : app.server, '10.0.0.4')).status);
    }
    expect(codes.slice(0, 30).every((status) => status === 200)).toBe(true);
    const limited = await staffSignIn('zhambyl.clerk', DEMO_PASSWORD, app.server, '10.0.0.4');
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('TOO_MANY_REQUESTS');
    expect((await staffSignIn('zhambyl.clerk', DEMO_PASSWORD, app.server, '10.0.0.5')).status).toBe(200);
    app.setNow('2026-11-24T05:01:01Z');
    expect((await staffSignIn('zhambyl.clerk', DEMO_PASSWORD, app.server, '10.0.0.4')).status).toBe(200);
    app.setNow(NOW);
  });

  it('rate-limits the anonymous EDS challenge and purges expired challenges, so calls cannot pile up rows', async () => {
    const challenge = async (address: string) => app.server.inject({ method: 'POST', url: '/api/portal/eds-challenge', remoteAddress: address });
    for (let call = 0; call < 20; call += 1) expect((await challenge('10.0.0.6')).statusCode).toBe(200);
    const limited = await challenge('10.0.0.6');
    expect(limited.statusCode).toBe(429);
    expect(JSON.parse(limited.body).error.code).toBe('TOO_MANY_REQUESTS');
    const [before] = await app.ctx.db.execute<{ n: number }>('select count(*)::int as n from citizen_eds_challenges');
    expect(before!.n).toBe(20);
    app.setNow('2026-11-24T05:06:00Z');
    expect((await challenge('10.0.0.7')).statusCode).toBe(200);
    const [after] = await app.ctx.db.execute<{ n: number }>('select count(*)::int as n from citizen_eds_challenges');
    expect(after!.n).toBe(1);
    app.setNow(NOW);
  });

  it('refuses common and guessable passwords by the strength estimator', () => {
    for (const weak of ['password1', 'qwerty123', 'Password2024', '12345678', 'zhambyl.head1']) expect(passwordAcceptable(weak, ['zhambyl.head']), weak).toBe(false);
    for (const strong of [STRONG_PASSWORD, DEMO_PASSWORD, 'Kokshetau#lake-1979']) expect(passwordAcceptable(strong), strong).toBe(true);
  });

  it('lets staff change their password with the current one; the rule applies; other sessions end; audited', async () => {
    const token = await app.signIn('aktobe.executor1');
    const otherSession = await app.signIn('aktobe.executor1');
    const change = (body: object) => app.server.inject({ method: 'POST', url: '/api/auth/password?lang=en', headers: { authorization: `Bearer ${token}` }, payload: body });
    const wrongCurrent = await change({ currentPassword: 'not-it', newPassword: STRONG_PASSWORD });
    expect(JSON.parse(wrongCurrent.body).error.code).toBe('CURRENT_PASSWORD_WRONG');
    for (const weak of ['password1', 'qwerty123']) {
      const refused = JSON.parse((await change({ currentPassword: DEMO_PASSWORD, newPassword: weak })).body);
      expect(refused.error.code).toBe('PASSWORD_TOO_WEAK');
      expect(Object.keys(refused.error.messages)).toEqual(['kk', 'ru', 'en']);
    }
    expect((await change({ currentPassword: DEMO_PASSWORD, newPassword: STRONG_PASSWORD })).statusCode).toBe(204);
    expect((await app.request('GET', '/api/me', token)).status).toBe(200);
    expect((await app.request('GET', '/api/me', otherSession)).status).toBe(401);
    expect((await staffSignIn('aktobe.executor1', DEMO_PASSWORD, app.server, '10.0.1.1')).body.error.code).toBe('SIGN_IN_FAILED');
    expect((await staffSignIn('aktobe.executor1', STRONG_PASSWORD, app.server, '10.0.1.1')).status).toBe(200);
    const events = await app.ctx.db.execute<{ kind: string; actor_id: string }>(`select kind, actor_id from password_events where account_id = 'aktobe.executor1'`);
    expect(events).toEqual([{ kind: 'changed', actor_id: 'aktobe.executor1' }]);
  });

  it('lets a citizen change the password with the current one', async () => {
    const session = await app.request('POST', '/api/portal/sign-in', undefined, { iin: '061211600012', password: DEMO_PASSWORD });
    const token = session.body.token as string;
    const changed = await app.server.inject({ method: 'POST', url: '/api/portal/password', headers: { authorization: `Bearer ${token}` }, payload: { currentPassword: DEMO_PASSWORD, newPassword: STRONG_PASSWORD } });
    expect(changed.statusCode).toBe(204);
    expect((await app.request('POST', '/api/portal/sign-in', undefined, { iin: '061211600012', password: STRONG_PASSWORD })).status).toBe(200);
  });

  it('lets only an administrator reset a staff password: a temporary one, the lock lifted, sessions ended, who/whom/when recorded', async () => {
    const victimSession = await app.signIn('aktobe.clerk');
    for (let attempt = 1; attempt <= 10; attempt += 1) await staffSignIn('aktobe.clerk', `wrong-${attempt}`, app.server, '10.0.2.1');
    expect((await staffSignIn('aktobe.clerk', DEMO_PASSWORD, app.server, '10.0.2.2')).body.error.code).toBe('SIGN_IN_LOCKED');

    const head = await app.signIn('aktobe.head');
    const forbidden = await app.request('POST', '/api/admin/staff/aktobe.clerk/password-reset', head);
    expect(forbidden.body.error.code).toBe('FORBIDDEN_ROLE');

    const admin = await app.signIn('admin');
    const reset = await app.request('POST', '/api/admin/staff/aktobe.clerk/password-reset', admin);
    expect(reset.status).toBe(200);
    const temporaryPassword = reset.body.temporaryPassword as string;
    expect(passwordAcceptable(temporaryPassword)).toBe(true);
    expect((await app.request('GET', '/api/me', victimSession)).status).toBe(401);
    expect((await staffSignIn('aktobe.clerk', temporaryPassword, app.server, '10.0.2.3')).status).toBe(200);
    const audit = await app.request('GET', '/api/admin/staff/aktobe.clerk/password-events', admin);
    expect(audit.body).toEqual([{ kind: 'resetByAdministrator', accountId: 'aktobe.clerk', actorId: 'admin', at: new Date(NOW).toISOString() }]);
  });
});
