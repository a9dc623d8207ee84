import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';

// Taraz and Aktobe are UTC+5: 05:00Z is 10:00 at both branches.
const START = '2026-11-24T05:00:00Z';

/** Issue #17: the desk tells up front what it can accept, and a visit that cannot be served can still be closed. */
describe('State Corporation desk: services the branch accepts, tickets closed as not served', () => {
  let app: TestApp;
  let aktobe: string;
  let zhambyl: string;

  beforeAll(async () => {
    app = await startTestApp(import.meta.url, START);
    aktobe = await app.signIn('aktobe.operator');
    zhambyl = await app.signIn('zhambyl.operator');
  });
  afterAll(() => app.close());

  it('should list no services at the Zhambyl branch, whose region has no State Corporation route', async () => {
    const answer = await app.request('GET', '/api/desk/services', zhambyl);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ branchId: 'zhambyl-taraz-sc-branch', region: 'zhambyl', services: [] });
  });

  it('should list the Aktobe services with a State Corporation route, one version per service', async () => {
    const { services } = (await app.request('GET', '/api/desk/services', aktobe)).body as { services: { regulationId: string; serviceCode: string; name: { ru: string } }[] };
    expect(services.length).toBeGreaterThan(0);
    expect(new Set(services.map((s) => s.serviceCode)).size).toBe(services.length);
    for (const service of services) {
      const regulation = app.ctx.catalog.get(service.regulationId);
      expect(regulation.region).toBe('aktobe');
      expect(regulation.routes.some((route) => route.channel === 'stateCorporation')).toBe(true);
      expect(service.name.ru).toBe(regulation.service.name.ru);
    }
  });

  it('should close a called ticket as not served with the reason and the operator recorded', async () => {
    await app.request('POST', '/api/desk/tickets', zhambyl);
    const called = (await app.request('POST', '/api/desk/tickets/call-next', zhambyl)).body;
    const closed = await app.request('POST', `/api/desk/tickets/${called.id}/not-served`, zhambyl, { reason: 'Бөлімше бұл қызметті қабылдамайды' });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect(closed.body).toMatchObject({ id: called.id, status: 'notServed', notServedReason: 'Бөлімше бұл қызметті қабылдамайды', closedBy: 'zhambyl.operator', servedAt: START.replace('Z', '.000Z') });
    const [row] = await app.ctx.db.execute<{ status: string; not_served_reason: string; closed_by: string }>('select status, not_served_reason, closed_by from desk_tickets where id = $1', [called.id]);
    expect(row).toEqual({ status: 'notServed', not_served_reason: 'Бөлімше бұл қызметті қабылдамайды', closed_by: 'zhambyl.operator' });
    const listed = (await app.request('GET', '/api/desk/tickets', zhambyl)).body as { id: string; status: string }[];
    expect(listed.find((t) => t.id === called.id)?.status).toBe('notServed');
  });

  it('should require a reason, and refuse to close a ticket twice or to serve a closed one', async () => {
    const taken = (await app.request('POST', '/api/desk/tickets', zhambyl)).body;
    const blank = await app.request('POST', `/api/desk/tickets/${taken.id}/not-served`, zhambyl, { reason: '   ' });
    expect(blank.status).toBe(400);
    expect((await app.request('POST', `/api/desk/tickets/${taken.id}/not-served`, zhambyl, {})).status).toBe(400);
    expect((await app.request('POST', `/api/desk/tickets/${taken.id}/not-served`, zhambyl, { reason: 'Ушёл, не дождавшись' })).body.status).toBe('notServed');
    const again = await app.request('POST', `/api/desk/tickets/${taken.id}/not-served?lang=ru`, zhambyl, { reason: 'ещё раз' });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'TICKET_CLOSED', message: expect.stringContaining(`№ ${taken.number}`) });
    expect((await app.request('POST', `/api/desk/tickets/${taken.id}/served`, zhambyl)).body.error.code).toBe('TICKET_CLOSED');
  });

  it("should not let another branch's operator close the ticket", async () => {
    const taken = (await app.request('POST', '/api/desk/tickets', zhambyl)).body;
    const foreign = await app.request('POST', `/api/desk/tickets/${taken.id}/not-served`, aktobe, { reason: 'not mine' });
    expect(foreign.status).toBe(404);
  });
});
