import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../web/src/i18n/languages.ts';
import { translate, type MessageKey, type MessageValues } from '../../web/src/i18n/translate.ts';
import { auditAccessibility } from './support/a11y-audit.ts';
import { buildWebApp, CHROMIUM_PATH, chromiumAvailable, launchChromium, newPersonContext, screenshotDir, startWebTestApp, type WebTestApp } from './support/web-app.ts';
import { officeApplication } from '../support/office-filing.ts';

/*
 * The read audit's two screens in Chromium (issue #14): a clerk opens Asel's case and its history and an executor
 * looks her up in the persons database (three reads, recorded by the API); the region's supervisor sees them at
 * /supervision/read-audit, filters and pages them and downloads the CSV; Asel sees in her cabinet who looked.
 */
const CITIZEN = '880515300120';
const FORM = { 'desired-position': 'Cook', 'education-level': 'secondary', phone: '+77011234567', 'consent-publish': true };
const available = chromiumAvailable();
const t = (language: Language, key: MessageKey, values?: MessageValues) => translate(language, key, values);

describe.skipIf(!available)(`the read audit screens in Chromium${available ? '' : ` (skipped: ${CHROMIUM_PATH} not found)`}`, () => {
  let app: WebTestApp;
  let browser: Browser;
  let supervisorToken: string;

  beforeAll(async () => {
    await buildWebApp();
    app = await startWebTestApp(import.meta.url, '2026-11-24T05:00:00Z');
    const clerk = await app.signIn('zhambyl.clerk');
    const filed = await app.request('POST', '/api/cases', clerk, officeApplication(app.ctx, { regulationId: 'zhambyl-2017-231-job-seeker-registration', applicantIin: CITIZEN, formData: FORM }));
    app.setNow('2026-11-24T05:10:00Z');
    await app.request('GET', `/api/cases/${filed.body.id}`, clerk);
    app.setNow('2026-11-24T05:11:00Z');
    await app.request('GET', `/api/cases/${filed.body.id}/history`, clerk);
    app.setNow('2026-11-24T05:12:00Z');
    await app.request('GET', `/api/persons/${CITIZEN}`, await app.signIn('zhambyl.executor1'));
    app.setNow('2026-11-24T09:00:00Z');
    supervisorToken = await app.signIn('zhambyl.supervisor');
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function personPage(language: Language, viewport?: { width: number; height: number }): Promise<Page> {
    const context = await newPersonContext(browser, app.baseUrl, viewport);
    await context.addInitScript((lang) => localStorage.setItem('qyzmet.language', lang), language);
    return context.newPage();
  }

  for (const language of ['kk', 'ru'] as const) {
    it(`shows the supervisor who read whose data, with filters, paging and CSV (${language})`, async () => {
      const page = await personPage(language);
      await page.goto('/supervision/read-audit?from=2026-11-24&to=2026-11-24');
      await page.getByLabel(t(language, 'signIn.login')).fill('zhambyl.supervisor');
      await page.getByLabel(t(language, 'signIn.password')).fill('qyzmet-demo');
      await page.getByRole('button', { name: t(language, 'signIn.submit') }).click();
      await page.getByRole('heading', { level: 1, name: t(language, 'audit.title') }).waitFor();
      await page.getByText(t(language, 'audit.total', { count: 3 })).waitFor();
      const rows = page.locator('tbody tr');
      expect(await rows.count()).toBe(3);
      // Newest first: the executor's persons look-up, then the clerk's history and case view.
      expect(await rows.nth(0).locator('td').allTextContents()).toEqual([
        expect.any(String),
        'Ахметова Динара Болатқызы (zhambyl.executor1)',
        t(language, 'role.executor'),
        expect.any(String),
        CITIZEN,
        t(language, 'audit.object.person'),
        t(language, 'audit.purpose.person.lookup'),
      ]);
      expect(await rows.nth(2).locator('td').nth(6).textContent()).toBe(t(language, 'audit.purpose.case.view'));
      expect(await auditAccessibility(page)).toEqual([]);
      await page.screenshot({ path: path.join(await screenshotDir(), `read-audit.${language}.png`), fullPage: true });

      // Filter by the staff member's login: the clerk's two reads.
      await page.getByLabel(t(language, 'audit.filter.staff')).fill('zhambyl.clerk');
      await page.getByRole('button', { name: t(language, 'audit.filter.apply') }).click();
      await page.getByText(t(language, 'audit.total', { count: 2 })).waitFor();
      expect(page.url()).toContain('staff=zhambyl.clerk');
      expect(await page.getByText(t(language, 'audit.page', { page: 1, pages: 1 })).count()).toBe(1);

      // The CSV the button downloads is the API's, in the screen's language, with a byte-order mark.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t(language, 'audit.downloadCsv') }).click()]);
      const bytes = await readFile((await download.path())!);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const api = await app.server.inject({
        method: 'GET',
        url: `/api/supervision/read-audit.csv?from=2026-11-24&to=2026-11-24&staff=zhambyl.clerk&lang=${language}`,
        headers: { authorization: `Bearer ${supervisorToken}` },
      });
      expect(bytes.equals(api.rawPayload)).toBe(true);
      expect(bytes.toString('utf8')).toContain(t(language, 'audit.purpose.case.history'));
      await page.context().close();
    });

    it(`shows the citizen in the cabinet who looked at their data (${language})`, async () => {
      const page = await personPage(language, { width: 390, height: 844 });
      await page.goto('/portal');
      await page.getByLabel(t(language, 'portal.field.iin')).fill(CITIZEN);
      await page.getByLabel(t(language, 'portal.field.password')).fill('qyzmet-demo');
      await page.getByRole('button', { name: t(language, 'portal.signIn.submit'), exact: true }).click();
      await page.getByRole('heading', { level: 1, name: t(language, 'portal.cabinet.title') }).waitFor();
      const section = page.getByRole('region', { name: t(language, 'audit.portal.title') });
      const entries = section.getByTestId('data-access-entry');
      await entries.first().waitFor();
      expect(await entries.count()).toBe(3);
      const oldest = await entries.nth(2).locator('p').allTextContents();
      expect(oldest[1]).toMatch(new RegExp(`^Сейітова Айгүл Маратқызы, ${t(language, 'role.clerk')}, \\S`));
      expect(oldest[2]).toBe(`${t(language, 'audit.object.case')} · ${t(language, 'audit.purpose.case.view')}`);
      expect(await entries.nth(0).locator('p').nth(2).textContent()).toBe(`${t(language, 'audit.object.person')} · ${t(language, 'audit.purpose.person.lookup')}`);
      expect(await auditAccessibility(page)).toEqual([]);
      await page.screenshot({ path: path.join(await screenshotDir(), `portal-read-audit.${language}.png`), fullPage: true });
      await page.context().close();
    });
  }
});
