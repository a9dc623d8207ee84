import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { officeApplication } from '../support/office-filing.ts';

/*
 * Issue #17: lists that grow need pages and a search. The clerk's inbox of four received cases, read three at a time:
 * every case exactly once, in the same order as the whole list, with the total on every page; a search by the start
 * of an IIN narrows the list and its total.
 */
const REGULATION = 'zhambyl-2017-231-job-seeker-registration';
const formData = { 'desired-position': 'Бухгалтер', 'education-level': 'higher', phone: '+77011234567', 'consent-publish': true };
// The demo's four citizens: one open application each (a second one for the same service is refused).
const IINS = ['880515300120', '950101400012', '061211600012', '880515300208'];

describe('inbox paging and search', () => {
  let app: TestApp;
  let clerk: string;

  beforeAll(async () => {
    app = await startTestApp(import.meta.url, '2026-11-24T05:00:00Z');
    clerk = await app.signIn('zhambyl.clerk');
    for (const [index, iin] of IINS.entries()) {
      app.setNow(`2026-11-24T05:0${index}:00Z`);
      const filed = await app.request('POST', '/api/cases', clerk, officeApplication(app.ctx, { regulationId: REGULATION, applicantIin: iin, formData }));
      expect(filed.status).toBe(201);
    }
  });
  afterAll(() => app.close());

  it('should give every case once across pages, in the order of the whole list, with the total on each page', async () => {
    const whole = await app.request('GET', '/api/inbox?limit=50', clerk);
    expect(whole.body.total).toBe(4);
    const ids: string[] = [];
    for (let offset = 0; offset < 4; offset += 3) {
      const page = await app.request('GET', `/api/inbox?limit=3&offset=${offset}`, clerk);
      expect(page.status).toBe(200);
      expect(page.body).toMatchObject({ total: 4, limit: 3, offset });
      expect(page.body.items).toHaveLength(offset === 0 ? 3 : 1);
      ids.push(...page.body.items.map((item: { caseId: string }) => item.caseId));
    }
    expect(ids).toEqual(whole.body.items.map((item: { caseId: string }) => item.caseId));
    expect(new Set(ids).size).toBe(4);
  });

  it('should narrow the list and its total by the start of the IIN, taking % and _ literally', async () => {
    const found = await app.request('GET', '/api/inbox?q=9501', clerk);
    expect(found.body.total).toBe(1);
    expect(found.body.items.every((item: { applicantIin: string }) => item.applicantIin.startsWith('9501'))).toBe(true);
    expect((await app.request('GET', '/api/inbox?q=%25', clerk)).body.total).toBe(0);
    expect((await app.request('GET', '/api/inbox?q=____', clerk)).body.total).toBe(0);
  });

  it('should refuse a negative offset as a bad request', async () => {
    expect((await app.request('GET', '/api/inbox?offset=-1', clerk)).status).toBe(400);
  });
});
