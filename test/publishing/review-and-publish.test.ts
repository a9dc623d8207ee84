import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp } from '../../src/composition/open-app.ts';
import { loadConfig } from '../../src/config/config.ts';
import { buildServer } from '../../src/http/build-server.ts';
import { FIXTURE_BASE_ID, FIXTURE_NEW_ID, FIXTURE_SEED_FILE, fixedImporter, fixtureSeedText } from '../support/fixed-importer.ts';
import { CALENDAR_FILE, REGULATIONS_DIR } from '../support/paths.ts';
import { startTestApp, TEST_DOCUMENT_CODE_KEY, type TestApp } from '../support/test-app.ts';
import { officeApplication } from '../support/office-filing.ts';

const formData = { 'desired-position': 'Nurse', 'education-level': 'vocational', phone: '+77011234567', 'consent-publish': true };

describe('review and publish of an imported regulation (issue #20)', () => {
  let app: TestApp;
  let admin: string;
  let clerk: string;
  let draftId: string;
  let citationName: string;

  beforeAll(async () => {
    app = await startTestApp(import.meta.url, '2026-11-24T05:00:00Z', { regulationImporter: fixedImporter });
    admin = await app.signIn('admin');
    clerk = await app.signIn('zhambyl.clerk');
  });
  afterAll(() => app.close());

  const draftUrl = () => `/api/admin/regulations/drafts/${draftId}`;
  const readDraft = async () => (await app.request('GET', draftUrl(), admin)).body;
  const put = (body: unknown) => app.request('PUT', draftUrl(), admin, body);

  it('refuses everyone but an administrator', async () => {
    const upload = await app.request('POST', '/api/admin/regulations/uploads', clerk, { fileName: 'zhambyl.txt', text: fixtureSeedText() });
    expect(upload.status).toBe(403);
    expect((await app.request('GET', '/api/admin/regulations/drafts', clerk)).status).toBe(403);
    expect((await app.request('GET', '/api/admin/regulations/drafts')).status).toBe(401);
  });

  it('refuses a format it cannot read yet, by name', async () => {
    const upload = await app.request('POST', '/api/admin/regulations/uploads', admin, { fileName: 'act.docx', text: 'PK…' });
    expect(upload.status).toBe(415);
    expect(upload.body.error.code).toBe('REGULATION_TEXT_FORMAT_NOT_SUPPORTED');
  });

  it('stores the uploaded text once with its SHA-256 and makes a draft cited into it, with the unresolved lines', async () => {
    const upload = await app.request('POST', '/api/admin/regulations/uploads', admin, { fileName: 'zhambyl.txt', text: fixtureSeedText().replace(/\n/g, '\r\n') });
    expect(upload.status).toBe(201);
    expect(upload.body).toMatchObject({ draftIds: [expect.any(String)], unresolvedCount: 1 });
    expect(upload.body.citationName).toBe(`upload_${upload.body.sha256.slice(0, 16)}.txt`);
    draftId = upload.body.draftIds[0];
    citationName = upload.body.citationName;

    const draft = await readDraft();
    // Windows line breaks are the same text: stored with \n, so line numbers are the seed's.
    expect(draft.source.text).toBe(fixtureSeedText());
    expect(draft.source).toMatchObject({ fileName: 'zhambyl.txt', citationName, uploadedBy: 'admin' });
    expect(draft.definition.id).toBe(FIXTURE_NEW_ID);
    expect(draft.definition.steps[0].limit.source.seed).toBe(citationName);
    expect(draft.unresolved).toEqual([expect.objectContaining({ line: expect.any(Number), reason: expect.any(String) })]);
    expect(draft.actLifecycle).toMatchObject({ kind: 'actLifecycle', id: 'zhambyl-2021-999', approves: [{ regulationIds: [FIXTURE_NEW_ID] }] });

    // The stored text never changes: citations point into it.
    await expect(app.ctx.db.execute("update regulation_sources set text = 'changed'")).rejects.toThrow(/immutable/);

    const again = await app.request('POST', '/api/admin/regulations/uploads', admin, { fileName: 'same-text.txt', text: fixtureSeedText() });
    expect(again.body.sourceId).toBe(upload.body.sourceId);
    expect(again.body.draftIds[0]).not.toBe(draftId);
  });

  it('finds the misread figure: the limit differs from its quote, with the JSON path and kk/ru/en messages', async () => {
    const validation = await app.request('GET', `${draftUrl()}/validation`, admin);
    expect(validation.body.valid).toBe(false);
    expect(validation.body.issues).toContainEqual(
      expect.objectContaining({
        path: 'definition.steps[0].limit.source',
        code: 'citation',
        message: { kk: expect.stringContaining('Мерзім'), ru: expect.stringContaining('Срок не совпадает'), en: expect.stringContaining('20 (двадцати) минут') },
      }),
    );
    const comparison = await app.request('GET', `${draftUrl()}/comparison`, admin);
    expect(comparison.body).toMatchObject({ nearestId: null, comparison: null, issueCount: validation.body.issues.length });

    const publish = await app.request('POST', `${draftUrl()}/publish`, admin, { expectedRevision: 1 });
    expect(publish.status).toBe(422);
    expect(publish.body.error.code).toBe('REGULATION_DRAFT_INVALID');
  });

  it('refuses bad citations: a quote not on its line, a citation of the seeds instead of the stored text', async () => {
    const draft = await readDraft();
    const definition = structuredClone(draft.definition);
    definition.steps[0].limit.value = 20;
    definition.provider.source.quote = 'a sentence the text does not have';
    definition.service.source.seed = FIXTURE_SEED_FILE;
    expect((await put({ expectedRevision: draft.revision, definition, actLifecycle: draft.actLifecycle })).status).toBe(200);
    const validation = await app.request('GET', `${draftUrl()}/validation`, admin);
    expect(validation.body.issues.map((i: { path: string }) => i.path).sort()).toEqual(['definition.provider.source', 'definition.service.source']);
    expect(validation.body.issues.find((i: { path: string }) => i.path === 'definition.service.source').message.en).toContain(citationName);
    const publish = await app.request('POST', `${draftUrl()}/publish`, admin, { expectedRevision: draft.revision + 1 });
    expect(publish.status).toBe(422);
  });

  it('saves a correction over the revision read and refuses a stale one', async () => {
    const draft = await readDraft();
    const original = fixedImporter({ fileName: citationName, text: fixtureSeedText() }).regulations[0] as Record<string, any>;
    const definition = structuredClone(draft.definition);
    definition.provider.source = original.provider.source;
    definition.service.source = original.service.source;
    const saved = await put({ expectedRevision: draft.revision, definition, actLifecycle: draft.actLifecycle });
    expect(saved.body.revision).toBe(draft.revision + 1);
    const stale = await put({ expectedRevision: draft.revision, definition, actLifecycle: draft.actLifecycle });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('REGULATION_DRAFT_CHANGED');
    expect((await readDraft()).updatedBy).toBe('admin');
  });

  it('validates clean and compares with the nearest version: the same service of the same region, another edition', async () => {
    const validation = await app.request('GET', `${draftUrl()}/validation`, admin);
    expect(validation.body).toMatchObject({ valid: true, issues: [] });
    const comparison = await app.request('GET', `${draftUrl()}/comparison`, admin);
    expect(comparison.body.nearestId).toBe(FIXTURE_BASE_ID);
    expect(comparison.body.comparison.left.id).toBe(FIXTURE_BASE_ID);
    expect(comparison.body.comparison.right).toMatchObject({ id: FIXTURE_NEW_ID, actNumber: '999' });
  });

  it('publishes once on a double click, answers 409 to the second, and the catalog has the version at once', async () => {
    const { revision } = await readDraft();
    expect((await app.request('GET', `/api/regulations/${FIXTURE_NEW_ID}`)).status).toBe(404);
    const answers = await Promise.all([1, 2].map(() => app.request('POST', `${draftUrl()}/publish`, admin, { expectedRevision: revision })));
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    const refused = answers.find((a) => a.status === 409);
    expect(refused?.body.error).toMatchObject({ code: 'REGULATION_DRAFT_ALREADY_PUBLISHED', messages: { en: expect.stringContaining(FIXTURE_NEW_ID) } });
    const later = await app.request('POST', `${draftUrl()}/publish`, admin, { expectedRevision: revision });
    expect(later.status).toBe(409);

    const version = await app.request('GET', `/api/regulations/${FIXTURE_NEW_ID}`);
    expect(version.status).toBe(200);
    const act = await app.request('GET', '/api/regulations/acts/zhambyl-2021-999');
    expect(act.body).toMatchObject({ id: 'zhambyl-2021-999' });
    expect(JSON.stringify(act.body)).toContain(FIXTURE_NEW_ID);
    expect((await readDraft()).publishedRegulationId).toBe(FIXTURE_NEW_ID);
    expect((await app.request('PUT', draftUrl(), admin, { expectedRevision: revision, definition: {}, actLifecycle: null })).body.error.code).toBe('REGULATION_DRAFT_ALREADY_PUBLISHED');
  });

  it('files a case under the published version, with its corrected limit', async () => {
    const filed = await app.request('POST', '/api/cases', clerk, officeApplication(app.ctx, { regulationId: FIXTURE_NEW_ID, applicantIin: '880515300120', formData }));
    expect(filed.status).toBe(201);
    expect(filed.body.regulationId).toBe(FIXTURE_NEW_ID);
    // The clerk's 20 minutes from 10:00 local (05:00Z): due 10:20.
    expect(filed.body.openStep.dueAt).toBe('2026-11-24T05:20:00.000Z');
  });

  it('keeps serving the loaded catalog when the database does not answer the version read (a failover)', async () => {
    const down = { ...app.ctx.db, execute: () => Promise.reject(new Error('connection refused')) };
    const server = await buildServer({ ...app.ctx, db: down }, { logLevel: 'silent' });
    try {
      const answer = await server.inject({ method: 'GET', url: `/api/regulations/${FIXTURE_NEW_ID}` });
      expect(answer.statusCode).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('is seen by another server process on the same database at its next request, and after a restart', async () => {
    const other = await openApp(loadConfig({ QYZMET_REGULATIONS_DIR: REGULATIONS_DIR, QYZMET_CALENDAR_FILE: CALENDAR_FILE, QYZMET_FILING_POLICY: 'demonstration' }), {
      db: app.ctx.db,
      clock: () => new Date('2026-11-24T05:00:00Z'),
      signatureVerifier: null,
      documentCodeKey: TEST_DOCUMENT_CODE_KEY,
    });
    // Started after the publish: the version is there from the start.
    expect(other.catalog.get(FIXTURE_NEW_ID).act.number).toBe('999');
    const server = await buildServer(other, { logLevel: 'silent' });
    try {
      // A second draft published through the first process…
      const upload = await app.request('POST', '/api/admin/regulations/uploads', admin, { fileName: 'again.txt', text: `${fixtureSeedText()}\n` });
      const second = upload.body.draftIds[0];
      const draft = (await app.request('GET', `/api/admin/regulations/drafts/${second}`, admin)).body;
      expect(draft.definition.id).not.toBe(FIXTURE_NEW_ID);
      draft.definition.steps[0].limit.value = 20;
      await app.request('PUT', `/api/admin/regulations/drafts/${second}`, admin, { expectedRevision: 1, definition: draft.definition, actLifecycle: draft.actLifecycle });
      const published = await app.request('POST', `/api/admin/regulations/drafts/${second}/publish`, admin, { expectedRevision: 2 });
      expect(published.status).toBe(201);
      // …is answered by the second process's very next request, without a restart.
      const seen = await server.inject({ method: 'GET', url: `/api/regulations/${published.body.regulationId}` });
      expect(seen.statusCode).toBe(200);
      expect(other.publishedCatalog?.version).toBe(published.body.catalogVersion);
    } finally {
      await server.close();
    }
  });
});
