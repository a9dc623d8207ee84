import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';

/*
 * Satisfaction results on the supervisor's dashboard (seed 002 appendix 3, lines 404-419: two questions, three
 * grades). The rows are written straight into the tables, so the counts below are known exactly.
 *   #  provider  service                   channel         process-and-result  information         submitted (UTC)
 *   1  Taraz     job-seeker-registration   providerOffice  satisfactory        satisfactory        Mon 23 Nov 06:00
 *   2  Taraz     job-seeker-registration   portal          satisfactory        partlySatisfactory  Tue 24 Nov 06:00
 *   3  Taraz     job-seeker-registration   providerOffice  unsatisfactory      satisfactory        Tue 24 Nov 07:00
 *   4  Taraz     unemployed-registration   providerOffice  partlySatisfactory  unsatisfactory      Tue 24 Nov 08:00
 *   5  Shu       job-seeker-registration   providerOffice  satisfactory        partlySatisfactory  Tue 24 Nov 09:00
 *   6  Taraz     job-seeker-registration   providerOffice  unsatisfactory      unsatisfactory      Wed 25 Nov 05:00 (after the period)
 *   7  Aktobe    unemployed-registration   providerOffice  unsatisfactory      unsatisfactory      Tue 24 Nov 06:00 (another region)
 * The period is Mon 23 – Tue 24 November 2026 in Zhambyl (UTC+5): [22 Nov 19:00, 24 Nov 19:00) UTC.
 */
const TARAZ = 'zhambyl-taraz-employment-centre';
const SHU = 'zhambyl-shu-test-employment-centre';
const AKTOBE = 'aktobe-city-employment-department';
const SURVEYS = [
  [TARAZ, 'job-seeker-registration', 'providerOffice', 'satisfactory', 'satisfactory', '2026-11-23T06:00:00Z'],
  [TARAZ, 'job-seeker-registration', 'portal', 'satisfactory', 'partlySatisfactory', '2026-11-24T06:00:00Z'],
  [TARAZ, 'job-seeker-registration', 'providerOffice', 'unsatisfactory', 'satisfactory', '2026-11-24T07:00:00Z'],
  [TARAZ, 'unemployed-registration', 'providerOffice', 'partlySatisfactory', 'unsatisfactory', '2026-11-24T08:00:00Z'],
  [SHU, 'job-seeker-registration', 'providerOffice', 'satisfactory', 'partlySatisfactory', '2026-11-24T09:00:00Z'],
  [TARAZ, 'job-seeker-registration', 'providerOffice', 'unsatisfactory', 'unsatisfactory', '2026-11-25T05:00:00Z'],
  [AKTOBE, 'unemployed-registration', 'providerOffice', 'unsatisfactory', 'unsatisfactory', '2026-11-24T06:00:00Z'],
] as const;

const REGION_OF: Record<string, string> = { [TARAZ]: 'zhambyl', [SHU]: 'zhambyl', [AKTOBE]: 'aktobe' };
const PERIOD = 'from=2026-11-23&to=2026-11-24';

/** The grades of one question as [unsatisfactory, partlySatisfactory, satisfactory] counts and shares of `surveys`. */
function grades(question: string, counts: [number, number, number], surveys: number) {
  const answers = ['unsatisfactory', 'partlySatisfactory', 'satisfactory'] as const;
  return { question, answers: answers.map((answer, index) => ({ answer, count: counts[index], share: surveys === 0 ? null : counts[index]! / surveys })) };
}

describe('satisfaction results on the supervisor dashboard', () => {
  let app: TestApp;
  let supervisor: string;

  async function dashboard(query: string, token = supervisor) {
    const response = await app.request('GET', `/api/supervision/dashboard?${query}`, token);
    expect(response.status).toBe(200);
    return response.body.satisfaction;
  }

  beforeAll(async () => {
    app = await startTestApp(import.meta.url, '2026-11-25T06:00:00Z');
    await app.ctx.db.execute(`insert into providers (id, code, region, bin, name, kind) values ($1, 'SHU', 'zhambyl', '000000000001', $2, 'provider')`, [
      SHU,
      JSON.stringify({ kk: 'Шу', ru: 'Шу', en: 'Shu' }),
    ]);
    for (const [index, [providerId, serviceCode, channel, processAndResult, information, submittedAt]] of SURVEYS.entries()) {
      const caseId = `00000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`;
      const regulationId = `${REGION_OF[providerId]}-test-${serviceCode}`;
      await app.ctx.db.execute(
        `insert into cases (id, provider_id, regulation_id, service_code, route_id, channel, applicant_iin, status, version, filed_at, closed_at, state)
         values ($1, $2, $3, $4, $5, $5, '880515300120', 'completed', 6, $6::timestamptz - interval '1 day', $6::timestamptz - interval '1 hour', '{}')`,
        [caseId, providerId, regulationId, serviceCode, channel, submittedAt],
      );
      await app.ctx.db.execute(
        `insert into satisfaction_surveys (case_id, provider_id, region, regulation_id, channel, process_and_result, information, submitted_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [caseId, providerId, REGION_OF[providerId], regulationId, channel, processAndResult, information, submittedAt],
      );
    }
    supervisor = await app.signIn('zhambyl.supervisor');
  });
  afterAll(() => app.close());

  it('counts each grade of both questions and its share over the region and period', async () => {
    const satisfaction = await dashboard(PERIOD);
    expect(satisfaction.surveys).toBe(5);
    expect(satisfaction.questions).toEqual([grades('processAndResult', [1, 1, 3], 5), grades('information', [1, 2, 2], 5)]);
    expect(satisfaction.questions[0].answers[2].share).toBe(0.6);
  });

  it('breaks the results down by provider and service', async () => {
    const satisfaction = await dashboard(PERIOD);
    expect(satisfaction.byProviderService).toEqual([
      { providerId: SHU, serviceCode: 'job-seeker-registration', surveys: 1, questions: [grades('processAndResult', [0, 0, 1], 1), grades('information', [0, 1, 0], 1)] },
      { providerId: TARAZ, serviceCode: 'job-seeker-registration', surveys: 3, questions: [grades('processAndResult', [1, 0, 2], 3), grades('information', [0, 1, 2], 3)] },
      { providerId: TARAZ, serviceCode: 'unemployed-registration', surveys: 1, questions: [grades('processAndResult', [0, 1, 0], 1), grades('information', [1, 0, 0], 1)] },
    ]);
  });

  it('follows the period, provider, service and channel filters', async () => {
    expect((await dashboard('from=2026-11-23&to=2026-11-23')).questions).toEqual([grades('processAndResult', [0, 0, 1], 1), grades('information', [0, 0, 1], 1)]);
    expect((await dashboard('from=2026-11-23&to=2026-11-25')).surveys).toBe(6);
    expect((await dashboard(`${PERIOD}&channel=portal`)).questions).toEqual([grades('processAndResult', [0, 0, 1], 1), grades('information', [0, 1, 0], 1)]);
    expect((await dashboard(`${PERIOD}&serviceCode=unemployed-registration`)).surveys).toBe(1);
    const shu = await dashboard(`${PERIOD}&providerId=${SHU}`);
    expect(shu.surveys).toBe(1);
    expect(shu.byProviderService.map((g: { providerId: string }) => g.providerId)).toEqual([SHU]);
  });

  it('gives null shares when no survey matches, and each region only its own surveys', async () => {
    expect(await dashboard(`${PERIOD}&channel=stateCorporation`)).toEqual({
      surveys: 0,
      questions: [grades('processAndResult', [0, 0, 0], 0), grades('information', [0, 0, 0], 0)],
      byProviderService: [],
    });
    const aktobe = await dashboard(PERIOD, await app.signIn('aktobe.supervisor'));
    expect(aktobe.surveys).toBe(1);
    expect(aktobe.questions[0].answers[0]).toEqual({ answer: 'unsatisfactory', count: 1, share: 1 });
  });

  it('exports the totals and the breakdown in the CSV, with names and headers in the language asked for', async () => {
    const csv = async (lang: string) => {
      const response = await app.server.inject({ method: 'GET', url: `/api/supervision/dashboard.csv?${PERIOD}&lang=${lang}`, headers: { authorization: `Bearer ${supervisor}` } });
      expect(response.statusCode).toBe(200);
      // Excel reads a CSV as UTF-8 only after the byte order mark (issue #17).
      expect(response.body.startsWith('\uFEFF')).toBe(true);
      return response.body;
    };
    const english = await csv('en');
    const section = english.split('\r\n\r\n').find((part) => part.startsWith('Satisfaction\r\n'))!;
    const lines = section.split('\r\n');
    expect(lines[1]).toBe('Provider,Service,Question,Answer,Count,Share');
    const process = 'Satisfaction with the service process and the quality of the result';
    const information = 'Satisfaction with the information about the procedure';
    expect(lines).toContain(`All,All,${process},Satisfactory,3,0.6`);
    expect(lines).toContain(`All,All,${information},Partly satisfactory,2,0.4`);
    expect(lines.some((line) => line.startsWith('Population employment centre of the Taraz city akimat,') && line.endsWith(`,${process},Unsatisfactory,1,${1 / 3}`))).toBe(true);
    expect(lines.some((line) => line.startsWith('Shu,') && line.endsWith(`,${information},Partly satisfactory,1,1`))).toBe(true);
    // Names, not internal ids.
    expect(section).not.toContain(TARAZ);
    expect(section).not.toContain('job-seeker-registration');
    // 2 questions × 3 grades for the totals and for each of the 3 provider-service groups, after the title and header
    expect(lines).toHaveLength(2 + 6 + 3 * 6);

    const russian = (await csv('ru')).split('\r\n\r\n').find((part) => part.startsWith('Удовлетворённость\r\n'))!;
    expect(russian.split('\r\n')[1]).toBe('Услугодатель,Услуга,Вопрос,Ответ,Количество,Доля');
  });
});

describe('providers of the supervised region', () => {
  it("lists the region's providers for the dashboard's filter", async () => {
    const app = await startTestApp(import.meta.url, '2026-11-25T06:00:00Z');
    try {
      const response = await app.request('GET', '/api/supervision/providers', await app.signIn('zhambyl.supervisor'));
      expect(response.status).toBe(200);
      expect(response.body).toContainEqual({ id: TARAZ, name: expect.objectContaining({ ru: expect.stringContaining('Тараз') }) });
      const listed = response.body.map((p: { id: string }) => p.id);
      const kinds = await app.ctx.db.execute<{ id: string; region: string; kind: string }>('select id, region, kind from providers');
      const others = kinds.filter((p) => p.region !== 'zhambyl' || p.kind === 'stateCorporation').map((p) => p.id);
      expect(others).toContain(AKTOBE);
      expect(listed.filter((id: string) => others.includes(id))).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
