import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCheckpointSigner } from '../../src/adapters/audit/checkpoint-signer.ts';
import { verifyHistory } from '../../src/application/audit/verify-history.ts';
import { DEMO_PASSWORD } from '../../src/composition/demo-data.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { officeApplication } from '../support/office-filing.ts';

const CITIZEN = '880515300120';
const FORM = { 'desired-position': 'Бухгалтер', 'education-level': 'higher', phone: '+77011234567', 'consent-publish': true };

describe('read audit: who read a person\'s data (issue #14, finding 4)', () => {
  let app: TestApp;
  let t: Record<string, string>;
  let caseId: string;

  beforeAll(async () => {
    app = await startTestApp(import.meta.url, '2026-11-24T05:00:00Z');
    t = {};
    for (const login of ['zhambyl.clerk', 'zhambyl.executor1', 'zhambyl.supervisor', 'aktobe.supervisor', 'admin']) t[login] = await app.signIn(login);
    const filed = await app.request('POST', '/api/cases', t['zhambyl.clerk'], officeApplication(app.ctx, { regulationId: 'zhambyl-2017-231-job-seeker-registration', applicantIin: CITIZEN, formData: FORM }));
    caseId = filed.body.id;
    app.setNow('2026-11-24T05:10:00Z');
    expect((await app.request('GET', `/api/cases/${caseId}`, t['zhambyl.clerk'])).status).toBe(200);
    app.setNow('2026-11-24T05:11:00Z');
    expect((await app.request('GET', `/api/cases/${caseId}/history`, t['zhambyl.clerk'])).status).toBe(200);
    app.setNow('2026-11-24T05:12:00Z');
    expect((await app.request('GET', `/api/persons/${CITIZEN}`, t['zhambyl.executor1'])).status).toBe(200);
    app.setNow('2026-11-24T05:13:00Z');
    expect((await app.request('GET', `/api/cases?iin=${CITIZEN}`, t['zhambyl.executor1'])).status).toBe(200);
  });
  afterAll(() => app.close());

  it("records every staff read of the person's case and registry data with who, when, what and why", async () => {
    const page = await app.request('GET', `/api/supervision/read-audit?from=2026-11-24&to=2026-11-24`, t['zhambyl.supervisor']);
    expect(page.status).toBe(200);
    expect(page.body.total).toBe(4);
    expect(page.body.items.map((entry: any) => [entry.at, entry.staff.login, entry.objectKind, entry.purpose, entry.subjectIin])).toEqual([
      ['2026-11-24T05:13:00.000Z', 'zhambyl.executor1', 'person', 'case.search-by-iin', CITIZEN],
      ['2026-11-24T05:12:00.000Z', 'zhambyl.executor1', 'person', 'person.lookup', CITIZEN],
      ['2026-11-24T05:11:00.000Z', 'zhambyl.clerk', 'case', 'case.history', CITIZEN],
      ['2026-11-24T05:10:00.000Z', 'zhambyl.clerk', 'case', 'case.view', CITIZEN],
    ]);
    expect(page.body.items[3]).toMatchObject({ objectId: caseId, staff: { fullName: 'Сейітова Айгүл Маратқызы', role: 'clerk' }, organisation: { ru: expect.any(String) } });
  });

  it('filters by person, staff member and period, pages, and keeps each region to its own supervisor', async () => {
    const byStaff = await app.request('GET', `/api/supervision/read-audit?from=2026-11-24&to=2026-11-24&staff=zhambyl.clerk&pageSize=1&page=2`, t['zhambyl.supervisor']);
    expect(byStaff.body).toMatchObject({ total: 2, page: 2, pageSize: 1, items: [{ purpose: 'case.view' }] });
    expect((await app.request('GET', `/api/supervision/read-audit?from=2026-11-24&to=2026-11-24&iin=950101400012`, t['zhambyl.supervisor'])).body.total).toBe(0);
    expect((await app.request('GET', `/api/supervision/read-audit?from=2026-11-25&to=2026-11-30`, t['zhambyl.supervisor'])).body.total).toBe(0);
    expect((await app.request('GET', `/api/supervision/read-audit?from=2026-11-24&to=2026-11-24`, t['aktobe.supervisor'])).body.total).toBe(0);
    expect((await app.request('GET', `/api/supervision/read-audit?from=2026-11-24&to=2026-11-24`, t.admin)).body.total).toBe(4);
    expect((await app.request('GET', `/api/supervision/read-audit?from=2026-11-24&to=2026-11-24`, t['zhambyl.clerk'])).status).toBe(403);
  });

  it('exports CSV with a byte-order mark and headers in the language asked for', async () => {
    const response = await app.server.inject({ method: 'GET', url: '/api/supervision/read-audit.csv?from=2026-11-24&to=2026-11-24&lang=ru', headers: { authorization: `Bearer ${t['zhambyl.supervisor']}` } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    const bytes = response.rawPayload;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trim().split('\r\n');
    expect(lines[0]).toBe('Время,Сотрудник,Логин,Должность,Организация,ИИН лица,Что просмотрено,Объект,Цель');
    expect(lines).toHaveLength(5);
    expect(lines[4]).toContain('Просмотр дела');
    const kazakh = await app.server.inject({ method: 'GET', url: '/api/supervision/read-audit.csv?from=2026-11-24&to=2026-11-24&lang=kk', headers: { authorization: `Bearer ${t['zhambyl.supervisor']}` } });
    expect(kazakh.rawPayload.subarray(3).toString('utf8')).toMatch(/^Уақыты,Қызметкер/);
  });

  it("shows the citizen who looked at their data, and the citizen's own reads are not recorded", async () => {
    const session = await app.request('POST', '/api/portal/sign-in', undefined, { iin: CITIZEN, password: DEMO_PASSWORD });
    expect(session.status).toBe(200);
    const token = session.body.token as string;
    await app.request('GET', `/api/portal/cases`, token);
    const reads = await app.request('GET', '/api/portal/read-audit', token);
    expect(reads.status).toBe(200);
    expect(reads.body).toHaveLength(4);
    expect(reads.body[3]).toMatchObject({ at: '2026-11-24T05:10:00.000Z', staffName: 'Сейітова Айгүл Маратқызы', role: 'clerk', organisation: { kk: expect.any(String), ru: expect.any(String), en: expect.any(String) }, purpose: 'case.view' });
  });

  it('keeps the read audit in a hash chain per person that audit verify checks', async () => {
    const signer = await openCheckpointSigner(await mkdtemp(path.join(os.tmpdir(), 'qyzmet-audit-pki-')), new Date('2026-11-24T05:00:00Z'));
    expect((await verifyHistory(app.ctx.db, signer)).problems).toEqual([]);
    await expect(app.ctx.db.execute(`update read_audit_log set purpose = 'case.view'`)).rejects.toThrow(/append-only/);
    await app.ctx.db.transaction(async (tx) => {
      await tx.execute('set local session_replication_role = replica');
      await tx.execute(`update read_audit_log set staff_id = (select id from staff where login = 'admin') where subject_iin = $1 and subject_seq = 2`, [CITIZEN]);
    });
    expect((await verifyHistory(app.ctx.db, signer)).problems).toEqual([{ kind: 'readChanged', subjectIin: CITIZEN, seq: 2 }]);
  });
});
