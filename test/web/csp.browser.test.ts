import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/composition/demo-data.ts';
import { translate, type MessageKey } from '../../web/src/i18n/translate.ts';
import { buildWebApp, CHROMIUM_PATH, chromiumAvailable, launchChromium, newPersonContext, startWebTestApp, type WebTestApp } from './support/web-app.ts';
import { officeApplication } from '../support/office-filing.ts';

const available = chromiumAvailable();
if (!available) console.warn(`[test/web] skipping the CSP browser test: no Chromium at ${CHROMIUM_PATH}`);

const t = (key: MessageKey) => translate('kk', key);
const REGULATION = 'zhambyl-2017-231-job-seeker-registration';

/** What went wrong on a page: CSP violations (the DOM event) and console errors, including uncaught exceptions. */
interface PageProblems {
  readonly violations: string[];
  readonly consoleErrors: string[];
}

/** Issue #13, finding 5: every web area loads with the Content-Security-Policy on and nothing in the console. */
describe.skipIf(!available)('the web app under its Content-Security-Policy in Chromium', () => {
  let app: WebTestApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    await buildWebApp();
    app = await startWebTestApp(import.meta.url, '2026-11-24T05:00:00Z');
    // One case, so the supervisor's charts have something to draw.
    const clerk = await app.signIn('zhambyl.clerk');
    const filed = await app.request('POST', '/api/cases', clerk, officeApplication(app.ctx, {
      regulationId: REGULATION,
      applicantIin: '880515300120',
      formData: { 'desired-position': 'Accountant', 'education-level': 'higher', phone: '+77011234567', 'consent-publish': true },
    }));
    expect(filed.status).toBe(201);
    browser = await launchChromium();
  }, 240_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await app?.close();
  });

  async function watchedPage(): Promise<{ page: Page; problems: PageProblems }> {
    const context = await newPersonContext(browser, app.baseUrl, { width: 1400, height: 1000 });
    contexts.push(context);
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const store = ((window as unknown as { __cspViolations?: string[] }).__cspViolations ??= []);
        store.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`);
      });
    });
    const page = await context.newPage();
    const problems: PageProblems = { violations: [], consoleErrors: [] };
    page.on('console', (message) => {
      if (message.type() === 'error') problems.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => problems.consoleErrors.push(`uncaught: ${error.message}`));
    return { page, problems };
  }

  async function collect(page: Page, problems: PageProblems): Promise<PageProblems> {
    problems.violations.push(...(await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])));
    return problems;
  }

  async function open(page: Page, path: string): Promise<void> {
    const response = await page.goto(path);
    expect(response?.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
  }

  async function signInStaff(page: Page, login: string): Promise<void> {
    await page.getByRole('heading', { level: 1, name: t('signIn.title') }).waitFor();
    await page.getByLabel(t('signIn.login')).fill(login);
    await page.getByLabel(t('signIn.password')).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: t('signIn.submit') }).click();
  }

  it('the back office (sign-in, inbox, password change, staff accounts) has no CSP violation or console error', async () => {
    const { page, problems } = await watchedPage();
    await open(page, '/office');
    await signInStaff(page, 'admin');
    await page.getByRole('heading', { level: 1, name: t('inbox.title') }).waitFor();
    await page.getByRole('link', { name: t('identity.reset.navLink') }).click();
    await page.getByRole('heading', { level: 1, name: t('identity.reset.title') }).waitFor();
    await page.getByRole('link', { name: t('identity.password.navLink') }).click();
    await page.getByRole('heading', { level: 1, name: t('identity.password.title') }).waitFor();
    expect(await collect(page, problems)).toEqual({ violations: [], consoleErrors: [] });
    // The watch itself works: an injected inline script is refused and reported.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
    });
    await page.waitForFunction(() => ((window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []).length > 0);
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
    expect((await collect(page, { violations: [], consoleErrors: [] })).violations[0]).toMatch(/^script-src/);
  });

  it('the supervision dashboard with its chart.js charts has none', async () => {
    const { page, problems } = await watchedPage();
    await open(page, '/supervision?from=2026-11-24&to=2026-11-24');
    await signInStaff(page, 'zhambyl.supervisor');
    await page.locator('canvas').first().waitFor();
    await page.waitForFunction(() => document.querySelectorAll('canvas').length > 0 && Array.from(document.querySelectorAll('canvas')).every((c) => c.width > 0));
    expect(await collect(page, problems)).toEqual({ violations: [], consoleErrors: [] });
  });

  it('the handbook with a route drawn by bpmn-js has none', async () => {
    const { page, problems } = await watchedPage();
    await open(page, `/handbook/versions/${REGULATION}`);
    await page.locator('[data-testid="route-diagram"][data-state="drawn"]').waitFor({ timeout: 30_000 });
    expect(await collect(page, problems)).toEqual({ violations: [], consoleErrors: [] });
  });

  it('the portal (sign-in, sign-up, cabinet), the desk and the public check have none', async () => {
    const { page, problems } = await watchedPage();
    await open(page, '/portal/sign-up');
    await page.getByRole('heading', { level: 1, name: t('portal.signUp.title') }).waitFor();
    await open(page, '/portal');
    await page.getByLabel(t('portal.field.iin')).fill('880515300120');
    await page.getByLabel(t('portal.field.password')).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: t('portal.signIn.submit'), exact: true }).click();
    await page.getByRole('heading', { level: 1, name: t('portal.cabinet.title') }).waitFor();
    await open(page, '/verify');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const desk = await watchedPage();
    await open(desk.page, '/desk');
    await signInStaff(desk.page, 'aktobe.operator');
    await desk.page.getByRole('heading', { level: 1, name: t('desk.queue.title') }).waitFor();
    expect(await collect(page, problems)).toEqual({ violations: [], consoleErrors: [] });
    expect(await collect(desk.page, desk.problems)).toEqual({ violations: [], consoleErrors: [] });
  });
});
