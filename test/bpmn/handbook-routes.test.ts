import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BPMN_IDS } from '../../src/core/bpmn/build-route-graph.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { loadRegulation, ZHAMBYL_JOB_SEEKERS } from '../support/regulations.ts';
import { readBpmn } from './support/read-bpmn.ts';

/* The handbook over HTTP: BPMN and information-systems diagrams as XML, the comparison as JSON or Markdown. */

const REFERRALS = 'zhambyl-2017-231-active-employment-referral';
const regulation = loadRegulation(ZHAMBYL_JOB_SEEKERS);

describe('handbook routes', () => {
  let app: TestApp;
  const get = (url: string, headers: Record<string, string> = {}) => app.server.inject({ method: 'GET', url, headers });

  beforeAll(async () => {
    app = await startTestApp(import.meta.url, '2026-11-24T05:00:00Z');
  });
  afterAll(() => app.close());

  it('should serve the BPMN of a route as XML in the language asked for', async () => {
    const response = await get(`/api/regulations/${ZHAMBYL_JOB_SEEKERS}/bpmn?route=portal&lang=ru`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(`inline; filename="${ZHAMBYL_JOB_SEEKERS}.portal.bpmn"`);
    const bpmn = await readBpmn(response.body);
    expect(bpmn.warnings).toEqual([]);
    expect(bpmn.byId[BPMN_IDS.stepTask('sign-by-executor')]!.get('name')).toBe(regulation.steps.find((s) => s.id === 'sign-by-executor')!.action.ru);
  });

  it('should take the first route and the Accept-Language when the query names neither', async () => {
    const response = await get(`/api/regulations/${ZHAMBYL_JOB_SEEKERS}/bpmn`, { 'accept-language': 'en-GB,en;q=0.9' });
    const bpmn = await readBpmn(response.body);
    expect(bpmn.byId[BPMN_IDS.stepTask('issue')]!.get('name')).toBe(regulation.steps.find((s) => s.id === 'issue')!.action.en);
  });

  it('should answer 404 with kk/ru/en messages for an unknown route or regulation', async () => {
    const route = await get(`/api/regulations/${ZHAMBYL_JOB_SEEKERS}/bpmn?route=nowhere`);
    expect(route.statusCode).toBe(404);
    expect(route.json().error.code).toBe('NOT_FOUND');
    expect(Object.keys(route.json().error.messages)).toEqual(['kk', 'ru', 'en']);
    const unknown = await get('/api/regulations/no-such-regulation/is-diagram');
    expect([unknown.statusCode, unknown.json().error.code]).toEqual([404, 'REGULATION_NOT_FOUND']);
  });

  it('should serve the information-systems diagram as XML', async () => {
    const response = await get(`/api/regulations/${ZHAMBYL_JOB_SEEKERS}/is-diagram?lang=kk`);
    expect(response.statusCode).toBe(200);
    const bpmn = await readBpmn(response.body);
    expect(bpmn.warnings).toEqual([]);
    expect(bpmn.byId['System_ais-employment']!.get('name')).toBe(regulation.informationSystems.find((s) => s.id === 'ais-employment')!.name.kk);
  });

  it('should compare two versions as JSON and as Markdown', async () => {
    const json = await get(`/api/regulations/compare?left=${ZHAMBYL_JOB_SEEKERS}&right=${REFERRALS}`);
    expect(json.statusCode).toBe(200);
    expect(json.json().results.right).toEqual({ positive: 4, refusal: 1, total: 5 });
    const markdown = await get(`/api/regulations/compare?left=${ZHAMBYL_JOB_SEEKERS}&right=${REFERRALS}&format=markdown&lang=en`);
    expect(markdown.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(markdown.body).toContain('## Results: 1 positive + 1 refusal — 4 positive + 1 refusal');
    const missing = await get(`/api/regulations/compare?left=${ZHAMBYL_JOB_SEEKERS}`);
    expect(missing.statusCode).toBe(400);
  });

  it('should describe the three routes in the OpenAPI document', async () => {
    const openapi = (await get('/docs/json')).json();
    expect(Object.keys(openapi.paths['/api/regulations/{regulationId}/bpmn'].get.responses['200'].content)).toEqual(['application/xml']);
    expect(openapi.paths['/api/regulations/{regulationId}/is-diagram'].get.tags).toEqual(['handbook']);
    expect(openapi.paths['/api/regulations/compare'].get.parameters.map((p: { name: string }) => p.name)).toEqual(['left', 'right', 'format', 'lang']);
  });
});
