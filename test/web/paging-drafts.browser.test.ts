import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translate, type MessageKey, type MessageValues } from '../../web/src/i18n/translate.ts';
import type { Language } from '../../web/src/i18n/languages.ts';
import { addPersons, iin, person } from '../registries/support/registry-fixtures.ts';
import { auditAccessibility } from './support/a11y-audit.ts';
import { buildWebApp, CHROMIUM_PATH, chromiumAvailable, launchChromium, newPersonContext, screenshotDir, startWebTestApp, type WebTestApp } from './support/web-app.ts';
import { officeApplication } from '../support/office-filing.ts';

/*
 * Issue #17/#19 in a real browser: the journal a page at a time (51 registered cases, 50 to a page), and the office's
 * receive form kept as a draft across a reload until it is sent. Kazakh on a desktop, Russian on a 390×844 phone;
 * screenshots go to test-output/web/paging-drafts/.
 */

const REGULATION_ID = 'zhambyl-2017-231-job-seeker-registration';
const formData = { 'desired-position': 'Бухгалтер', 'education-level': 'higher', phone: '+77011234567', 'consent-publish': true };
const CASES = 51;
const APPLICANTS = Array.from({ length: CASES + 10 }, (_, n) => `8801013${String(n).padStart(4, '0')}`)
  .map((first11) => {
    try {
      return iin(first11);
    } catch {
      return null;
    }
  })
  .filter((value): value is string => value !== null)
  .slice(0, CASES + 2);
/** Two people with no case yet: each language's receive form files one (a second application would be a duplicate). */
const NEW_APPLICANTS = APPLICANTS.splice(CASES, 2);

const available = chromiumAvailable();
if (!available) console.warn(`[test/web] skipping the browser tests: no Chromium at ${CHROMIUM_PATH}`);

const t = (language: Language, key: MessageKey, values?: MessageValues) => translate(language, key, values);

async function shot(page: Page, name: string): Promise<void> {
  const dir = path.join(await screenshotDir(), 'paging-drafts');
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

async function heading(page: Page, text: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: text }).waitFor({ timeout: 10_000 });
}

describe.skipIf(!available)('paged journal and office drafts in Chromium', () => {
  let app: WebTestApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  async function clerkPage(language: Language, viewport: { width: number; height: number }): Promise<Page> {
    const context = await newPersonContext(browser, app.baseUrl, viewport);
    contexts.push(context);
    const page = await context.newPage();
    await page.goto('/office');
    if (language === 'ru') await page.getByRole('button', { name: 'Русский' }).click();
    await heading(page, t(language, 'signIn.title'));
    await page.getByLabel(t(language, 'signIn.login')).fill('zhambyl.clerk');
    await page.getByLabel(t(language, 'signIn.password')).fill('qyzmet-demo');
    await page.getByRole('button', { name: t(language, 'signIn.submit') }).click();
    await heading(page, t(language, 'inbox.title'));
    return page;
  }

  beforeAll(async () => {
    await buildWebApp();
    app = await startWebTestApp(import.meta.url, '2026-11-24T05:00:00Z');
    browser = await launchChromium();
    await addPersons(app.ctx.db, [...APPLICANTS, ...NEW_APPLICANTS].map((applicantIin) => person({ iin: applicantIin, region: 'zhambyl' })));
    const clerk = await app.signIn('zhambyl.clerk');
    for (const applicantIin of APPLICANTS) {
      const filed = await app.request('POST', '/api/cases', clerk, officeApplication(app.ctx, { regulationId: REGULATION_ID, applicantIin, formData }));
      expect(filed.status, JSON.stringify(filed.body)).toBe(201);
      const registered = await app.request('POST', `/api/cases/${filed.body.id}/steps`, clerk, { stepId: 'register', expectedVersion: filed.body.version });
      expect(registered.status).toBe(200);
    }
  }, 300_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await app?.close();
  });

  for (const [language, viewport] of [
    ['kk', { width: 1280, height: 900 }],
    ['ru', { width: 390, height: 844 }],
  ] as const) {
    it(`pages through the journal and keeps the receive form across a reload until it is sent (${language}, ${viewport.width}px)`, async () => {
      expect(APPLICANTS).toHaveLength(CASES);
      const page = await clerkPage(language, viewport);
      await page.goto('/office/journal');
      await heading(page, t(language, 'journal.title'));
      const showing = page.getByTestId('list-showing');
      await expect.poll(() => showing.textContent()).toBe(t(language, 'list.showing', { from: 1, to: 50, total: CASES }));
      expect(await page.getByTestId('journal-row').count()).toBe(50);
      await page.getByText(t(language, 'list.page', { page: 1, pages: 2 })).waitFor();
      expect(await auditAccessibility(page)).toEqual([]);
      await shot(page, `${language}-journal-page-1`);
      await page.getByRole('button', { name: t(language, 'list.next') }).click();
      await expect.poll(() => showing.textContent()).toBe(t(language, 'list.showing', { from: 51, to: 51, total: CASES }));
      expect(await page.getByTestId('journal-row').count()).toBe(1);
      await page.getByRole('link', { name: `TRZ-2026-0000${CASES}`, exact: true }).waitFor();
      expect(await page.getByRole('button', { name: t(language, 'list.next') }).isDisabled()).toBe(true);
      await shot(page, `${language}-journal-page-2`);

      // The receive form: typed, reloaded, still there; sent, then gone.
      await page.goto('/office/receive');
      await heading(page, t(language, 'receive.title'));
      const applicantIin = NEW_APPLICANTS[language === 'kk' ? 0 : 1]!;
      await page.locator('[name="regulationId"]').selectOption(REGULATION_ID);
      await page.locator('[name="applicantIin"]').fill(applicantIin);
      await page.locator('[name="desired-position"]').fill('Есепші');
      await page.reload();
      await heading(page, t(language, 'receive.title'));
      await expect.poll(() => page.locator('[name="desired-position"]').inputValue()).toBe('Есепші');
      expect(await page.locator('[name="regulationId"]').inputValue()).toBe(REGULATION_ID);
      expect(await page.locator('[name="applicantIin"]').inputValue()).toBe(applicantIin);
      expect(await auditAccessibility(page)).toEqual([]);
      await shot(page, `${language}-receive-draft`);
      await page.locator('[name="education-level"]').selectOption('higher');
      await page.locator('[name="phone"]').fill('+77011234567');
      await page.locator('[name="consent-publish"]').check();
      // The paper originals handed over (issue #17): every document on the checklist.
      for (const box of await page.getByTestId('paper-documents').getByRole('checkbox').all()) await box.check();
      await page.getByRole('button', { name: t(language, 'receive.submit') }).click();
      await page.getByTestId('case-status').waitFor();
      await page.goto('/office/receive');
      await heading(page, t(language, 'receive.title'));
      await page.locator('[name="regulationId"]').selectOption(REGULATION_ID);
      await page.locator('[name="desired-position"]').waitFor();
      expect(await page.locator('[name="desired-position"]').inputValue()).toBe('');
      expect(await page.locator('[name="applicantIin"]').inputValue()).toBe('');
    }, 180_000);
  }
});
