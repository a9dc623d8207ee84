import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findStaff } from '../../src/adapters/db/staff-store.ts';
import type { StaffMember } from '../../src/core/org/staff-member.ts';
import { completeStep } from '../../src/application/cases/complete-step.ts';
import { receiveApplication } from '../../src/application/cases/receive-application.ts';
import type { CaseState } from '../../src/core/case/case-state.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { officeApplication } from '../support/office-filing.ts';

const REGULATION = 'zhambyl-2017-231-job-seeker-registration';
const formData = { 'desired-position': 'Cook', 'education-level': 'secondary', phone: '+77011234567', 'consent-publish': true };

/*
 * The dataset (Taraz, UTC+5), each time in UTC; limits: register 20 min, assign 20 min, decide 2 h, sign 3 h, issue 10 min.
 *   A  Tue 05:00 filed; register 05:10, assign 05:20, decide 06:00, sign 06:30, issue 06:35  → completed, all on time
 *   B  Tue 05:00 filed; register 05:30 (late), assign 05:40, decide 08:00 (late), sign 08:10, issue 08:15 → refused
 *   C  Tue 05:00 filed; register 05:05, assign 05:10; decide due 07:10 → late at 09:00
 *   D  Mon 05:00 filed; register 05:05; assign due 05:25 Mon → late; overall due Mon 12:20 → case late
 *   E  Tue 08:50 filed; register due 09:10 → due today
 * The dashboard is read at Tue 09:00 for the period Mon 23 – Tue 24 November 2026.
 */
describe('supervisor dashboard', () => {
  let app: TestApp;
  const staff: Record<string, StaffMember> = {};

  async function file(iso: string, iin: string): Promise<CaseState> {
    app.setNow(iso);
    return receiveApplication(app.ctx, staff.clerk!, officeApplication(app.ctx, { regulationId: REGULATION, channel: 'providerOffice', applicantIin: iin, formData }));
  }
  async function step(state: CaseState, iso: string, who: StaffMember, stepId: string, input: unknown = {}): Promise<CaseState> {
    app.setNow(iso);
    return completeStep(app.ctx, who, state.id, { stepId, expectedVersion: state.version, input });
  }
  async function through(state: CaseState, times: string[], outcome: unknown): Promise<CaseState> {
    const plan: Array<[StaffMember, string, unknown]> = [
      [staff.clerk!, 'register', {}],
      [staff.head!, 'assign', { executorId: 'zhambyl.executor1' }],
      [staff.executor!, 'decide', outcome],
      [staff.head!, 'sign', { signature: 'MIAGCSqGSIb3DQEHAqCAMIACAQExDzAN' }],
      [staff.clerk!, 'issue', { method: 'inPerson' }],
    ];
    let current = state;
    for (const [index, time] of times.entries()) {
      const [who, stepId, input] = plan[index]!;
      current = await step(current, time, who, stepId, input);
    }
    return current;
  }

  beforeAll(async () => {
    app = await startTestApp(import.meta.url, '2026-11-23T05:00:00Z');
    for (const [key, login] of [['clerk', 'zhambyl.clerk'], ['head', 'zhambyl.head'], ['executor', 'zhambyl.executor1']] as const) {
      staff[key] = (await findStaff(app.ctx.db, login))!;
    }
    await through(await file('2026-11-23T05:00:00Z', '880515300208'), ['2026-11-23T05:05:00Z'], null); // D
    await through(await file('2026-11-24T05:00:00Z', '880515300120'), ['2026-11-24T05:10:00Z', '2026-11-24T05:20:00Z', '2026-11-24T06:00:00Z', '2026-11-24T06:30:00Z', '2026-11-24T06:35:00Z'], { outcome: 'positive' }); // A
    await through(await file('2026-11-24T05:00:00Z', '950101400012'), ['2026-11-24T05:30:00Z', '2026-11-24T05:40:00Z', '2026-11-24T08:00:00Z', '2026-11-24T08:10:00Z', '2026-11-24T08:15:00Z'], {
      outcome: 'refusal',
      groundId: 'incomplete-documents',
      reasonText: 'The identity document was not presented.',
    }); // B
    await through(await file('2026-11-24T05:00:00Z', '061211600012'), ['2026-11-24T05:05:00Z', '2026-11-24T05:10:00Z'], null); // C
    await file('2026-11-24T08:50:00Z', '880515300120'); // E
    app.setNow('2026-11-24T09:00:00Z');
  });
  afterAll(() => app.close());

  it('counts load, compliance, durations, channels and refusals exactly', async () => {
    const response = await app.request('GET', '/api/supervision/dashboard?from=2026-11-23&to=2026-11-24', await app.signIn('zhambyl.supervisor'));
    expect(response.status).toBe(200);
    const dashboard = response.body;
    expect(dashboard.load).toEqual([{ providerId: 'zhambyl-taraz-employment-centre', openCases: 3, dueToday: 1, overdueSteps: 2, overdueCases: 1 }]);
    expect(dashboard.compliance).toEqual({
      stepsCompleted: 13,
      stepsWithinLimit: 11,
      stepComplianceRate: 11 / 13,
      casesClosed: 2,
      casesWithinLimit: 2,
      caseComplianceRate: 1,
      casesRefused: 1,
    });
    const byStep = Object.fromEntries(dashboard.stepDurations.map((s: { stepId: string }) => [s.stepId, s]));
    expect(byStep.decide).toMatchObject({ completed: 2, withinLimit: 1, medianMinutes: 90, p90Minutes: 130, limit: { value: 2, unit: 'hours' } });
    expect(byStep.register).toMatchObject({ completed: 4, withinLimit: 3, medianMinutes: 7.5, p90Minutes: 24, limit: { value: 20, unit: 'minutes' } });
    expect(dashboard.channelMix).toEqual([{ channel: 'providerOffice', cases: 5 }]);
    expect(dashboard.refusalsByReason).toEqual([expect.objectContaining({ groundId: 'incomplete-documents', cases: 1 })]);
    expect(dashboard.refusalsByReason[0].ground.ru).toContain('неполный пакет');
  });

  it("keeps each supervisor to their own region and staff out", async () => {
    const other = await app.request('GET', '/api/supervision/dashboard?from=2026-11-23&to=2026-11-24', await app.signIn('aktobe.supervisor'));
    expect(other.body.load).toEqual([]);
    expect(other.body.compliance.stepsCompleted).toBe(0);
    const clerk = await app.request('GET', '/api/supervision/dashboard?from=2026-11-23&to=2026-11-24', await app.signIn('zhambyl.clerk'));
    expect(clerk.status).toBe(403);
  });

  it('narrows the period: Monday alone has only case D and its one step', async () => {
    const monday = await app.request('GET', '/api/supervision/dashboard?from=2026-11-23&to=2026-11-23', await app.signIn('zhambyl.supervisor'));
    expect(monday.body.compliance).toMatchObject({ stepsCompleted: 1, stepsWithinLimit: 1, casesClosed: 0 });
    expect(monday.body.channelMix).toEqual([{ channel: 'providerOffice', cases: 1 }]);
  });

  async function csv(query: string, language?: string) {
    const headers: Record<string, string> = { authorization: `Bearer ${await app.signIn('zhambyl.supervisor')}` };
    if (language) headers['accept-language'] = language;
    return app.server.inject({ method: 'GET', url: `/api/supervision/dashboard.csv?${query}`, headers });
  }

  it('exports the same figures as CSV with names, not ids, in the language asked for, after a UTF-8 BOM', async () => {
    const response = await csv('from=2026-11-23&to=2026-11-24', 'ru');
    expect(response.headers['content-type']).toContain('text/csv');
    // The byte order mark (EF BB BF) makes Excel read the file as UTF-8.
    expect([...response.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const body = response.body.replace(/^\uFEFF/, '');
    expect(body).not.toContain('zhambyl-taraz-employment-centre');
    expect(body).not.toContain('zhambyl-2017-231-job-seeker-registration');
    expect(body).toContain('Услугодатель,Открытые дела,Срок сегодня,Просроченные шаги,Просроченные дела');
    expect(body).toMatch(/\r\n"?[^\r\n,]*Тараз[^\r\n]*,3,1,2,1\r\n/);
    expect(body).toContain(',Решение,Ответственный исполнитель,2,1,90,130,');
    expect(body).toContain('Канцелярия услугодателя,5');
  });

  it('writes the CSV headers in Kazakh or English when asked, by ?lang= or Accept-Language', async () => {
    const kk = (await csv('from=2026-11-23&to=2026-11-24', 'kk')).body;
    expect(kk).toContain('Көрсетілетін қызметті беруші,Ашық істер');
    expect(kk).toContain(',Шешім,Жауапты орындаушы,2,1,90,130,');
    const en = (await csv('from=2026-11-23&to=2026-11-24&lang=en', 'ru')).body;
    expect(en).toContain('Provider,Open cases,Due today,Overdue steps,Overdue cases');
  });

  it('refuses a period whose start is after its end, in the reader\'s language, for the dashboard and the CSV alike', async () => {
    const token = await app.signIn('zhambyl.supervisor');
    const response = await app.request('GET', '/api/supervision/dashboard?from=2026-11-25&to=2026-11-23', token);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('PERIOD_START_AFTER_END');
    expect(response.body.error.messages.ru).toContain('2026-11-25');
    expect(response.body.error.messages.kk).toContain('басталу күні');
    expect(response.body.error.messages.en).toContain('cannot be later than the end date');
    expect((await csv('from=2026-11-25&to=2026-11-23')).statusCode).toBe(400);
    expect((await app.request('GET', '/api/supervision/dashboard?from=2026-11-24&to=2026-11-24', token)).status).toBe(200);
  });
});
