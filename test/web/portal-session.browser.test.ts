import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/composition/demo-data.ts';
import type { Language } from '../../web/src/i18n/languages.ts';
import { translate, type MessageKey, type MessageValues } from '../../web/src/i18n/translate.ts';
import { auditAccessibility } from './support/a11y-audit.ts';
import { answersTo, buildWebApp, CHROMIUM_PATH, chromiumAvailable, launchChromium, newPersonContext, screenshotDir, startWebTestApp, type WebTestApp } from './support/web-app.ts';

/*
 * Issue #17, "a citizen whose session expired sees 'please sign in' while the header says they are signed in": the
 * portal ends its session on the server's 401 as the back office does (back-office.browser.test.ts), says why, and
 * brings the citizen back to the page they were on after signing in again. kk on a desktop, ru on a 390×844 phone.
 */
const available = chromiumAvailable();
const t = (language: Language, key: MessageKey, values?: MessageValues) => translate(language, key, values);
const CITIZEN = '880515300120';
const WALKS = [
  { language: 'kk', viewport: { width: 1280, height: 900 }, size: 'desktop', signedInAt: '2026-11-24T05:00:00Z', expiredAt: '2026-11-25T05:00:00Z' },
  { language: 'ru', viewport: { width: 390, height: 844 }, size: 'phone', signedInAt: '2026-11-26T05:00:00Z', expiredAt: '2026-11-27T05:00:00Z' },
] as const;

describe.skipIf(!available)(`the portal when the citizen's session has ended, in Chromium${available ? '' : ` (skipped: ${CHROMIUM_PATH} not found)`}`, () => {
  let app: WebTestApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    await buildWebApp();
    app = await startWebTestApp(import.meta.url, WALKS[0].signedInAt);
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await app?.close();
  });

  const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 15_000 });

  async function signIn(page: Page, language: Language): Promise<void> {
    await page.getByLabel(t(language, 'portal.field.iin')).fill(CITIZEN);
    await page.getByLabel(t(language, 'portal.field.password')).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: t(language, 'portal.signIn.submit'), exact: true }).click();
  }

  for (const walk of WALKS) {
    it(`says the session ended, shows nobody signed in, and returns to the page after signing in again (${walk.language}, ${walk.size})`, async () => {
      const { language } = walk;
      app.setNow(walk.signedInAt);
      const context = await newPersonContext(browser, app.baseUrl, walk.viewport);
      contexts.push(context);
      await context.addInitScript((lang) => localStorage.setItem('qyzmet.language', lang), language);
      const page = await context.newPage();
      await page.goto('/portal');
      // The cabinet's own requests must be answered before the clock moves: one of them answering 401 would end the
      // session before the click below, which then finds the menu gone.
      const cabinetLoaded = answersTo(page, ['/api/portal/cases', '/api/portal/contact-preferences', '/api/portal/read-audit']);
      await signIn(page, language);
      await heading(page, t(language, 'portal.cabinet.title'));
      expect((await cabinetLoaded).map((answer) => answer.status())).toEqual([200, 200, 200]);
      // The portal's menu says who is signed in ("Вы вошли: …").
      const signedInAs = page.locator('nav.portal-nav').getByText(t(language, 'portal.nav.signedInAs', { name: '' }).trim());
      expect(await signedInAs.count()).toBe(1);

      // A day later the server no longer knows the session (sessions last QYZMET_SESSION_HOURS, 12 by default).
      app.setNow(walk.expiredAt);
      await page.getByRole('link', { name: t(language, 'portal.nav.notifications') }).click();
      await heading(page, t(language, 'portal.signIn.title'));
      await page.getByText(t(language, 'session.expired')).waitFor();
      expect(page.url()).toContain('/portal/notifications');
      // Nothing says the citizen is still signed in, and the tab forgot the session.
      expect(await signedInAs.count()).toBe(0);
      expect(await page.evaluate(() => sessionStorage.getItem('qyzmet.portal.session'))).toBeNull();
      expect(await auditAccessibility(page)).toEqual([]);
      await page.screenshot({ path: path.join(await screenshotDir(), `portal-session-expired-${language}-${walk.size}.png`), fullPage: true });

      await signIn(page, language);
      await heading(page, t(language, 'portal.notifications.title'));
      expect(page.url()).toContain('/portal/notifications');
      expect(await signedInAs.count()).toBe(1);
    }, 120_000);
  }
});
