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
 * The back office's journal, search, the head's signing queue and the executor's workspace in a real browser, in
 * Kazakh and Russian. The cases are prepared through the API (the journey test drives the steps through the UI);
 * screenshots go to test-output/web/back-office/.
 */

const REGULATION_ID = 'zhambyl-2017-231-job-seeker-registration';
const formData = { 'desired-position': 'Бухгалтер', 'education-level': 'higher', phone: '+77011234567', 'consent-publish': true };
const AT_DECIDE_IIN = '880515300120'; // Серікбаев Данияр Ерланұлы (demo data)
const AT_SIGN_IIN = '950101400012';
const TSA_REGULATION_ID = 'aktobe-2016-285-targeted-social-assistance';
const tsaForm = { 'family-members-count': 3, 'family-income': 80_000, 'bank-account': 'KZ12345678901234567', phone: '+77011234567' };
const TSA_APPLICANTS = { kk: iin('79070730027'), ru: iin('79080830028') } as const;

const available = chromiumAvailable();
if (!available) console.warn(`[test/web] skipping the browser tests: no Chromium at ${CHROMIUM_PATH}`);

const t = (language: Language, key: MessageKey, values?: MessageValues) => translate(language, key, values);

async function shot(page: Page, name: string): Promise<void> {
  const dir = path.join(await screenshotDir(), 'back-office');
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

async function heading(page: Page, text: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: text }).waitFor({ timeout: 10_000 });
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await auditAccessibility(page)).toEqual([]);
}

function menuLink(page: Page, language: Language, key: MessageKey) {
  return page.getByRole('navigation', { name: t(language, 'nav.main') }).getByRole('link', { name: t(language, key), exact: true });
}

describe.skipIf(!available)('back office: journal, search, signing queue and executor workspace in Chromium', () => {
  let app: WebTestApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const journalNumbers: string[] = [];
  const tsaCases: Partial<Record<Language, { id: string; journalNumber: string }>> = {};

  async function signedIn(language: Language, login: string): Promise<Page> {
    const context = await newPersonContext(browser, app.baseUrl);
    contexts.push(context);
    const page = await context.newPage();
    await page.goto('/office');
    if (language === 'ru') await page.getByRole('button', { name: 'Русский' }).click();
    await heading(page, t(language, 'signIn.title'));
    await page.getByLabel(t(language, 'signIn.login')).fill(login);
    await page.getByLabel(t(language, 'signIn.password')).fill('qyzmet-demo');
    await page.getByRole('button', { name: t(language, 'signIn.submit') }).click();
    await heading(page, t(language, 'inbox.title'));
    return page;
  }

  beforeAll(async () => {
    await buildWebApp();
    app = await startWebTestApp(import.meta.url, '2026-11-24T05:00:00Z'); // Tuesday 10:00 in Taraz
    browser = await launchChromium();
    const [clerk, head, executor] = [await app.signIn('zhambyl.clerk'), await app.signIn('zhambyl.head'), await app.signIn('zhambyl.executor1')];
    for (const applicantIin of [AT_DECIDE_IIN, AT_SIGN_IIN]) {
      const filed = await app.request('POST', '/api/cases', clerk, officeApplication(app.ctx, { regulationId: REGULATION_ID, applicantIin, formData }));
      const registered = await app.request('POST', `/api/cases/${filed.body.id}/steps`, clerk, { stepId: 'register', expectedVersion: filed.body.version });
      journalNumbers.push(registered.body.journalNumber);
      const assigned = await app.request('POST', `/api/cases/${filed.body.id}/steps`, head, { stepId: 'assign', expectedVersion: registered.body.version, input: { executorId: 'zhambyl.executor1' } });
      if (applicantIin === AT_SIGN_IIN) {
        const decided = await app.request('POST', `/api/cases/${filed.body.id}/steps`, executor, { stepId: 'decide', expectedVersion: assigned.body.version, input: { outcome: 'positive' } });
        expect(decided.body.openStep.stepId).toBe('sign');
      }
    }
    // A targeted social assistance case per language at the executor's decision: its registry data goes with it.
    await addPersons(app.ctx.db, [person({ iin: TSA_APPLICANTS.kk }), person({ iin: TSA_APPLICANTS.ru })]);
    const [aktobeClerk, aktobeHead] = [await app.signIn('aktobe.clerk'), await app.signIn('aktobe.head')];
    for (const language of ['kk', 'ru'] as const) {
      const filed = await app.request('POST', '/api/cases', aktobeClerk, officeApplication(app.ctx, { regulationId: TSA_REGULATION_ID, applicantIin: TSA_APPLICANTS[language], formData: tsaForm }));
      const registered = await app.request('POST', `/api/cases/${filed.body.id}/steps`, aktobeClerk, { stepId: 'register', expectedVersion: filed.body.version });
      await app.request('POST', `/api/cases/${filed.body.id}/steps`, aktobeHead, { stepId: 'assign', expectedVersion: registered.body.version, input: { executorId: 'aktobe.executor1' } });
      tsaCases[language] = { id: filed.body.id, journalNumber: registered.body.journalNumber };
    }
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await app?.close();
  });

  for (const language of ['kk', 'ru'] as const) {
    it(`shows the clerk's journal and search, the head's signing queue and the executor's workspace (${language})`, async () => {
      const [atDecide, atSign] = journalNumbers as [string, string];

      // ===== the clerk: the incoming journal, then a search that opens the case =====
      const clerk = await signedIn(language, 'zhambyl.clerk');
      await menuLink(clerk, language, 'nav.journal').click();
      await heading(clerk, t(language, 'journal.title'));
      await clerk.getByTestId('journal-row').first().waitFor();
      await clerk.getByTestId('journal-row').nth(1).waitFor();
      expect(await clerk.getByTestId('journal-row').count()).toBe(2);
      await clerk.getByRole('link', { name: atDecide, exact: true }).waitFor();
      await clerk.getByText('Серікбаев Данияр Ерланұлы').waitFor();
      await expectAccessible(clerk);
      await shot(clerk, `${language}-01-journal`);
      // A range without registrations empties the journal; the dates are the provider's local days.
      await clerk.getByLabel(t(language, 'journal.from')).fill('2026-11-25');
      await clerk.getByRole('button', { name: t(language, 'journal.show') }).click();
      await clerk.getByText(t(language, 'journal.empty')).waitFor();

      await menuLink(clerk, language, 'nav.search').click();
      await heading(clerk, t(language, 'search.title'));
      await clerk.getByLabel(t(language, 'search.iin')).fill('12345');
      await clerk.getByRole('button', { name: t(language, 'search.submit'), exact: true }).click();
      await clerk.getByText(t(language, 'search.iinInvalid')).waitFor();
      await clerk.getByLabel(t(language, 'search.iin')).fill(AT_DECIDE_IIN);
      await clerk.getByRole('button', { name: t(language, 'search.submit'), exact: true }).click();
      await clerk.getByTestId('search-row').first().waitFor();
      await clerk.getByTestId('search-row').first().waitFor();
      expect(await clerk.getByTestId('search-row').count()).toBe(1);
      await expectAccessible(clerk);
      await shot(clerk, `${language}-02-search`);
      await clerk.getByRole('link', { name: t(language, 'inbox.openCase', { ref: atDecide }) }).click();
      await clerk.getByTestId('case-status').waitFor();
      await expect.poll(() => clerk.url()).toContain('/office/cases/');

      // ===== the head: the signing queue holds only the case waiting for a signature =====
      const head = await signedIn(language, 'zhambyl.head');
      await menuLink(head, language, 'nav.signingQueue').click();
      await heading(head, t(language, 'signingQueue.title'));
      await head.getByTestId('inbox-row').first().waitFor();
      await head.getByTestId('inbox-row').first().waitFor();
      expect(await head.getByTestId('inbox-row').count()).toBe(1);
      await head.getByRole('link', { name: t(language, 'inbox.openCase', { ref: atSign }) }).waitFor();
      await expectAccessible(head);
      await shot(head, `${language}-03-signing-queue`);

      // ===== the executor: the workspace beside the decision =====
      const executor = await signedIn(language, 'zhambyl.executor1');
      await executor.getByRole('link', { name: t(language, 'inbox.openCase', { ref: atDecide }) }).click();
      const workspace = executor.getByTestId('executor-workspace');
      await workspace.getByRole('heading', { name: t(language, 'workspace.title') }).waitFor();
      // The demo person has no Russian spelling of the name; the database falls back to the Kazakh one.
      await expect.poll(() => workspace.getByTestId('workspace-applicant-name').textContent()).toContain('Данияр');
      const boxes = workspace.getByRole('checkbox');
      const total = await boxes.count();
      expect(total).toBeGreaterThan(0);
      await boxes.first().check();
      await workspace.getByText(t(language, 'workspace.documentsChecked', { checked: 1, total })).waitFor();
      await expectAccessible(executor);
      await shot(executor, `${language}-04-executor-workspace`);

      // ===== a positive decision that carries the registry's data (amount and period) in the same command =====
      const tsa = tsaCases[language]!;
      const aktobeExecutor = await signedIn(language, 'aktobe.executor1');
      await aktobeExecutor.getByRole('link', { name: t(language, 'inbox.openCase', { ref: tsa.journalNumber }) }).click();
      await aktobeExecutor.getByTestId('executor-workspace').waitFor();
      await aktobeExecutor.getByRole('radio', { name: t(language, 'action.decide.positive') }).check();
      const registry = aktobeExecutor.getByTestId('registry-data');
      await registry.getByLabel(t(language, 'registryField.monthlyAmountTenge')).fill('27000');
      await registry.getByLabel(t(language, 'registryField.periodFrom')).fill('2026-12-01');
      await expectAccessible(aktobeExecutor);
      await aktobeExecutor.getByRole('button', { name: t(language, 'action.decide.submit') }).click();
      await registry.getByText(t(language, 'receive.fieldRequired')).waitFor(); // the period's end is missing
      await registry.getByLabel(t(language, 'registryField.periodTo')).fill('2027-05-31');
      await shot(aktobeExecutor, `${language}-05-decision-with-registry-data`);
      await aktobeExecutor.getByRole('button', { name: t(language, 'action.decide.submit') }).click();
      await aktobeExecutor.getByTestId('executor-workspace').waitFor({ state: 'detached' });
      const token = await app.signIn('aktobe.executor1');
      expect((await app.request('GET', `/api/cases/${tsa.id}`, token)).body.openStep).toMatchObject({ stepId: 'sign' });
      expect((await app.request('GET', `/api/cases/${tsa.id}/steps/decide/registry-data`, token)).body.data).toEqual({ monthlyAmountTenge: 27_000, periodFrom: '2026-12-01', periodTo: '2027-05-31' });
    }, 120_000);
  }
});
