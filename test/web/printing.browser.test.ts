import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translate, type MessageKey, type MessageValues } from '../../web/src/i18n/translate.ts';
import type { Language } from '../../web/src/i18n/languages.ts';
import { withCheckDigit } from '../../src/core/identity/iin.ts';
import { AKTOBE_CITIZEN, forwardFromAktobeDesk } from '../access/support/access-fixtures.ts';
import { auditAccessibility } from './support/a11y-audit.ts';
import { buildWebApp, CHROMIUM_PATH, chromiumAvailable, launchChromium, newPersonContext, screenshotDir, startWebTestApp, type WebTestApp } from './support/web-app.ts';

/*
 * Issue #17 printing in Chromium, in Kazakh and Russian, on a desktop and a 390×844 phone: the clerk ticks the paper
 * documents handed over (a required one left unticked is named before anything is sent), the receipt lists them with
 * the date the result is due and opens as an A4 PDF; the signed result printed for issue in person shows its
 * verification code and QR code and opens the PDF issued at signing; the journal for a period prints; the desk's
 * receipt names the branch. Print media leaves the page's chrome off the sheet. axe finds nothing serious.
 */
const available = chromiumAvailable();
const t = (language: Language, key: MessageKey, values?: MessageValues) => translate(language, key, values);
const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;
const REGULATION = 'zhambyl-2017-231-job-seeker-registration';
const FORM = { 'desired-position': 'Бухгалтер', 'education-level': 'higher', phone: '+77011234567', 'consent-publish': true };
const IDENTITY = { kk: 'Жеке басын куәландыратын құжат', ru: 'Документ, удостоверяющий личность' } as const;
const EDUCATION = { kk: 'Білімі туралы құжат', ru: 'Документ об образовании' } as const;
const HEAD_NAME = 'Омаров Нұрлан Серікұлы';
const DAY = '2026-11-24';

/** A valid IIN for a person born on 1990-03-0N, for the applications filed through the form (one per language). */
function formApplicant(n: number): string {
  for (let serial = 100; serial < 200; serial += 1) {
    const iin = withCheckDigit(`90030${n}3${String(serial).padStart(4, '0')}`);
    if (iin) return iin;
  }
  throw new Error('no valid IIN');
}

describe.skipIf(!available)(`printed forms in Chromium${available ? '' : ` (skipped: ${CHROMIUM_PATH} not found)`}`, () => {
  let app: WebTestApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let caseId = '';
  let journalNumber = '';
  let deskCaseId = '';

  beforeAll(async () => {
    await buildWebApp();
    app = await startWebTestApp(import.meta.url, `${DAY}T05:00:00Z`);
    browser = await launchChromium();
    // One office case with two paper documents, registered and signed, printed in every language and size.
    const token: Record<string, string> = {};
    for (const login of ['zhambyl.clerk', 'zhambyl.head', 'zhambyl.executor1', 'aktobe.operator']) token[login] = await app.signIn(login);
    const filed = await app.request('POST', '/api/cases', token['zhambyl.clerk'], { regulationId: REGULATION, applicantIin: '880515300120', formData: FORM, paperDocumentIds: ['identity-document', 'education-document'] });
    expect(filed.status, JSON.stringify(filed.body)).toBe(201);
    caseId = filed.body.id;
    const inputs: Record<string, unknown> = { assign: { executorId: 'zhambyl.executor1' }, decide: { outcome: 'positive' }, sign: { signature: 'MIAGCSqGSIb3DQEHAqCAMIACAQExDzAN' } };
    const actor: Record<string, string> = { register: 'zhambyl.clerk', assign: 'zhambyl.head', decide: 'zhambyl.executor1', sign: 'zhambyl.head' };
    for (const stepId of ['register', 'assign', 'decide', 'sign']) {
      const view = (await app.request('GET', `/api/cases/${caseId}`, token['zhambyl.clerk'])).body;
      const done = await app.request('POST', `/api/cases/${caseId}/steps`, token[actor[stepId]!], { stepId, expectedVersion: view.version, ...(inputs[stepId] ? { input: inputs[stepId] } : {}) });
      expect(done.status, JSON.stringify(done.body)).toBe(200);
      journalNumber = done.body.journalNumber ?? journalNumber;
    }
    deskCaseId = await forwardFromAktobeDesk(app, token['aktobe.operator']!, AKTOBE_CITIZEN);
  }, 180_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await app?.close();
  });

  async function shot(page: Page, name: string): Promise<void> {
    const dir = path.join(await screenshotDir(), 'printing');
    await mkdir(dir, { recursive: true });
    await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
  }

  async function heading(page: Page, text: string): Promise<void> {
    await page.getByRole('heading', { level: 1, name: text }).waitFor({ timeout: 15_000 });
  }

  async function openSignedIn(language: Language, viewport: { width: number; height: number }, url: string, area: 'office' | 'desk', login: string): Promise<Page> {
    const context = await newPersonContext(browser, app.baseUrl, viewport);
    contexts.push(context);
    await context.addInitScript((lang) => localStorage.setItem('qyzmet.language', lang), language);
    const page = await context.newPage();
    await page.goto(area === 'office' ? `/office/sign-in?next=${encodeURIComponent(url)}` : url);
    await heading(page, t(language, 'signIn.title'));
    await page.getByLabel(t(language, 'signIn.login')).fill(login);
    await page.getByLabel(t(language, 'signIn.password')).fill('qyzmet-demo');
    await page.getByRole('button', { name: t(language, 'signIn.submit') }).click();
    return page;
  }

  async function expectPrintable(page: Page, viewport: { width: number }): Promise<void> {
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: t('kk', 'print.print') }).or(page.getByRole('button', { name: t('ru', 'print.print') })).first().isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    expect(await auditAccessibility(page)).toEqual([]);
  }

  /** Opens the form's A4 PDF in the page (fetched with the session) and checks it is a PDF. */
  async function openPdf(page: Page, language: Language, buttonKey: MessageKey): Promise<void> {
    await page.getByRole('button', { name: t(language, buttonKey) }).first().click();
    const viewer = page.getByTestId('blob-viewer');
    await viewer.waitFor();
    expect(await viewer.getAttribute('data-media-type')).toBe('application/pdf');
    await viewer.getByRole('button', { name: t(language, 'files.close') }).click();
  }

  for (const language of ['kk', 'ru'] as const) {
    it(`names a required paper document left unticked, then lists the ticked ones on the receipt (${language}, desktop)`, async () => {
      const page = await openSignedIn(language, VIEWPORTS.desktop, '/office/receive', 'office', 'zhambyl.clerk');
      await heading(page, t(language, 'receive.title'));
      await page.getByLabel(t(language, 'receive.service')).selectOption(REGULATION);
      await page.getByLabel(t(language, 'receive.applicantIin')).fill(formApplicant(language === 'kk' ? 1 : 2));
      await page.getByRole('textbox', { name: new RegExp(language === 'kk' ? 'лауазым' : 'должност', 'i') }).first().fill('Бухгалтер');
      const checklist = page.getByTestId('paper-documents');
      await checklist.getByRole('checkbox', { name: new RegExp(EDUCATION[language]) }).check();
      await page.getByRole('button', { name: t(language, 'receive.submit') }).click();
      const missing = checklist.getByRole('alert');
      await missing.waitFor();
      expect(await missing.innerText()).toBe(t(language, 'receive.documentsMissing', { documents: `«${IDENTITY[language]}»` }));
      expect(await auditAccessibility(page)).toEqual([]);
      await shot(page, `${language}-desktop-receive-paper-missing`);
      // Nothing was filed.
      const applicant = formApplicant(language === 'kk' ? 1 : 2);
      const [{ count }] = (await app.ctx.db.execute<{ count: number }>('select count(*)::int as count from cases where applicant_iin = $1', [applicant])) as [{ count: number }];
      expect(count).toBe(0);

      // Ticked and the rest of the form filled, the application is received and its receipt lists both originals.
      await checklist.getByRole('checkbox', { name: new RegExp(IDENTITY[language]) }).check();
      await page.getByRole('combobox', { name: new RegExp(language === 'kk' ? 'Білім деңгейі' : 'Уровень образования') }).selectOption('higher');
      await page.getByRole('textbox', { name: /Телефон/ }).fill('+77011234567');
      await page.getByRole('checkbox', { name: new RegExp(language === 'kk' ? 'жариялауға' : 'размещение', 'i') }).check();
      await page.getByRole('button', { name: t(language, 'receive.submit') }).click();
      await page.getByText(t(language, 'case.received')).waitFor();
      const filedId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
      const [event] = await app.ctx.db.execute<{ data: { paperDocumentIds: string[] } }>(`select data from case_events where case_id = $1 and type = 'caseFiled'`, [filedId]);
      expect(event!.data.paperDocumentIds).toEqual(['identity-document', 'education-document']);
      await page.getByRole('link', { name: t(language, 'print.receipt.open') }).click();
      await heading(page, t(language, 'print.receipt.page'));
      const receipt = await page.getByTestId(`receipt-${language}`).innerText();
      for (const expected of [IDENTITY[language], EDUCATION[language], t(language, 'print.receipt.paper'), applicant]) expect(receipt).toContain(expected);
      await shot(page, `${language}-desktop-receipt-after-receive`);
    }, 120_000);

    for (const [size, viewport] of Object.entries(VIEWPORTS)) {
      it(`prints the receipt with the paper documents, the result for issue in person and the journal for a period (${language}, ${size})`, async () => {
        const page = await openSignedIn(language, viewport, `/office/cases/${caseId}/receipt`, 'office', 'zhambyl.clerk');
        await heading(page, t(language, 'print.receipt.page'));
        for (const lang of ['kk', 'ru'] as const) {
          const sheet = page.getByTestId(`receipt-${lang}`);
          const text = await sheet.innerText();
          expect(text).toContain(t(lang, 'print.receipt.title'));
          expect(text).toContain(IDENTITY[lang]);
          expect(text).toContain(t(lang, 'print.receipt.paper'));
          expect(text).toContain('Серікбаев Данияр Ерланұлы');
          expect(await page.getByTestId(`receipt-due-${lang}`).innerText()).toMatch(/^2026-\d\d-\d\d \d\d:\d\d \(UTC\+05:00\)$/);
        }
        await openPdf(page, language, 'print.pdf');
        await expectPrintable(page, viewport);
        await shot(page, `${language}-${size}-office-receipt`);

        // The signed result for the applicant who came in person: code, QR, signer, and the PDF issued at signing.
        await page.goto(`/office/cases/${caseId}/result`);
        await heading(page, t(language, 'print.result.page'));
        const sheet = page.getByTestId('result-sheet');
        await sheet.waitFor();
        const code = (await page.getByTestId('result-code').innerText()).trim();
        const [stored] = await app.ctx.db.execute<{ verification_code: string }>('select verification_code from documents where case_id = $1', [caseId]);
        expect(code).toBe(stored!.verification_code);
        expect(await sheet.innerText()).toContain(`/verify/${code}`);
        expect(await page.getByTestId('result-signer').innerText()).toContain(HEAD_NAME);
        expect(await page.getByTestId('result-qr').evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
        await openPdf(page, language, 'print.result.issuedPdf');
        await expectPrintable(page, viewport);
        await shot(page, `${language}-${size}-result-for-issue`);

        // The journal for a day, from the journal page's own link.
        await page.goto('/office/journal');
        await heading(page, t(language, 'journal.title'));
        await page.getByLabel(t(language, 'journal.from')).fill(DAY);
        await page.getByLabel(t(language, 'journal.to')).fill(DAY);
        await page.getByRole('button', { name: t(language, 'journal.show') }).click();
        await page.getByTestId('journal-row').first().waitFor();
        await page.getByRole('link', { name: t(language, 'print.journal.open') }).click();
        await heading(page, t(language, 'print.journal.page'));
        for (const lang of ['kk', 'ru'] as const) {
          expect(await page.getByTestId(`journal-period-${lang}`).innerText()).toBe(`${DAY} — ${DAY}`);
          const rows = await page.getByTestId(`journal-print-row-${lang}`).allInnerTexts();
          expect(rows.some((row) => row.includes(journalNumber) && row.includes('880515300120') && row.includes(`${DAY} 10:00 (UTC+05:00)`))).toBe(true);
        }
        await openPdf(page, language, 'print.pdf');
        await expectPrintable(page, viewport);
        await shot(page, `${language}-${size}-journal-print`);
      }, 180_000);

      it(`prints the desk's receipt naming the branch that accepted the scan (${language}, ${size})`, async () => {
        const page = await openSignedIn(language, viewport, `/desk/submissions/${deskCaseId}/receipt`, 'desk', 'aktobe.operator');
        await heading(page, t(language, 'print.receipt.page'));
        const text = await page.getByTestId(`receipt-${language}`).innerText();
        expect(text).toContain('id.pdf');
        expect(text).toContain(AKTOBE_CITIZEN);
        await openPdf(page, language, 'print.pdf');
        await expectPrintable(page, viewport);
        await shot(page, `${language}-${size}-desk-receipt`);
      }, 120_000);
    }
  }
});
