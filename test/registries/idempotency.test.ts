import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseRegistries } from '../../src/adapters/registries/choose-registries.ts';
import type { AppContext } from '../../src/application/app-context.ts';
import type { RegistryContext } from '../../src/application/registries/registries.ts';
import { AppError } from '../../src/core/errors/app-error.ts';
import type { PersonsRegistry } from '../../src/core/ports/persons-registry.ts';
import { buildServer } from '../../src/http/build-server.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { officeApplication } from '../support/office-filing.ts';

const REGULATION = 'zhambyl-2017-231-job-seeker-registration';
const formData = { 'desired-position': 'Driver', 'education-level': 'secondary', phone: '+77011234567', 'consent-publish': true };

describe('Idempotency-Key: a retried request gets the first answer', () => {
  let app: TestApp;
  let clerk: string;

  beforeAll(async () => {
    app = await startTestApp(import.meta.url, '2026-11-24T05:00:00Z');
    clerk = await app.signIn('zhambyl.clerk');
  });
  afterAll(() => app.close());

  const submit = (key: string | undefined, body: { regulationId: string; applicantIin: string; formData: object }, token = clerk, server = app.server) =>
    server.inject({ method: 'POST', url: '/api/cases', headers: { authorization: `Bearer ${token}`, ...(key ? { 'idempotency-key': key } : {}) }, payload: officeApplication(app.ctx, body) });

  async function casesOf(iin: string): Promise<number> {
    const [row] = await app.ctx.db.execute<{ count: number }>('select count(*)::int as count from cases where applicant_iin = $1', [iin]);
    return row!.count;
  }

  it('should return the first answer, marked as replayed, when a submit is retried with the same key', async () => {
    const body = { regulationId: REGULATION, applicantIin: '880515300120', formData };
    const first = await submit('submit-0001', body);
    const retry = await submit('submit-0001', body);
    expect(first.statusCode).toBe(201);
    expect(retry.statusCode).toBe(201);
    expect(retry.body).toBe(first.body);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect(await casesOf('880515300120')).toBe(1);
  });

  it('should refuse with 422 IDEMPOTENCY_KEY_REUSED when the same key comes with a different body', async () => {
    const other = await submit('submit-0001', { regulationId: REGULATION, applicantIin: '950101400012', formData });
    expect(other.statusCode).toBe(422);
    expect(JSON.parse(other.body).error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await casesOf('950101400012')).toBe(0);
  });

  it('should give two concurrent retries the same first answer and file one case', async () => {
    const body = { regulationId: REGULATION, applicantIin: '950101400012', formData };
    const [a, b] = await Promise.all([submit('submit-0002', body), submit('submit-0002', body)]);
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect(a.body).toBe(b.body);
    expect([a.headers['idempotent-replayed'], b.headers['idempotent-replayed']].filter(Boolean)).toEqual(['true']);
    expect(await casesOf('950101400012')).toBe(1);
  });

  it('should replay a step command too, where running it again would have been refused', async () => {
    const filed = JSON.parse((await submit('submit-0003', { regulationId: REGULATION, applicantIin: '061211600012', formData })).body);
    const command = { stepId: 'register', expectedVersion: filed.version };
    const step = (key?: string) =>
      app.server.inject({ method: 'POST', url: `/api/cases/${filed.id}/steps`, headers: { authorization: `Bearer ${clerk}`, ...(key ? { 'idempotency-key': key } : {}) }, payload: command });
    const first = await step('register-0003');
    const retried = await step('register-0003');
    expect([first.statusCode, retried.statusCode]).toEqual([200, 200]);
    expect(retried.body).toBe(first.body);
    expect((await step()).statusCode).toBe(409);
  });

  it("should keep keys per staff member, so another clerk's equal key is a new request", async () => {
    const aktobe = await app.signIn('aktobe.clerk');
    const theirs = await submit('submit-0001', { regulationId: 'aktobe-2016-285-unemployed-registration', applicantIin: '880515300208', formData: { 'education-level': 'higher', 'desired-occupation': 'Инженер', phone: '+77011234567' } }, aktobe);
    expect(theirs.statusCode).toBe(201);
    expect(theirs.headers['idempotent-replayed']).toBeUndefined();
  });

  it('should run the retry again when the first answer was a temporary failure', async () => {
    let down = true;
    const local = chooseRegistries({ persons: 'local' });
    const flaky: PersonsRegistry = {
      kind: 'local-flaky',
      findByIin: (iin) => (down ? Promise.reject(new AppError('PERSONS_REGISTRY_UNAVAILABLE', 'test outage')) : local.persons(app.ctx.db).findByIin(iin)),
    };
    const ctx: AppContext & RegistryContext = { ...app.ctx, registries: { ...local, persons: () => flaky } };
    const server = await buildServer(ctx, { logLevel: 'silent' });
    const body = { regulationId: 'aktobe-2016-285-unemployed-registration', applicantIin: '061211600012', formData: { 'education-level': 'higher', 'desired-occupation': 'Инженер', phone: '+77011234567' } };
    const aktobe = await app.signIn('aktobe.clerk');
    const failed = await submit('submit-0004', body, aktobe, server);
    expect(failed.statusCode).toBe(503);
    down = false;
    const retried = await submit('submit-0004', body, aktobe, server);
    expect(retried.statusCode).toBe(201);
    expect(retried.headers['idempotent-replayed']).toBeUndefined();
    await server.close();
  });

  it('should answer 400 naming the header when the key is not 1 to 255 visible characters', async () => {
    const bad = await submit('has spaces', { regulationId: REGULATION, applicantIin: '880515300208', formData });
    expect(bad.statusCode).toBe(400);
    expect(JSON.parse(bad.body).error).toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'headers.idempotency-key' } });
  });
});
