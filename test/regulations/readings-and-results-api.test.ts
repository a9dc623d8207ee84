import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRegulation } from '../support/regulations.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { officeApplication } from '../support/office-filing.ts';

/*
 * Issue #16 through the API: both readings of a contradiction are public with the routes of each; an administrator
 * switches the reading in force and applications filed later follow it; a case shows each of its results (documents and
 * payments) with who prepares and who issues it.
 */
const APPLICANT = '880515300120';
// Distinct applicants: a second open application of one person for one service is refused as a duplicate.
const SECOND_APPLICANT = '950101400012';
const THIRD_APPLICANT = '061211600012';
const SOCIAL = 'aktobe-2016-285-social-risk-payments';
const SEMIPALATINSK = 'aktobe-2016-285-semipalatinsk-victims';
const socialForm = { 'social-risk': 'loss-of-job', 'disability-degree-first-set': false, 'has-unemployed-certificate': false, 'bank-account': 'KZ12345678901234567', phone: '+77011234567' };

describe('readings of the text and the results of a case (API)', () => {
  let app: TestApp;
  let clerk: string;
  let admin: string;

  beforeAll(async () => {
    app = await startTestApp(import.meta.url, '2026-11-24T05:00:00Z');
    clerk = await app.signIn('aktobe.clerk');
    admin = await app.signIn('admin');
  });
  afterAll(() => app.close());

  it('shows both readings of where a department applicant receives the social payment notice (seed 001 lines 1288 and 1327), with the route of each', async () => {
    const answer = await app.request('GET', `/api/regulations/${SOCIAL}/readings`);
    expect(answer.status).toBe(200);
    const delivery = (answer.body.contradictions as Array<Record<string, unknown>>).find((c) => c.id === 'result-delivery');
    expect(delivery).toMatchObject({
      definitionChoice: 'department-issues',
      inForce: 'department-issues',
      administratorChoice: null,
      readings: [
        { id: 'via-state-corporation', source: { line: 1288 }, routeIds: ['department-issue-at-state-corporation'] },
        { id: 'department-issues', source: { line: 1327 }, routeIds: ['department'] },
      ],
    });
  });

  it("answers the topic, each reading and the reason in Kazakh, Russian and English, as the definition words them", async () => {
    const answer = await app.request('GET', `/api/regulations/${SOCIAL}/readings`);
    const definition = loadRegulation(SOCIAL).contradictions;
    expect(answer.body.contradictions).toHaveLength(definition.length);
    for (const expected of definition) {
      const shown = (answer.body.contradictions as Array<{ id: string; topic: unknown; reason: unknown; readings: Array<{ id: string; summary: unknown }> }>).find((c) => c.id === expected.id)!;
      expect(shown.topic).toEqual(expected.topic);
      expect(shown.reason).toEqual(expected.reason);
      expect(shown.readings.map((r) => [r.id, r.summary])).toEqual(expected.readings.map((r) => [r.id, r.summary]));
    }
    const delivery = definition.find((c) => c.id === 'result-delivery')!;
    expect(delivery.topic.kk).toMatch(/[әғқңөұүһі]/u);
    expect(delivery.topic.ru).toMatch(/[а-яё]/u);
    expect(new Set([delivery.topic.kk, delivery.topic.ru, delivery.topic.en]).size).toBe(3);
  });

  it("routes the application by the applicant's risk, and by the reading the administrator switched to", async () => {
    const before = await app.request('POST', '/api/cases', clerk, officeApplication(app.ctx, { regulationId: SOCIAL, applicantIin: APPLICANT, formData: socialForm }));
    expect(before.status).toBe(201);
    expect(before.body.routeId).toBe('department');
    expect(before.body.reading).toEqual({ contradictionId: 'result-delivery', readingId: 'department-issues' });

    const notAdmin = await app.request('PUT', `/api/regulations/${SOCIAL}/readings/result-delivery`, clerk, { readingId: 'via-state-corporation', reason: 'Paragraph 1 governs.' });
    expect(notAdmin.status).toBe(403);
    const unknown = await app.request('PUT', `/api/regulations/${SOCIAL}/readings/result-delivery`, admin, { readingId: 'nonsense', reason: 'Paragraph 1 governs.' });
    expect(unknown.status).toBe(400);

    const switched = await app.request('PUT', `/api/regulations/${SOCIAL}/readings/result-delivery`, admin, { readingId: 'via-state-corporation', reason: 'Paragraph 1 (line 1288) governs.' });
    expect(switched.status).toBe(200);
    const delivery = (switched.body.contradictions as Array<Record<string, unknown>>).find((c) => c.id === 'result-delivery');
    expect(delivery).toMatchObject({ definitionChoice: 'department-issues', inForce: 'via-state-corporation', administratorChoice: { readingId: 'via-state-corporation', chosenBy: 'admin' } });

    const after = await app.request('POST', '/api/cases', clerk, officeApplication(app.ctx, { regulationId: SOCIAL, applicantIin: SECOND_APPLICANT, formData: socialForm }));
    expect(after.status).toBe(201);
    expect(after.body.routeId).toBe('department-issue-at-state-corporation');
    expect((after.body.steps as Array<{ stepId: string }>).map((s) => s.stepId).at(-1)).toBe('sc-issue');
    // A case filed before keeps its route.
    const kept = await app.request('GET', `/api/cases/${before.body.id}`, clerk);
    expect(kept.body.routeId).toBe('department');

    const maternity = await app.request('POST', '/api/cases', clerk, officeApplication(app.ctx, { regulationId: SOCIAL, applicantIin: THIRD_APPLICANT, formData: { ...socialForm, 'social-risk': 'maternity' } }));
    expect(maternity.status).toBe(422);
    expect(maternity.body.error.code).toBe('ROUTE_NOT_FOR_APPLICATION');
  });

  it('lists the Semipalatinsk results with the compensation as a payment by the State Corporation (seed 001 lines 236-240, 265)', async () => {
    const filed = await app.request('POST', '/api/cases', clerk, officeApplication(app.ctx, {
      regulationId: SEMIPALATINSK,
      applicantIin: APPLICANT,
      formData: { 'request-type': 'first-time', 'residence-period': { from: '1949-08-29', to: '1963-07-05' }, 'risk-zone': 'extreme', 'personal-account': 'KZ12345678901234567', 'serving-sentence': false, phone: '+77011234567' },
    }));
    expect(filed.status).toBe(201);
    const results = filed.body.results as Array<Record<string, unknown>>;
    expect(results.map((r) => [r.resultId, r.resultType])).toEqual([
      ['recognition-decision', 'document'],
      ['certificate', 'document'],
      ['compensation-personal-account', 'payment'],
    ]);
    expect(results[1]).toMatchObject({ preparedBy: { stepId: 'prepare-certificate', role: 'executor', limit: { value: 5, unit: 'workingDays' }, source: { line: 265 } }, issuedBy: { stepId: 'issue', role: 'clerk' } });
    expect(results[2]).toMatchObject({ issuedBy: null, deliveredBy: 'accountTransfer', payment: { payer: 'stateCorporation', destination: 'personalAccount', source: { line: 238 } }, issued: null });
    expect(filed.body.issueMethods).not.toContain('accountTransfer');
  });
});
