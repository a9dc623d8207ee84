import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translate, type MessageKey, type MessageValues } from '../../web/src/i18n/translate.ts';
import type { Language } from '../../web/src/i18n/languages.ts';
import { addPersons, iin, person as personRow } from '../registries/support/registry-fixtures.ts';
import { auditAccessibility } from './support/a11y-audit.ts';
import { buildWebApp, CHROMIUM_PATH, chromiumAvailable, launchChromium, newPersonContext, screenshotDir, startWebTestApp, type WebTestApp } from './support/web-app.ts';
import { officeApplication } from '../support/office-filing.ts';

/*
 * Issue #17 in Chromium, kk and ru: the case page on 360 and 390 px phones without horizontal scroll, names instead of
 * logins, a deep link that survives the sign-in, a case opened in a new tab without signing in again, the dashboard
 * refusing a reversed period, the diagram's zoom buttons, and a portal form draft surviving a reload.
 * Screenshots go to test-output/web/.
 */

const REGULATION_ID = 'zhambyl-2017-231-job-seeker-registration';
const EXECUTOR1_NAME = 'Ахметова Динара Болатқызы';
const available = chromiumAvailable();
const t = (language: Language, key: MessageKey, values?: MessageValues) => translate(language, key, values);

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(await screenshotDir(), `ops-${name}.png`), fullPage: true });
}

async function heading(page: Page, text: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: text }).waitFor({ timeout: 15_000 });
}

async function staffSignIn(page: Page, language: Language, login: string): Promise<void> {
  await heading(page, t(language, 'signIn.title'));
  await page.getByLabel(t(language, 'signIn.login')).fill(login);
  await page.getByLabel(t(language, 'signIn.password')).fill('qyzmet-demo');
  await page.getByRole('button', { name: t(language, 'signIn.submit') }).click();
}

/** The page's width against the screen's: no horizontal scroll means scrollWidth ≤ clientWidth. */
const widths = (page: Page) => page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));

describe.skipIf(!available)(`supervision, names, phones, sessions and drafts in Chromium${available ? '' : ` (skipped: ${CHROMIUM_PATH} not found)`}`, () => {
  let app: WebTestApp;
  let browser: Browser;
  let caseId: string;
  let pagedIin: string;
  const contexts: BrowserContext[] = [];

  async function person(language: Language, viewport: { width: number; height: number }): Promise<BrowserContext> {
    const context = await newPersonContext(browser, app.baseUrl, viewport);
    contexts.push(context);
    await context.addInitScript((lang) => localStorage.setItem('qyzmet.language', lang), language);
    return context;
  }

  beforeAll(async () => {
    await buildWebApp();
    app = await startWebTestApp(import.meta.url, '2026-11-24T05:00:00Z');
    const clerk = await app.signIn('zhambyl.clerk');
    const head = await app.signIn('zhambyl.head');
    const filed = await app.request('POST', '/api/cases', clerk, officeApplication(app.ctx, {
      regulationId: REGULATION_ID,
      applicantIin: '880515300120',
      formData: { 'desired-position': 'Бухгалтер-экономист (бас маман)', 'education-level': 'higher', phone: '+77011234567', 'consent-publish': true },
    }));
    caseId = filed.body.id;
    app.setNow('2026-11-24T05:10:00Z');
    const registered = await app.request('POST', `/api/cases/${caseId}/steps`, clerk, { stepId: 'register', expectedVersion: filed.body.version });
    app.setNow('2026-11-24T05:20:00Z');
    const assigned = await app.request('POST', `/api/cases/${caseId}/steps`, head, { stepId: 'assign', expectedVersion: registered.body.version, input: { executorId: 'zhambyl.executor1' } });
    expect(assigned.status).toBe(200);
    // 21 more applications waiting for the clerk's registration: one more than a page of the inbox.
    const extra: string[] = [];
    for (let n = 10; extra.length < 21; n += 1) {
      try {
        extra.push(iin(`900101300${n}`));
      } catch {
        // this prefix has no valid check digit
      }
    }
    await addPersons(app.ctx.db, extra.map((value) => personRow({ iin: value, region: 'zhambyl' })));
    for (const value of extra) {
      const more = await app.request('POST', '/api/cases', clerk, officeApplication(app.ctx, {
        regulationId: REGULATION_ID,
        applicantIin: value,
        formData: { 'desired-position': 'Аспаз', 'education-level': 'secondary', phone: '+77015550000', 'consent-publish': true },
      }));
      expect(more.status).toBe(201);
    }
    pagedIin = extra[20]!;
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await app?.close();
  });

  for (const language of ['kk', 'ru'] as const) {
    for (const viewport of [
      { width: 360, height: 780 },
      { width: 390, height: 844 },
    ]) {
      it(`should open a deep link to a case after sign-in, fit ${viewport.width} px, name the executor, and open a new tab signed in (${language})`, async () => {
        const context = await person(language, viewport);
        const page = await context.newPage();
        await page.goto(`/office/cases/${caseId}`);
        await staffSignIn(page, language, 'zhambyl.head');
        await page.getByTestId('case-status').waitFor({ timeout: 15_000 });
        expect(new URL(page.url()).pathname).toBe(`/office/cases/${caseId}`);
        await expect.poll(() => page.getByTestId('case-executor').textContent()).toContain(EXECUTOR1_NAME);
        await page.getByText(EXECUTOR1_NAME).nth(1).waitFor();
        const { scroll, client } = await widths(page);
        expect(scroll).toBeLessThanOrEqual(client);
        expect(await auditAccessibility(page)).toEqual([]);
        await shot(page, `case-${viewport.width}-${language}`);

        // The same case in a new tab of the same browser: no sign-in asked.
        const second = await context.newPage();
        await second.goto(`/office/cases/${caseId}`);
        await second.getByTestId('case-status').waitFor({ timeout: 15_000 });
        expect(new URL(second.url()).pathname).toBe(`/office/cases/${caseId}`);
        await second.close();
      });
    }

    it(`should page through the inbox and find a case by the start of its IIN (${language})`, async () => {
      const context = await person(language, { width: 1280, height: 900 });
      const page = await context.newPage();
      await page.goto('/office');
      await staffSignIn(page, language, 'zhambyl.clerk');
      await heading(page, t(language, 'inbox.title'));
      const showing = page.getByTestId('list-showing');
      await showing.filter({ hasText: t(language, 'list.showing', { from: 1, to: 20, total: 21 }) }).waitFor({ timeout: 15_000 });
      expect(await page.getByTestId('inbox-row').count()).toBe(20);
      expect(await auditAccessibility(page)).toEqual([]);
      await shot(page, `inbox-page1-${language}`);
      await page.getByRole('button', { name: t(language, 'list.next') }).click();
      await showing.filter({ hasText: t(language, 'list.showing', { from: 21, to: 21, total: 21 }) }).waitFor();
      await expect.poll(() => page.getByTestId('inbox-row').count()).toBe(1);
      expect(await page.getByRole('button', { name: t(language, 'list.next') }).isDisabled()).toBe(true);
      await page.getByLabel(t(language, 'list.search')).fill(pagedIin.slice(0, 11));
      await page.getByRole('button', { name: t(language, 'list.searchApply') }).click();
      await showing.filter({ hasText: t(language, 'list.showing', { from: 1, to: 1, total: 1 }) }).waitFor();
      expect(await page.getByTestId('inbox-row').first().textContent()).toContain(pagedIin);
      expect(await auditAccessibility(page)).toEqual([]);
      await shot(page, `inbox-search-${language}`);
    });

    it(`should refuse a dashboard period whose start is after its end, in words (${language})`, async () => {
      const context = await person(language, { width: 1280, height: 900 });
      const page = await context.newPage();
      await page.goto('/supervision?from=2026-11-24&to=2026-11-24');
      await staffSignIn(page, language, 'zhambyl.supervisor');
      await heading(page, t(language, 'supervision.title'));
      await page.locator('#chart-durations[data-drawn="true"]').waitFor({ timeout: 15_000 });
      // Two steps with one label would be two rows "Қол қою"; every row label of the durations table is distinct.
      const rows = await page.getByTestId('table-durations').locator('tbody th').allTextContents();
      expect(new Set(rows).size).toBe(rows.length);
      await shot(page, `dashboard-${language}`);
      await page.locator('input[name="from"]').fill('2026-11-25');
      const message = t(language, 'supervision.filter.periodReversed', { from: '2026-11-25', to: '2026-11-24' });
      await page.getByTestId('period-error').filter({ hasText: message }).waitFor();
      expect(await page.getByRole('button', { name: t(language, 'supervision.filter.apply') }).isDisabled()).toBe(true);
      expect(await auditAccessibility(page)).toEqual([]);
      await shot(page, `dashboard-reversed-${language}`);
    });

    it(`should zoom the route diagram in, out and back to fit with visible buttons (${language})`, async () => {
      const context = await person(language, { width: 390, height: 844 });
      const page = await context.newPage();
      await page.goto(`/handbook/versions/${REGULATION_ID}`);
      const scale = page.getByTestId('route-diagram-scale');
      await page.locator('[data-testid="route-diagram"][data-state="drawn"]').waitFor({ timeout: 20_000 });
      const opened = Number(await scale.getAttribute('data-scale'));
      expect(opened).toBeGreaterThanOrEqual(0.75);
      // The route diagram's own buttons (the information systems' diagram below has its own), named in the language.
      const button = async (id: string, key: MessageKey) => {
        const control = page.getByTestId(`route-diagram-zoom-${id}`);
        expect(await control.textContent()).toBe(t(language, key));
        expect(await control.isVisible()).toBe(true);
        return control;
      };
      await (await button('in', 'handbook.diagram.zoomIn')).click();
      await expect.poll(async () => Number(await scale.getAttribute('data-scale'))).toBeGreaterThan(opened);
      const zoomOut = await button('out', 'handbook.diagram.zoomOut');
      await zoomOut.click();
      await zoomOut.click();
      await expect.poll(async () => Number(await scale.getAttribute('data-scale'))).toBeLessThan(opened);
      await (await button('fit', 'handbook.diagram.zoomFit')).click();
      await expect.poll(async () => Number(await scale.getAttribute('data-scale'))).toBeGreaterThan(0);
      expect(await auditAccessibility(page)).toEqual([]);
      await shot(page, `diagram-${language}`);
    });

    it(`should keep a portal form's fields through a reload until it is sent (${language})`, async () => {
      const context = await person(language, { width: 390, height: 844 });
      const page = await context.newPage();
      await page.goto(`/portal/apply/${REGULATION_ID}`);
      await heading(page, t(language, 'portal.signIn.title'));
      await page.getByLabel(t(language, 'portal.field.iin')).fill('950101400012');
      await page.getByLabel(t(language, 'portal.field.password')).fill('qyzmet-demo');
      await page.getByRole('button', { name: t(language, 'portal.signIn.submit'), exact: true }).click();
      // The deep link survives the sign-in: the application form, not the cabinet.
      const position = page.locator('form').first().locator('input[name="desired-position"]');
      await position.waitFor({ timeout: 15_000 });
      await position.fill('Аспаз');
      await page.locator('form').first().locator('input[name="phone"]').fill('+77015550000');
      // An upload is kept too (issue #17: "back or reload … loses every field and upload"), as a reference to the file
      // stored on the server, not as bytes in the browser.
      const uploaded = page.getByText(t(language, 'portal.apply.uploaded', { name: `id-${language}.pdf` }));
      await page
        .locator('form')
        .first()
        .locator('input[type="file"]')
        .first()
        .setInputFiles({ name: `id-${language}.pdf`, mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% identity document\n%%EOF\n') });
      await uploaded.waitFor({ timeout: 15_000 });
      await page.reload();
      await expect.poll(() => position.inputValue(), { timeout: 15_000 }).toBe('Аспаз');
      expect(await page.locator('form').first().locator('input[name="phone"]').inputValue()).toBe('+77015550000');
      await uploaded.waitFor({ timeout: 15_000 });
      expect(await auditAccessibility(page)).toEqual([]);
      await shot(page, `portal-draft-${language}`);
    });
  }
});
