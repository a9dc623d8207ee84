import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translate, type MessageKey, type MessageValues } from '../../web/src/i18n/translate.ts';
import type { Language } from '../../web/src/i18n/languages.ts';
import { DEMO_PASSWORD } from '../../src/composition/demo-data.ts';
import { withCheckDigit } from '../../src/core/identity/iin.ts';
import { auditAccessibility } from './support/a11y-audit.ts';
import { buildWebApp, CHROMIUM_PATH, chromiumAvailable, launchChromium, newPersonContext, screenshotDir, startWebTestApp, type WebTestApp } from './support/web-app.ts';
import { officeApplication } from '../support/office-filing.ts';

/*
 * Issue #17 in Chromium, kk and ru, desktop and 390×844: a portal application missing the consent and the identity
 * document cannot be signed and names both; a 10 MB file is refused in the browser with the limit stated; the
 * executor opens the citizen's scan; the head previews the draft and returns the case for rework; the executor reads
 * the reason in the inbox and on the case.
 */
const available = chromiumAvailable();
const t = (language: Language, key: MessageKey, values?: MessageValues) => translate(language, key, values);
const REGULATION = 'zhambyl-2017-231-job-seeker-registration';
const formData = { 'desired-position': 'Accountant', 'education-level': 'higher', phone: '+77011234567', 'consent-publish': true };
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;
const SERVICE = { kk: 'Жұмыс іздеп жүрген адамдарды тіркеу', ru: 'Регистрация лиц, ищущих работу', en: 'Registration of persons seeking work' };

async function shot(page: Page, name: string): Promise<void> {
  const dir = path.join(await screenshotDir(), 'staff-work');
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

describe.skipIf(!available)(`staff work and intake in Chromium${available ? '' : ` (skipped: ${CHROMIUM_PATH} not found)`}`, () => {
  let app: WebTestApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    await buildWebApp();
    app = await startWebTestApp(import.meta.url, '2026-11-24T05:00:00Z');
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await app?.close();
  });

  async function personPage(language: Language, viewport: { width: number; height: number }, start: string): Promise<Page> {
    const context = await newPersonContext(browser, app.baseUrl, viewport);
    contexts.push(context);
    await context.addInitScript((lang) => localStorage.setItem('qyzmet.language', lang), language);
    const page = await context.newPage();
    await page.goto(start);
    return page;
  }

  async function staffSignIn(page: Page, language: Language, login: string): Promise<void> {
    await page.getByLabel(t(language, 'signIn.login')).fill(login);
    await page.getByLabel(t(language, 'signIn.password')).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: t(language, 'signIn.submit') }).click();
    await page.getByRole('heading', { level: 1, name: t(language, 'inbox.title') }).waitFor({ timeout: 15_000 });
  }

  for (const language of ['kk', 'ru'] as const) {
    for (const [size, viewport] of Object.entries(VIEWPORTS)) {
      it(`a portal application missing the consent and the identity document cannot be signed, and a 10 MB file is refused with the limit (${language}, ${size})`, async () => {
        const page = await personPage(language, viewport, '/portal');
        await page.getByLabel(t(language, 'portal.field.iin')).fill('880515300120');
        await page.getByLabel(t(language, 'portal.field.password')).fill(DEMO_PASSWORD);
        await page.getByRole('button', { name: t(language, 'portal.signIn.submit'), exact: true }).click();
        await page.getByRole('heading', { level: 1, name: t(language, 'portal.cabinet.title') }).waitFor({ timeout: 15_000 });
        await page.getByRole('link', { name: t(language, 'portal.nav.catalog') }).click();
        await page.getByRole('link', { name: t(language, 'portal.catalog.applyFor', { name: SERVICE[language] }) }).click();
        const form = page.locator('form').first();
        await form.locator('input[name="desired-position"]').fill('Accountant');
        await form.locator('select[name="education-level"]').selectOption('higher');
        await form.locator('input[name="phone"]').fill('+77011234567');
        await page.getByRole('button', { name: t(language, 'portal.apply.prepare') }).click();
        const problem = page.getByTestId('intake-problem');
        await problem.waitFor();
        const said = await problem.innerText();
        expect(said).toContain({ kk: 'Деректерімді Электрондық еңбек биржасында жариялауға келісемін', ru: 'Согласен на размещение моих данных на Электронной бирже труда' }[language]);
        expect(said).toContain({ kk: 'Жеке басын куәландыратын құжат', ru: 'Документ, удостоверяющий личность' }[language]);
        expect(await page.getByRole('heading', { name: t(language, 'portal.apply.signHeading') }).count()).toBe(0);
        expect(await auditAccessibility(page)).toEqual([]);
        await shot(page, `${language}-${size}-portal-incomplete`);

        let uploads = 0;
        page.on('request', (request) => {
          if (request.url().endsWith('/api/attachments')) uploads++;
        });
        const tenMegabytes = Buffer.alloc(10 * 1024 * 1024, 0x20);
        Buffer.from('%PDF-1.4\n').copy(tenMegabytes);
        await form.locator('input[type="file"]').first().setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: tenMegabytes });
        await page.getByText(t(language, 'upload.tooLarge', { name: 'scan.pdf', size: 10, limit: 5 })).waitFor();
        expect(uploads).toBe(0);
        expect(await auditAccessibility(page)).toEqual([]);
        await shot(page, `${language}-${size}-portal-file-too-large`);
      }, 120_000);
    }
  }

  let portalCaseId: string | undefined;
  let applicants = 0;
  async function filePortalCase(): Promise<string> {
    const citizen = (await app.request('POST', '/api/portal/sign-in', undefined, { iin: '880515300120', password: DEMO_PASSWORD })).body.token as string;
    const scan = await app.request('POST', '/api/attachments', citizen, { fileName: 'id.png', mediaType: 'image/png', contentBase64: PNG.toString('base64'), documentId: 'identity-document' });
    const filed = await app.request('POST', '/api/portal/applications', citizen, { regulationId: REGULATION, formData, attachmentIds: [scan.body.id], signature: 'MIAGCSqGSIb3DQEHAqCAMIACAQExDzAN' });
    expect(filed.status, JSON.stringify(filed.body)).toBe(201);
    const clerk = await app.signIn('zhambyl.clerk');
    const head = await app.signIn('zhambyl.head');
    let state = (await app.request('GET', `/api/cases/${filed.body.caseId}`, clerk)).body;
    state = (await app.request('POST', `/api/cases/${state.id}/steps`, clerk, { stepId: 'register', expectedVersion: state.version })).body;
    state = (await app.request('POST', `/api/cases/${state.id}/steps`, head, { stepId: 'assign', expectedVersion: state.version, input: { executorId: 'zhambyl.executor1' } })).body;
    return state.id as string;
  }

  for (const language of ['kk', 'ru'] as const) {
    for (const [size, viewport] of Object.entries(VIEWPORTS)) {
      it(`the executor opens the citizen's scan; the head previews the draft and returns the case; the executor reads why (${language}, ${size})`, async () => {
        // A portal application with the scan of the identity document, at the executor (one for every run: a second
        // open application of the same person is not filed).
        portalCaseId ??= await filePortalCase();
        const tokens: Record<string, string> = {};
        for (const login of ['zhambyl.clerk', 'zhambyl.head', 'zhambyl.executor1']) tokens[login] = await app.signIn(login);
        const step = async (caseId: string, login: string, body: unknown) => (await app.request('POST', `/api/cases/${caseId}/steps`, tokens[login], body)).body;
        let state: { id: string; version: number } = { id: portalCaseId, version: 0 };

        const executor = await personPage(language, viewport, '/office');
        await staffSignIn(executor, language, 'zhambyl.executor1');
        await executor.goto(`/office/cases/${state.id}`);
        await executor.getByTestId('open-attachment').first().click();
        const image = executor.getByTestId('blob-viewer').locator('img');
        await image.waitFor();
        expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
        // The checklist ticked against what was attached: the identity document with its scan, the others marked missing.
        const files = executor.getByTestId('case-files');
        expect(await files.locator('li.doc-attached').filter({ hasText: { kk: 'Жеке басын куәландыратын құжат', ru: 'Документ, удостоверяющий личность' }[language] }).count()).toBe(1);
        expect(await files.locator('li.doc-missing').filter({ hasText: t(language, 'files.notAttached') }).count()).toBe(2);
        expect(await auditAccessibility(executor)).toEqual([]);
        await shot(executor, `${language}-${size}-case-scan`);

        // An office case at the head's signature.
        const applicantIin = withCheckDigit(`8503033${String(++applicants).padStart(3, '0')}1`)!;
        await app.ctx.db.execute(`insert into persons (iin, surname, given_name, patronymic, birth_date, sex, region) values ($1, 'Қайта', 'Әсел', null, '1985-03-03', 'female', 'zhambyl')`, [applicantIin]);
        const office = (await app.request('POST', '/api/cases', tokens['zhambyl.clerk'], officeApplication(app.ctx, { regulationId: REGULATION, applicantIin, formData }))).body;
        state = await step(office.id, 'zhambyl.clerk', { stepId: 'register', expectedVersion: office.version });
        state = await step(office.id, 'zhambyl.head', { stepId: 'assign', expectedVersion: state.version, input: { executorId: 'zhambyl.executor1' } });
        state = await step(office.id, 'zhambyl.executor1', { stepId: 'decide', expectedVersion: state.version, input: { outcome: 'positive' } });

        const head = await personPage(language, viewport, '/office');
        await staffSignIn(head, language, 'zhambyl.head');
        await head.goto(`/office/cases/${office.id}`);
        await head.getByTestId('preview-document').click();
        await head.getByTestId('draft-banner').waitFor();
        expect(await head.getByTestId('draft-banner').innerText()).toBe(t(language, 'preview.draftNote'));
        expect(await head.getByTestId('blob-viewer').getAttribute('data-media-type')).toBe('application/pdf');
        expect(await auditAccessibility(head)).toEqual([]);
        await shot(head, `${language}-${size}-preview-before-signing`);

        const reason = { kk: 'Білім деңгейі құжатпен расталмаған', ru: 'Уровень образования не подтверждён документом' }[language];
        await head.getByText(t(language, 'rework.title')).click();
        await head.getByTestId('rework-send').click();
        await head.getByText(t(language, 'rework.reasonRequired', { count: 10 })).waitFor();
        await head.getByTestId('rework-reason').fill(reason);
        await shot(head, `${language}-${size}-rework-form`);
        await head.getByTestId('rework-send').click();
        await head.getByText(t(language, 'rework.done')).waitFor();

        await executor.goto('/office');
        await executor.getByTestId('inbox-rework').filter({ hasText: reason }).first().waitFor();
        expect(await auditAccessibility(executor)).toEqual([]);
        await shot(executor, `${language}-${size}-inbox-rework`);
        await executor.goto(`/office/cases/${office.id}`);
        await executor.getByTestId('rework-note').filter({ hasText: reason }).waitFor();
        await shot(executor, `${language}-${size}-case-rework`);
      }, 180_000);
    }
  }
});
