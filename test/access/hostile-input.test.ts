import { randomUUID } from 'node:crypto';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkIin } from '../../src/core/identity/iin.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { citizenToken, PDF_BASE64, ZHAMBYL_CITIZEN } from './support/access-fixtures.ts';

/** Issue #13, finding 6: input that used to give 500 or a 2xx, refused at the edge in the documented shape. */
describe('hostile input at the edge', () => {
  let app: TestApp;
  let operator: string;
  let executor: string;
  let citizen: string;

  beforeAll(async () => {
    app = await startTestApp(import.meta.url, '2026-11-24T05:00:00Z', { stepEffects: [] });
    operator = await app.signIn('zhambyl.operator');
    executor = await app.signIn('zhambyl.executor1');
    citizen = await citizenToken(app, ZHAMBYL_CITIZEN);
  });
  afterAll(() => app.close());

  const raw = (options: InjectOptions) => app.server.inject(options);
  const documented = (body: string) => {
    const parsed = JSON.parse(body);
    expect(Object.keys(parsed)).toEqual(['error']);
    expect(Object.keys(parsed.error).sort()).toEqual(['code', 'details', 'message', 'messages']);
    expect(Object.keys(parsed.error.messages).sort()).toEqual(['en', 'kk', 'ru']);
    return parsed.error;
  };

  it('should refuse a null byte or a lone surrogate in any string, naming the field in words in kk/ru/en', async () => {
    const nul = await raw({ method: 'POST', url: '/api/auth/sign-in', payload: { login: 'zhambyl.clerk\u0000', password: 'x' } });
    expect(nul.statusCode).toBe(400);
    const error = documented(nul.body);
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'body.login' } });
    expect(error.messages.ru).toContain('логин');
    expect(error.messages.kk).toContain('логин');
    expect(error.messages.ru).not.toContain('body.login');

    const inQuery = await raw({ method: 'GET', url: '/api/cases?serviceCode=a%00b', headers: { authorization: `Bearer ${executor}` } });
    expect(inQuery.statusCode).toBe(400);
    expect(documented(inQuery.body).details.field).toBe('querystring.serviceCode');
    // A lone surrogate cannot be percent-encoded; it arrives as a JSON escape.
    const inBody = await raw({ method: 'POST', url: '/api/attachments', headers: { authorization: `Bearer ${citizen}`, 'content-type': 'application/json' }, payload: '{"fileName":"a\\ud800.pdf","mediaType":"application/pdf","contentBase64":"JVBERi0="}' });
    expect(inBody.statusCode).toBe(400);
    expect(documented(inBody.body)).toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'body.fileName', field_ru: 'имя файла' } });
  }, 600_000);

  it('should refuse JSON nested 10,000 deep without overflowing the stack, and keep answering /health', async () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const response = await raw({ method: 'POST', url: '/api/requests/bytes', headers: { authorization: `Bearer ${citizen}`, 'content-type': 'application/json' }, payload: `{"regulationId":"x","formData":{"a":${deep}}}` });
    expect(response.statusCode).toBe(400);
    expect(documented(response.body).code).toBe('VALIDATION_FAILED');
    expect((await raw({ method: 'GET', url: '/health' })).statusCode).toBe(200);
  }, 600_000);

  it('should answer a body over the limit with 413 and a URL over 4096 characters with 414, in the documented shape', async () => {
    const large = await raw({ method: 'POST', url: '/api/auth/sign-in', headers: { 'content-type': 'application/json' }, payload: `{"login":"${'a'.repeat(30 * 1024 * 1024)}","password":"x"}` });
    expect(large.statusCode).toBe(413);
    expect(documented(large.body).code).toBe('REQUEST_TOO_LARGE');
    const long = await raw({ method: 'GET', url: `/api/regulations?x=${'a'.repeat(5000)}` });
    expect(long.statusCode).toBe(414);
    expect(documented(long.body).code).toBe('URL_TOO_LONG');
  }, 600_000);

  it("should answer Fastify's own refusals (a path parameter over 100 characters, malformed JSON) in the documented shape", async () => {
    const longParam = await raw({ method: 'GET', url: `/api/cases/${'a'.repeat(150)}`, headers: { authorization: `Bearer ${executor}` } });
    expect(longParam.statusCode).toBeGreaterThanOrEqual(400);
    expect(longParam.statusCode).toBeLessThan(500);
    documented(longParam.body);
    const badJson = await raw({ method: 'POST', url: '/api/auth/sign-in', headers: { 'content-type': 'application/json' }, payload: '{"login":' });
    expect(badJson.statusCode).toBe(400);
    expect(documented(badJson.body).code).toBe('VALIDATION_FAILED');
  }, 600_000);

  it('should refuse a path parameter that is not a UUID with 400, not 500', async () => {
    const ticket = await raw({ method: 'POST', url: '/api/desk/tickets/not-a-uuid/served', headers: { authorization: `Bearer ${operator}` } });
    expect(ticket.statusCode).toBe(400);
    expect(documented(ticket.body)).toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'params.ticketId', field_ru: 'талон очереди' } });
  }, 600_000);

  it('should refuse the IIN 000000000000 and any non-IIN in the power-of-attorney check', async () => {
    expect(checkIin('000000000000')).toEqual({ valid: false, problem: 'placeholder' });
    const search = await app.request('GET', '/api/cases?iin=000000000000', executor);
    expect(search.status).toBe(400);
    const bytes = await app.request('POST', '/api/requests/bytes', citizen, { regulationId: 'zhambyl-2017-231-job-seeker-registration', applicantIin: '000000000000', formData: {} });
    expect(bytes.status).toBe(400);
    const representative = { iin: '950101400012', fullName: 'Әлиева Жанар', powerOfAttorney: { number: '7', issuedOn: '2026-01-01', validUntil: '2027-01-01' } };
    for (const applicantIin of ['anything', '000000000000', '123456789012']) {
      const check = await app.request('POST', '/api/desk/power-of-attorney/check', operator, { applicantIin, representative });
      expect(check.status, applicantIin).toBe(400);
    }
    expect((await app.request('POST', '/api/desk/power-of-attorney/check', operator, { applicantIin: '880515300120', representative })).status).toBe(200);
  }, 600_000);

  it('should read unreadOnly=false as false', async () => {
    const at = app.ctx.clock().toISOString();
    await app.ctx.db.execute("insert into notifications (id, recipient_staff_id, kind, payload, created_at, read_at) values ($1, 'zhambyl.executor1', 'stepOverdue', '{}', $2, $2)", [randomUUID(), at]);
    const all = await app.request('GET', '/api/notifications?unreadOnly=false', executor);
    expect(all.status).toBe(200);
    expect(all.body).toHaveLength(1);
    expect((await app.request('GET', '/api/notifications?unreadOnly=true', executor)).body).toHaveLength(0);
  }, 600_000);

  it("should honour a citizen's Idempotency-Key on an upload: one file, the same answer replayed", async () => {
    const upload = () =>
      raw({ method: 'POST', url: '/api/attachments', headers: { authorization: `Bearer ${citizen}`, 'idempotency-key': 'upload-1' }, payload: { fileName: 'id.pdf', mediaType: 'application/pdf', contentBase64: PDF_BASE64 } });
    const first = await upload();
    const second = await upload();
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(JSON.parse(second.body).id).toBe(JSON.parse(first.body).id);
    const [row] = await app.ctx.db.execute<{ count: number }>("select count(*)::int as count from attachments where file_name = 'id.pdf'");
    expect(row!.count).toBe(1);
  }, 600_000);
});
