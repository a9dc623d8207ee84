import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegulationImporter } from '../../src/core/importer/import-contract.ts';
import { parseFigure } from '../../src/core/regulation/parse-figure.ts';
import type { Language } from '../../web/src/i18n/languages.ts';
import { translate, type MessageKey, type MessageValues } from '../../web/src/i18n/translate.ts';
import { FIXTURE_BASE_ID, FIXTURE_NEW_ID, FIXTURE_SEED_FILE, fixedImporter } from '../support/fixed-importer.ts';
import { SEEDS_DIR } from '../support/paths.ts';
import { startTestApp } from '../support/test-app.ts';
import { auditAccessibility } from './support/a11y-audit.ts';
import { buildWebApp, CHROMIUM_PATH, chromiumAvailable, launchChromium, newPersonContext, screenshotDir, type WebTestApp } from './support/web-app.ts';

const available = chromiumAvailable();
if (!available) console.warn(`[test/web] skipping the publishing browser test: no Chromium at ${CHROMIUM_PATH}`);

const t = (language: Language, key: MessageKey, values?: MessageValues) => translate(language, key, values);
const PHONE = { width: 390, height: 844 };

async function startApp(testFile: string, regulationImporter?: RegulationImporter): Promise<WebTestApp> {
  const testApp = await startTestApp(testFile, '2026-11-24T05:00:00Z', regulationImporter ? { regulationImporter } : {});
  await testApp.server.listen({ port: 0, host: '127.0.0.1' });
  const address = testApp.server.server.address();
  if (!address || typeof address === 'string') throw new Error('server has no TCP address');
  return { ...testApp, baseUrl: `http://127.0.0.1:${address.port}` };
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(await screenshotDir(), `${name}.png`), fullPage: true });
}

async function heading(page: Page, text: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: text }).waitFor({ timeout: 15_000 });
}

/** An administrator's browser in a language, signed in, on the imports page. */
async function adminOnImports(browser: Browser, app: WebTestApp, contexts: BrowserContext[], language: Language, viewport?: { width: number; height: number }): Promise<Page> {
  const context = await newPersonContext(browser, app.baseUrl, viewport);
  contexts.push(context);
  await context.addInitScript((lang) => localStorage.setItem('qyzmet.language', lang), language);
  const page = await context.newPage();
  await page.goto('/office/regulations');
  await heading(page, t(language, 'signIn.title'));
  await page.getByLabel(t(language, 'signIn.login')).fill('admin');
  await page.getByLabel(t(language, 'signIn.password')).fill('qyzmet-demo');
  await page.getByRole('button', { name: t(language, 'signIn.submit') }).click();
  await heading(page, t(language, 'publishing.list.title'));
  return page;
}

async function upload(page: Page, language: Language, file: string): Promise<void> {
  await page.getByLabel(t(language, 'publishing.upload.file')).setInputFiles(file);
  await page.getByRole('button', { name: t(language, 'publishing.upload.submit') }).click();
  const drafted = page.getByRole('heading', { level: 2, name: t(language, 'publishing.review.draftHeading'), exact: true });
  const refused = page.getByRole('alert').filter({ hasText: /\S/ });
  await drafted.or(refused).first().waitFor({ timeout: 30_000 });
  if (await refused.count()) throw new Error(`the upload was refused: ${await refused.first().innerText()}`);
}

function limitInput(page: Page, language: Language, stepNumber: number, stepId: string) {
  return page.getByRole('group', { name: t(language, 'publishing.review.step', { n: stepNumber, id: stepId }) }).getByLabel(t(language, 'publishing.review.limitValue'));
}

async function validateAndPublish(page: Page, language: Language, regulationId: string): Promise<void> {
  await page.getByRole('button', { name: t(language, 'publishing.review.validate') }).click();
  await page.getByText(t(language, 'publishing.review.valid')).waitFor();
  await page.getByRole('button', { name: t(language, 'publishing.review.publish') }).click();
  await page.getByText(t(language, 'publishing.review.confirm', { id: regulationId })).waitFor();
  await page.getByRole('button', { name: t(language, 'publishing.review.confirmYes') }).click();
  await page.getByText(t(language, 'publishing.review.published', { id: regulationId })).waitFor();
}

/** A value for every required field the imported version asks for, by its type. */
function formDataFor(fields: ReadonlyArray<{ id: string; type: string; required: boolean; options?: Array<{ id: string }> }>): Record<string, unknown> {
  const sample: Record<string, unknown> = { text: 'Test', date: '1990-01-01', iin: '880515300120', phone: '+77011234567', email: 'test@example.kz', boolean: true, number: 1 };
  return Object.fromEntries(fields.filter((f) => f.required).map((f) => [f.id, f.type === 'select' ? f.options?.[0]?.id : sample[f.type]]));
}

const noHorizontalScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

/**
 * Issue #20's "Done when" in Chromium, through the default composition: the REAL importer reads seed 004 (Akmola). On a
 * branch where the importer is still the placeholder, the upload answers REGULATION_IMPORT_FAILED and this fails.
 */
describe.skipIf(!available)('an administrator publishes an imported seed (real importer)', () => {
  let app: WebTestApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    await buildWebApp();
    app = await startApp(import.meta.url);
    browser = await launchChromium();
    // The demo data has no Akmola provider: one, and its clerk, to file under the Akmola version.
    await app.ctx.db.execute(
      `insert into providers (id, code, region, bin, kind, name) values ('akmola-kokshetau-employment', 'KOK', 'akmola', '990140000011', 'provider', $1)`,
      [JSON.stringify({ kk: 'Көкшетау қаласының жұмыспен қамту бөлімі', ru: 'Отдел занятости города Кокшетау', en: 'Employment department of Kokshetau' })],
    );
    await app.ctx.db.execute(
      `insert into staff (id, provider_id, login, password_hash, role, full_name, iin, region)
       select 'akmola.clerk', 'akmola-kokshetau-employment', 'akmola.clerk', password_hash, 'clerk', 'Akmola clerk', iin, 'akmola' from staff where id = 'zhambyl.clerk'`,
    );
  }, 240_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await app?.close();
  });

  it('uploads seed 004, corrects one figure, publishes, and a case is filed under the new version (kk and ru)', async () => {
    const ru = await adminOnImports(browser, app, contexts, 'ru');
    await upload(ru, 'ru', path.join(SEEDS_DIR, '004_5a6ed499d8a4d0ea.txt'));
    const draftId = decodeURIComponent(new URL(ru.url()).pathname.split('/').pop() ?? '');
    const admin = await app.signIn('admin');
    const draft = (await app.request('GET', `/api/admin/regulations/drafts/${draftId}`, admin)).body;
    const index = draft.definition.steps.findIndex((s: { limit?: unknown }) => s.limit);
    const step = draft.definition.steps[index];
    // The correction: the figure its quote states, typed over whatever the draft holds.
    await limitInput(ru, 'ru', index + 1, step.id).fill(String(parseFigure(step.limit.source.quote).value));
    await shot(ru, 'ru-publishing-real-review');
    await validateAndPublish(ru, 'ru', draft.definition.id);

    const kk = await adminOnImports(browser, app, contexts, 'kk');
    await kk.getByRole('link', { name: t('kk', 'publishing.list.open', { id: draft.definition.id }) }).click();
    await kk.getByRole('heading', { level: 2, name: t('kk', 'publishing.review.draftHeading'), exact: true }).waitFor();
    await shot(kk, 'kk-publishing-real-published');

    const clerk = await app.signIn('akmola.clerk');
    const filed = await app.request('POST', '/api/cases', clerk, { regulationId: draft.definition.id, applicantIin: '880515300120', formData: formDataFor(draft.definition.formFields ?? []) });
    expect(filed.status).toBe(201);
  });
});

/** The same screens with a fixed importer (test/support/fixed-importer.ts), so they are proved before the importer lands. */
describe.skipIf(!available)('review and publish screens (fixed importer)', () => {
  let app: WebTestApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    await buildWebApp();
    app = await startApp(`${import.meta.url}#fixed`, fixedImporter);
    browser = await launchChromium();
  }, 240_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await app?.close();
  });

  it('shows the draft beside the text, finds the misread figure, takes the correction, compares and publishes once', async () => {
    const ru = await adminOnImports(browser, app, contexts, 'ru');
    expect(await auditAccessibility(ru)).toEqual([]);
    await upload(ru, 'ru', path.join(SEEDS_DIR, FIXTURE_SEED_FILE));
    await heading(ru, t('ru', 'publishing.review.title', { id: FIXTURE_NEW_ID }));
    // The unplaced line is marked in the text; cited quotes are highlighted.
    await ru.locator('.line-unresolved').first().waitFor();
    expect(await ru.locator('.publishing-lines mark').count()).toBeGreaterThan(20);

    // The misread figure: validation names its path and says what the quote states.
    await ru.getByRole('button', { name: t('ru', 'publishing.review.validate') }).click();
    await ru.getByText('steps[0].limit.source').first().waitFor();
    await ru.getByText('Срок не совпадает с цитатой').first().waitFor();

    // Click the figure's quote: the text scrolls to its line, which gets focus.
    const limit = limitInput(ru, 'ru', 1, 'register');
    expect(await limit.inputValue()).toBe('2');
    await ru.getByRole('group', { name: t('ru', 'publishing.review.step', { n: 1, id: 'register' }) }).getByRole('button', { name: t('ru', 'publishing.review.showQuote', { line: 712 }) }).click();
    expect(await ru.evaluate(() => document.activeElement?.id)).toBe('source-line-712');

    await limit.fill('20');
    await ru.getByRole('button', { name: t('ru', 'publishing.review.compare') }).click();
    await ru.getByRole('heading', { level: 3, name: t('ru', 'publishing.review.comparisonHeading', { id: FIXTURE_BASE_ID }) }).waitFor();
    expect(await auditAccessibility(ru)).toEqual([]);
    await shot(ru, 'ru-publishing-review');

    await validateAndPublish(ru, 'ru', FIXTURE_NEW_ID);
    expect(await ru.getByRole('button', { name: t('ru', 'publishing.review.publish') }).isDisabled()).toBe(true);
    const rows = await app.ctx.db.execute('select regulation_id from published_regulations');
    expect(rows).toEqual([{ regulation_id: FIXTURE_NEW_ID }]);

    const clerk = await app.signIn('zhambyl.clerk');
    const filed = await app.request('POST', '/api/cases', clerk, {
      regulationId: FIXTURE_NEW_ID,
      applicantIin: '880515300120',
      formData: { 'desired-position': 'Nurse', 'education-level': 'vocational', phone: '+77011234567', 'consent-publish': true },
    });
    expect(filed.status).toBe(201);
  });

  it('works in Kazakh on a 390 px phone, with no serious or critical axe findings', async () => {
    const kk = await adminOnImports(browser, app, contexts, 'kk', PHONE);
    expect(await noHorizontalScroll(kk)).toBe(true);
    await kk.getByRole('link', { name: t('kk', 'publishing.list.open', { id: FIXTURE_NEW_ID }) }).click();
    await kk.getByRole('heading', { level: 2, name: t('kk', 'publishing.review.draftHeading'), exact: true }).waitFor();
    await kk.getByRole('button', { name: t('kk', 'publishing.review.compare') }).click();
    await kk.getByRole('heading', { level: 3, name: t('kk', 'publishing.review.comparisonHeading', { id: FIXTURE_BASE_ID }) }).waitFor();
    expect(await noHorizontalScroll(kk)).toBe(true);
    expect(await auditAccessibility(kk)).toEqual([]);
    await shot(kk, 'kk-publishing-review-phone');
  });
});
