import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPersons, iin, person, signInAll } from '../registries/support/registry-fixtures.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { officeApplication } from '../support/office-filing.ts';

const REGULATION = 'zhambyl-2017-231-job-seeker-registration';
const formData = { 'desired-position': 'Бухгалтер', 'education-level': 'higher', phone: '+77011234567', 'consent-publish': true };
const FIRST = iin('81020230011');
const SECOND = iin('82030330012');
const THIRD = iin('83040430013');
const UNREGISTERED = iin('84050530014');
const AKTOBE = iin('85060630015');

describe('the incoming registration journal (GET /api/journal)', () => {
  let app: TestApp;
  let t: Record<string, string>;

  async function fileAndRegister(region: 'zhambyl' | 'aktobe', regulationId: string, applicantIin: string, registerAtIso: string | null, form: Record<string, unknown> = formData) {
    const filed = await app.request('POST', '/api/cases', t[`${region}.clerk`], officeApplication(app.ctx, { regulationId, applicantIin, formData: form }));
    if (filed.status !== 201) throw new Error(JSON.stringify(filed.body));
    if (registerAtIso === null) return filed.body;
    app.setNow(registerAtIso);
    const registered = await app.request('POST', `/api/cases/${filed.body.id}/steps`, t[`${region}.clerk`], { stepId: 'register', expectedVersion: filed.body.version });
    if (registered.status !== 200) throw new Error(JSON.stringify(registered.body));
    return registered.body;
  }

  beforeAll(async () => {
    app = await startTestApp(import.meta.url, '2026-11-24T05:00:00Z'); // Tuesday 10:00 in Taraz (UTC+5)
    await addPersons(app.ctx.db, [
      person({ iin: FIRST, surname: 'Бірінші', region: 'zhambyl' }),
      person({ iin: SECOND, surname: 'Екінші', region: 'zhambyl' }),
      person({ iin: THIRD, surname: 'Үшінші', region: 'zhambyl' }),
      person({ iin: UNREGISTERED, region: 'zhambyl' }),
      person({ iin: AKTOBE }),
    ]);
    t = await signInAll(app, ['zhambyl.clerk', 'zhambyl.head', 'zhambyl.executor1', 'zhambyl.supervisor', 'aktobe.clerk']);
    await fileAndRegister('zhambyl', REGULATION, FIRST, '2026-11-24T05:10:00Z');
    await fileAndRegister('zhambyl', REGULATION, SECOND, '2026-11-24T06:00:00Z');
    app.setNow('2026-11-25T12:00:00Z');
    t = await signInAll(app, Object.keys(t)); // sessions last 12 hours
    // Registered at 00:30 on 26 November in Taraz (19:30 UTC on the 25th): the journal's day is the local one.
    await fileAndRegister('zhambyl', REGULATION, THIRD, '2026-11-25T19:30:00Z');
    await fileAndRegister('zhambyl', REGULATION, UNREGISTERED, null);
    await fileAndRegister('aktobe', 'aktobe-2016-285-unemployed-registration', AKTOBE, '2026-11-25T20:00:00Z', { 'education-level': 'higher', 'desired-occupation': 'Инженер', phone: '+77011234567' });
  });
  afterAll(() => app.close());

  it("lists the provider's registered cases in journal order, with number, time, applicant, service, channel and status", async () => {
    const journal = await app.request('GET', '/api/journal', t['zhambyl.clerk']);
    expect(journal.status).toBe(200);
    expect(journal.body).toMatchObject({ providerId: 'zhambyl-taraz-employment-centre', from: null, to: null, total: 3, limit: 50, offset: 0 });
    expect(journal.body.items).toEqual([
      expect.objectContaining({ journalNumber: 'TRZ-2026-000001', registeredAt: '2026-11-24T05:10:00.000Z', applicantIin: FIRST, applicantName: expect.stringContaining('Бірінші'), channel: 'providerOffice', status: 'inWork', serviceName: expect.objectContaining({ ru: expect.any(String) }) }),
      expect.objectContaining({ journalNumber: 'TRZ-2026-000002', applicantIin: SECOND }),
      expect.objectContaining({ journalNumber: 'TRZ-2026-000003', registeredAt: '2026-11-25T19:30:00.000Z', applicantIin: THIRD }),
    ]);
    expect(journal.body.items.map((e: { applicantIin: string }) => e.applicantIin)).not.toContain(UNREGISTERED);
  });

  it("filters by the provider's local registration days", async () => {
    const firstDay = await app.request('GET', '/api/journal?from=2026-11-24&to=2026-11-24', t['zhambyl.head']);
    expect(firstDay.body.items.map((e: { journalNumber: string }) => e.journalNumber)).toEqual(['TRZ-2026-000001', 'TRZ-2026-000002']);
    const nextDay = await app.request('GET', '/api/journal?from=2026-11-25&to=2026-11-25', t['zhambyl.head']);
    expect(nextDay.body.items).toEqual([]);
    const localDay = await app.request('GET', '/api/journal?from=2026-11-26', t['zhambyl.head']);
    expect(localDay.body.items.map((e: { journalNumber: string }) => e.journalNumber)).toEqual(['TRZ-2026-000003']);
  });

  it('answers a page at a time with the total of the range, in journal order across pages', async () => {
    const first = await app.request('GET', '/api/journal?limit=2', t['zhambyl.clerk']);
    expect(first.body).toMatchObject({ total: 3, limit: 2, offset: 0, items: [expect.objectContaining({ journalNumber: 'TRZ-2026-000001' }), expect.objectContaining({ journalNumber: 'TRZ-2026-000002' })] });
    const second = await app.request('GET', '/api/journal?limit=2&offset=2', t['zhambyl.clerk']);
    expect(second.body).toMatchObject({ total: 3, limit: 2, offset: 2 });
    expect(second.body.items.map((e: { journalNumber: string }) => e.journalNumber)).toEqual(['TRZ-2026-000003']);
    const ranged = await app.request('GET', '/api/journal?from=2026-11-24&to=2026-11-24&limit=1&offset=1', t['zhambyl.head']);
    expect(ranged.body).toMatchObject({ total: 2, items: [expect.objectContaining({ journalNumber: 'TRZ-2026-000002' })] });
  });

  it('keeps other providers out and refuses roles that keep no journal', async () => {
    const aktobe = await app.request('GET', '/api/journal', t['aktobe.clerk']);
    expect(aktobe.status).toBe(200);
    expect(aktobe.body.items.every((e: { journalNumber: string }) => !e.journalNumber.startsWith('TRZ-'))).toBe(true);
    expect((await app.request('GET', '/api/journal', t['zhambyl.executor1'])).body.error.code).toBe('FORBIDDEN_ROLE');
    expect((await app.request('GET', '/api/journal', t['zhambyl.supervisor'])).status).toBe(403);
    expect((await app.request('GET', '/api/journal')).status).toBe(401);
  });

  it('rejects a range that ends before it starts and a date that does not exist', async () => {
    expect((await app.request('GET', '/api/journal?from=2026-11-26&to=2026-11-24', t['zhambyl.clerk'])).status).toBe(400);
    expect((await app.request('GET', '/api/journal?from=2026-02-30', t['zhambyl.clerk'])).status).toBe(400);
  });
});
