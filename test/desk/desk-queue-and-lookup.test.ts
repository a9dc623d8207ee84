import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCheckDigit } from '../../src/core/identity/iin.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

// Aktobe is UTC+5: 10:00Z is 15:00 at the branch (sessions last 12 hours, past the branch's midnight).
const START = '2026-11-24T10:00:00Z';

describe('State Corporation desk: electronic queue, applicant lookup, power of attorney', () => {
  let app: TestApp;
  let operator: string;
  let zhambylOperator: string;

  beforeAll(async () => {
    app = await startTestApp(import.meta.url, START);
    operator = await app.signIn('aktobe.operator');
    zhambylOperator = await app.signIn('zhambyl.operator');
  });
  afterAll(() => app.close());

  it('should give concurrent takes of one branch distinct consecutive numbers', async () => {
    const takes = await Promise.all(Array.from({ length: 12 }, () => app.request('POST', '/api/desk/tickets', operator)));
    expect(takes.map((t) => t.status)).toEqual(Array(12).fill(201));
    const numbers = takes.map((t) => t.body.number as number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(new Set(takes.map((t) => t.body.day))).toEqual(new Set(['2026-11-24']));
  });

  it("should number each branch's queue on its own", async () => {
    const first = await app.request('POST', '/api/desk/tickets', zhambylOperator);
    expect(first.body).toMatchObject({ number: 1, branchId: 'zhambyl-taraz-sc-branch', status: 'waiting' });
  });

  it('should call waiting tickets lowest number first, then answer QUEUE_EMPTY', async () => {
    const called = await app.request('POST', '/api/desk/tickets/call-next', zhambylOperator);
    expect(called.body).toMatchObject({ number: 1, status: 'called', calledBy: 'zhambyl.operator' });
    const served = await app.request('POST', `/api/desk/tickets/${called.body.id}/served`, zhambylOperator);
    expect(served.body.status).toBe('served');
    const empty = await app.request('POST', '/api/desk/tickets/call-next', zhambylOperator);
    expect(empty.status).toBe(409);
    expect(empty.body.error.code).toBe('QUEUE_EMPTY');
  });

  it('should restart the numbers on the next local day of the branch', async () => {
    app.setNow('2026-11-24T18:59:00Z'); // 23:59 in Aktobe
    const lastOfDay = await app.request('POST', '/api/desk/tickets', operator);
    app.setNow('2026-11-24T19:01:00Z'); // 00:01 on the 25th in Aktobe
    const firstOfNext = await app.request('POST', '/api/desk/tickets', operator);
    app.setNow(START);
    expect(lastOfDay.body).toMatchObject({ day: '2026-11-24', number: 13 });
    expect(firstOfNext.body).toMatchObject({ day: '2026-11-25', number: 1 });
  });

  it('should refuse the desk to staff who are not State Corporation operators', async () => {
    const clerk = await app.signIn('aktobe.clerk');
    const response = await app.request('POST', '/api/desk/tickets', clerk);
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('FORBIDDEN_ROLE');
  });

  it('should find an applicant who is in the persons database', async () => {
    const response = await app.request('GET', '/api/desk/persons/880515300208', operator);
    expect(response.status).toBe(200);
    expect(response.body.name.ru).toMatchObject({ surname: 'Петров', givenName: 'Алексей' });
  });

  it('should refuse an applicant absent from the persons database with the message of seed 001 line 146', async () => {
    const absent = withCheckDigit('77070750012')!;
    const response = await app.server.inject({ method: 'GET', url: `/api/desk/persons/${absent}?lang=ru`, headers: { authorization: `Bearer ${operator}` } });
    const body = response.json();
    expect(response.statusCode).toBe(422);
    expect(body.error.code).toBe('PERSON_NOT_IN_REGISTRY');
    expect(body.error.message).toContain('ГБД ФЛ');
    expect(body.error.messages.kk).toContain('ЖТ МДҚ');
  });

  const representative = (validUntil: string) => ({
    iin: '950101400012',
    fullName: 'Әлиева Жанар Бақытқызы',
    powerOfAttorney: { number: 'ДВ-2026/154', issuedOn: '2026-01-10', validUntil },
  });

  it('should accept a power of attorney valid through today', async () => {
    const response = await app.request('POST', '/api/desk/power-of-attorney/check', operator, { applicantIin: '880515300208', representative: representative('2026-11-24') });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ valid: true });
  });

  it('should refuse an expired power of attorney with a kk/ru/en message naming it', async () => {
    const response = await app.request('POST', '/api/desk/power-of-attorney/check', operator, { applicantIin: '880515300208', representative: representative('2026-11-23') });
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('POWER_OF_ATTORNEY_EXPIRED');
    expect(response.body.error.messages.ru).toBe('Срок действия доверенности № ДВ-2026/154 истёк 2026-11-23: представитель не может действовать от имени услугополучателя.');
    expect(response.body.error.messages.kk).toContain('ДВ-2026/154');
    expect(response.body.error.messages.en).toContain('expired on 2026-11-23');
  });

  it('should refuse a power of attorney by which the applicant represents themselves', async () => {
    const self = { ...representative('2027-01-01'), iin: '880515300208' };
    const response = await app.request('POST', '/api/desk/power-of-attorney/check', operator, { applicantIin: '880515300208', representative: self });
    expect(response.body.error.code).toBe('POWER_OF_ATTORNEY_INVALID');
  });
});
