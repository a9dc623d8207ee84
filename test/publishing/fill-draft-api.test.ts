import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainTextOfUpload } from '../../src/application/publishing/uploaded-text.ts';
import { SEEDS_DIR } from '../support/paths.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

/** The assisted review through the API, with the real importer on seed 000 (Zhambyl act 231 of 2017, kk and ru). */
describe('filling an imported draft from the nearest version (issue #20)', () => {
  let app: TestApp;
  let admin: string;
  let draftId: string;

  beforeAll(async () => {
    app = await startTestApp(import.meta.url, '2026-11-24T05:00:00Z');
    admin = await app.signIn('admin');
    const text = readFileSync(path.join(SEEDS_DIR, '000_88b275066dc75452.txt'), 'utf8');
    const upload = await app.request('POST', '/api/admin/regulations/uploads', admin, { fileName: 'zhambyl-231.txt', text });
    expect(upload.status).toBe(201);
    const drafts = (await app.request('GET', '/api/admin/regulations/drafts', admin)).body as Array<{ id: string; regulationId: string }>;
    draftId = drafts.find((d) => d.regulationId.startsWith('zhambyl-2017-231-job-seeker-registration-'))?.id as string;
  }, 120_000);
  afterAll(() => app.close());

  const url = () => `/api/admin/regulations/drafts/${draftId}`;

  it('proposes without saving, and the proposals saved over the revision make the draft pass the catalog checks', async () => {
    const before = await app.request('GET', `${url()}/validation`, admin);
    expect(before.body.valid).toBe(false);

    const fill = await app.request('GET', `${url()}/fill`, admin);
    expect(fill.status).toBe(200);
    expect(fill.body).toMatchObject({ revision: 1, nearestId: 'zhambyl-2017-231-job-seeker-registration' });
    expect(fill.body.proposals).toContainEqual({
      path: 'steps[0].action.en',
      from: { regulationId: 'zhambyl-2017-231-job-seeker-registration', path: 'steps[0].action.en' },
      value: fill.body.definition.steps[0].action.en,
    });
    const saved = (await app.request('GET', url(), admin)).body;
    expect(saved.revision).toBe(1);
    expect(saved.definition.steps[0].action.en).toBeUndefined();

    const put = await app.request('PUT', url(), admin, { expectedRevision: 1, definition: fill.body.definition, actLifecycle: saved.actLifecycle });
    expect(put.body).toEqual({ revision: 2 });
    const after = await app.request('GET', `${url()}/validation`, admin);
    expect(after.body).toEqual({ revision: 2, valid: true, issues: [] });
    expect((await app.request('GET', `${url()}/fill`, admin)).body.proposals).toEqual([]);
  });

  it('answers only an administrator, and 404 for a draft that does not exist', async () => {
    const clerk = await app.signIn('zhambyl.clerk');
    expect((await app.request('GET', `${url()}/fill`, clerk)).status).toBe(403);
    expect((await app.request('GET', `${url()}/fill`)).status).toBe(401);
    expect((await app.request('GET', '/api/admin/regulations/drafts/00000000-0000-4000-8000-000000000000/fill', admin)).status).toBe(404);
  });

  it('reads an uploaded HTML page through the importer\'s HTML adapter: the same three regulations as the plain text', async () => {
    const text = readFileSync(path.join(SEEDS_DIR, '000_88b275066dc75452.txt'), 'utf8');
    const html = `<!DOCTYPE html><html><head><title>Әділет</title><script>var x = "5 минут";</script></head><body>${text
      .split('\n')
      .map((line) => `<p>${line.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
      .join('\n')}</body></html>`;
    const upload = await app.request('POST', '/api/admin/regulations/uploads', admin, { fileName: 'zhambyl-231.html', text: html });
    expect(upload.status).toBe(201);
    expect(upload.body.draftIds).toHaveLength(3);
    const draft = (await app.request('GET', `/api/admin/regulations/drafts/${upload.body.draftIds[1]}`, admin)).body;
    expect(draft.source.text).not.toContain('<p>');
    expect(draft.definition.steps.length).toBeGreaterThan(0);
  });

  it('refuses HTML by name where no HTML reader is composed in', () => {
    expect(() => plainTextOfUpload({ fileName: 'act.html', text: '<p>x</p>' })).toThrow(expect.objectContaining({ code: 'REGULATION_TEXT_FORMAT_NOT_SUPPORTED' }));
    expect(plainTextOfUpload({ fileName: 'act.htm', text: '<p>a</p><p>b</p>' }, (html) => html.replace(/<\/p>/g, '\n').replace(/<[^>]+>/g, ''))).toBe('a\nb\n');
  });
});
