import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { officeApplication } from '../support/office-filing.ts';

const formData = { 'desired-position': 'Nurse', 'education-level': 'vocational', phone: '+77011234567', 'consent-publish': true };

describe('the working calendar as administered data', () => {
  let app: TestApp;
  let admin: string;
  let clerk: string;

  beforeAll(async () => {
    app = await startTestApp(import.meta.url, '2026-11-24T05:00:00Z');
    admin = await app.signIn('admin');
    clerk = await app.signIn('zhambyl.clerk');
  });
  afterAll(() => app.close());

  it('lists the days off of 2026 with the Nauryz cascade', async () => {
    const response = await app.request('GET', '/api/calendar/days-off?year=2026', clerk);
    const dates = response.body.daysOff.map((d: { date: string }) => d.date);
    expect(dates).toEqual(expect.arrayContaining(['2026-03-23', '2026-03-24', '2026-03-25', '2026-05-27']));
    expect(response.body.covered).toBe(true);
  });

  it('lets only an administrator edit it, validates the data, audits the change and uses it for new due times', async () => {
    const { body } = await app.request('GET', '/api/calendar', admin);
    const data = structuredClone(body.data);
    // A (hypothetical) Government transfer: Tuesday 1 December 2026 off, Saturday 5 December worked instead.
    data.transfers = [...data.transfers, { year: 2026, dayOff: '2026-12-01', workingDay: '2026-12-05', source: 'test: hypothetical transfer act' }];

    const forbidden = await app.request('PUT', '/api/calendar', clerk, { data, reason: 'test edit' });
    expect(forbidden.status).toBe(403);

    const invalid = await app.request('PUT', '/api/calendar', admin, { data: { ...data, coverage: { fromYear: 2030, untilYear: 2020 } }, reason: 'broken edit' });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(String(invalid.body.error.details.field)).toContain('coverage');
    // Where and what, in the administrator's language (issue #17).
    expect(invalid.body.error.messages.ru).toBe('Проверьте поле «данные календаря, coverage.untilYear»: раньше coverage.fromYear.');
    expect(invalid.body.error.messages.kk).toBe('«күнтізбе деректері, coverage.untilYear» өрісін тексеріңіз: coverage.fromYear жылынан ерте.');

    const saved = await app.request('PUT', '/api/calendar', admin, { data, reason: 'Government decree on transfers of days off, 2026' });
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(1);
    const changes = await app.request('GET', '/api/calendar/changes', admin);
    expect(changes.body).toEqual([expect.objectContaining({ version: 1, changedBy: 'admin', reason: 'Government decree on transfers of days off, 2026' })]);

    // Monday 30 November 18:20 local: 10 minutes left that day; Tuesday is now off, so the clerk's 20 minutes end on Wednesday 09:10.
    app.setNow('2026-11-30T13:20:00Z');
    const filed = await app.request('POST', '/api/cases', await app.signIn('zhambyl.clerk'), officeApplication(app.ctx, { regulationId: 'zhambyl-2017-231-job-seeker-registration', applicantIin: '880515300120', formData }));
    expect(filed.body.openStep.dueAt).toBe('2026-12-02T04:10:00.000Z');
  });

  it("counts a provider's own working hours when it has them", async () => {
    // Taraz works 08:00–17:00 without a lunch break (a provider setting); filed at 13:10 local, the clerk's
    // 20 minutes end at 13:30, where the default day (lunch 13:00–14:30) would give 14:50.
    await app.ctx.db.execute('update providers set working_hours = $1 where id = $2', [
      JSON.stringify(Object.fromEntries(['monday', 'tuesday', 'wednesday', 'thursday', 'friday'].map((d) => [d, [{ from: '08:00', to: '17:00' }]]))),
      'zhambyl-taraz-employment-centre',
    ]);
    app.setNow('2026-11-25T08:10:00Z');
    const filed = await app.request('POST', '/api/cases', await app.signIn('zhambyl.clerk'), officeApplication(app.ctx, { regulationId: 'zhambyl-2017-231-job-seeker-registration', applicantIin: '950101400012', formData }));
    expect(filed.body.openStep.dueAt).toBe('2026-11-25T08:30:00.000Z');
  });
});
