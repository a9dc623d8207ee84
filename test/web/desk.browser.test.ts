import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findStaff } from '../../src/adapters/db/staff-store.ts';
import { CmsSignatureVerifier, exportPkcs12, LocalCa, LocalCaStatusChecker, signDetachedCades, TrustStore, type IssuedKey } from '../../src/adapters/pki/index.ts';
import { withCheckDigit } from '../../src/core/identity/iin.ts';
import type { Language } from '../../web/src/i18n/languages.ts';
import { translate, type MessageKey, type MessageValues } from '../../web/src/i18n/translate.ts';
import { REGULATIONS_DIR } from '../support/paths.ts';
import { startTestApp } from '../support/test-app.ts';
import { auditAccessibility } from './support/a11y-audit.ts';
import { buildWebApp, CHROMIUM_PATH, chromiumAvailable, launchChromium, newPersonContext, screenshotDir, type WebTestApp } from './support/web-app.ts';

/*
 * The State Corporation desk in a real browser: the Aktobe operator takes and calls a ticket, looks the applicant up
 * (and sees the refusal for someone absent from the persons database), enters the application with a scan, signs it
 * with the built-in signer and forwards it; the provider processes the case through the API; the operator prints the
 * signed result and records the handover. Screenshots in kk and ru go to test-output/web/desk/.
 */

const REGULATION_ID = 'aktobe-2016-285-unemployed-registration';
const regulation = JSON.parse(readFileSync(path.join(REGULATIONS_DIR, `${REGULATION_ID}.json`), 'utf8')) as {
  formFields: Array<{ id: string; label: Record<Language, string> }>;
  requiredDocuments: Array<{ id: string; name: Record<Language, string> }>;
};
const fieldLabel = (id: string, language: Language) => regulation.formFields.find((f) => f.id === id)!.label[language];
const documentName = (id: string, language: Language) => regulation.requiredDocuments.find((d) => d.id === id)!.name[language];
const APPLICANT = '880515300208';
const KEY_PASSWORD = 'Оператор-2026';

const available = chromiumAvailable();
const t = (language: Language, key: MessageKey, values?: MessageValues) => translate(language, key, values);

async function shot(page: Page, name: string): Promise<void> {
  const dir = path.join(await screenshotDir(), 'desk');
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

async function see(page: Page, text: string): Promise<void> {
  await page.getByText(text, { exact: false }).first().waitFor({ timeout: 10_000 });
}

async function heading(page: Page, text: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: text }).waitFor({ timeout: 10_000 });
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await auditAccessibility(page)).toEqual([]);
}

async function signIn(page: Page, language: Language): Promise<void> {
  await heading(page, t(language, 'signIn.title'));
  await page.getByLabel(t(language, 'signIn.login')).fill('aktobe.operator');
  await page.getByLabel(t(language, 'signIn.password')).fill('qyzmet-demo');
  await page.getByRole('button', { name: t(language, 'signIn.submit') }).click();
  await heading(page, t(language, 'desk.queue.title'));
}

describe.skipIf(!available)(`the State Corporation desk in Chromium${available ? '' : ` (skipped: ${CHROMIUM_PATH} not found)`}`, () => {
  let app: WebTestApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let operatorKeyFile: Uint8Array;
  let headKey: IssuedKey;

  beforeAll(async () => {
    await buildWebApp();
    const caNow = new Date('2026-01-01T00:00:00Z');
    const ca = await LocalCa.create({ now: caNow });
    const signatureVerifier = new CmsSignatureVerifier({
      trustStore: TrustStore.fromCertificates({ anchors: [ca.root.certificate], intermediates: [ca.intermediate.certificate] }),
      statusChecker: new LocalCaStatusChecker(ca),
    });
    const testApp = await startTestApp(import.meta.url, '2026-11-24T05:00:00Z', { signatureVerifier, stepEffects: [] }); // 10:00 in Aktobe
    await testApp.server.listen({ port: 0, host: '127.0.0.1' });
    const address = testApp.server.server.address();
    if (!address || typeof address === 'string') throw new Error('server has no TCP address');
    app = { ...testApp, baseUrl: `http://127.0.0.1:${address.port}` };
    const operator = (await findStaff(app.ctx.db, 'aktobe.operator'))!;
    const operatorKey = await ca.issue({
      holder: { kind: 'legalEntityEmployee', iin: operator.iin, bin: '160240008886', organization: 'State Corporation, Aktobe', name: { surname: 'Сапаров', firstName: 'Ерболат' } },
      purpose: 'signing',
      notBefore: caNow,
      validityDays: 20 * 365,
    });
    operatorKeyFile = await exportPkcs12({ privateKey: operatorKey.privateKey, certificate: operatorKey.certificate, chain: operatorKey.chain, password: KEY_PASSWORD, iterations: 1000 });
    const head = (await findStaff(app.ctx.db, 'aktobe.head'))!;
    headKey = await ca.issue({
      holder: { kind: 'legalEntityEmployee', iin: head.iin, bin: '160240004566', organization: 'Aktobe employment department', name: { surname: 'Бекмұхамбетов', firstName: 'Арман' } },
      purpose: 'signing',
      notBefore: caNow,
      validityDays: 20 * 365,
    });
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await app?.close();
  });

  it('should take an application at the desk to the provider and print the signed result for the applicant', async () => {
    const context = await newPersonContext(browser, app.baseUrl);
    contexts.push(context);
    const page = await context.newPage();

    // ===== kk: sign-in, queue =====
    await page.goto('/desk');
    await heading(page, t('kk', 'signIn.title'));
    await shot(page, 'kk-01-sign-in');
    await signIn(page, 'kk');
    await page.getByRole('button', { name: t('kk', 'desk.queue.take') }).click();
    await see(page, t('kk', 'desk.queue.taken', { number: 1 }));
    await page.getByRole('button', { name: t('kk', 'desk.queue.take') }).click();
    await see(page, t('kk', 'desk.queue.taken', { number: 2 }));
    await page.getByRole('button', { name: t('kk', 'desk.queue.callNext') }).click();
    await see(page, t('kk', 'desk.queue.called', { number: 1 }));
    await expectAccessible(page);
    await shot(page, 'kk-02-queue');

    // ===== kk: the visitor — lookup (a refusal first), application with a scan =====
    await page.getByRole('button', { name: t('kk', 'desk.queue.serve', { number: 1 }) }).click();
    await heading(page, t('kk', 'desk.visit.title', { number: 1 }));
    const absent = withCheckDigit('77070750012')!;
    await page.getByLabel(t('kk', 'desk.lookup.iin')).fill(absent);
    await page.getByRole('button', { name: t('kk', 'desk.lookup.submit') }).click();
    await see(page, `ЖСН ${absent}`);
    await expectAccessible(page);
    await shot(page, 'kk-03-lookup-not-found');
    await page.getByLabel(t('kk', 'desk.lookup.iin')).fill(APPLICANT);
    await page.getByRole('button', { name: t('kk', 'desk.lookup.submit') }).click();
    await page.getByTestId('person-found').waitFor();
    await page.getByRole('combobox', { name: t('kk', 'desk.app.service'), exact: false }).and(page.locator('[name=regulationId]')).selectOption(REGULATION_ID);
    await page.getByLabel(fieldLabel('education-level', 'kk')).selectOption('higher');
    await page.getByLabel(fieldLabel('desired-occupation', 'kk')).fill('Инженер');
    await page.getByLabel(fieldLabel('phone', 'kk')).fill('+77011234567');
    await page
      .getByLabel(t('kk', 'desk.scan.file', { document: documentName('identity-document', 'kk') }))
      .setInputFiles({ name: 'identity.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% scan of the identity document\n%%EOF\n') });
    await see(page, t('kk', 'desk.scan.uploaded', { fileName: 'identity.pdf' }));
    await expectAccessible(page);
    await shot(page, 'kk-04-application');

    // ===== kk: sign with the built-in signer and forward =====
    await page.getByRole('button', { name: t('kk', 'desk.sign.prepare') }).click();
    await see(page, t('kk', 'desk.sign.ready'));
    await page.getByLabel(t('kk', 'signing.keyFile.file')).setInputFiles({ name: 'operator.p12', mimeType: 'application/x-pkcs12', buffer: Buffer.from(operatorKeyFile) });
    await page.getByLabel(t('kk', 'signing.keyFile.password')).fill(KEY_PASSWORD);
    await expectAccessible(page);
    await shot(page, 'kk-05-sign');
    await page.getByRole('button', { name: t('kk', 'desk.sign.submit') }).click();
    await page.getByRole('button', { name: t('kk', 'desk.visit.finish') }).waitFor({ timeout: 20_000 });
    await shot(page, 'kk-06-forwarded');

    const operatorToken = await app.signIn('aktobe.operator');
    const [submission] = (await app.request('GET', '/api/desk/submissions', operatorToken)).body.items as Array<{ caseId: string; status: string }>;
    expect(submission?.status).toBe('received');
    const caseId = submission!.caseId;
    const [sent] = await app.ctx.db.execute<{ sender: string }>('select sender from gateway_submissions where case_id = $1', [caseId]);
    expect(sent?.sender).toBe('stateCorporation');
    await page.getByRole('button', { name: t('kk', 'desk.visit.finish') }).click();
    await heading(page, t('kk', 'desk.queue.title'));

    // ===== the provider processes it (API) =====
    const [clerk, head, executor] = await Promise.all(['aktobe.clerk', 'aktobe.head', 'aktobe.executor1'].map((login) => app.signIn(login)));
    let view = (await app.request('GET', `/api/cases/${caseId}`, clerk)).body;
    const step = async (token: string, stepId: string, input: object = {}) => {
      const response = await app.request('POST', `/api/cases/${caseId}/steps`, token, { stepId, expectedVersion: view.version, input });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      view = response.body;
    };
    await step(clerk!, 'register');
    await step(head!, 'assign', { executorId: 'aktobe.executor1' });
    await step(executor!, 'decide', { outcome: 'positive' });
    const draft = await app.request('GET', `/api/cases/${caseId}/document`, head);
    const signature = await signDetachedCades({
      contentBytes: Buffer.from(draft.body.contentBase64 as string, 'base64'),
      signerCertificate: headKey.certificate,
      privateKey: headKey.privateKey,
      signingTime: new Date('2026-11-24T06:00:00Z'),
      extraCertificates: headKey.chain,
    });
    await step(head!, 'sign', { signature: Buffer.from(signature).toString('base64') });
    const verificationCode = draft.body.verificationCode as string;

    // ===== ru: the branch's applications, print, handover =====
    await page.getByRole('button', { name: 'Русский' }).click();
    await heading(page, t('ru', 'desk.queue.title'));
    await expectAccessible(page);
    await shot(page, 'ru-01-queue');
    await page.getByRole('navigation', { name: t('ru', 'desk.nav') }).getByRole('link', { name: t('ru', 'desk.nav.submissions') }).click();
    await heading(page, t('ru', 'desk.subs.title'));
    await see(page, t('ru', 'status.inWork'));
    await expectAccessible(page);
    await shot(page, 'ru-02-submissions');
    await page.getByRole('link', { name: t('ru', 'desk.subs.print', { iin: APPLICANT }) }).click();
    await heading(page, t('ru', 'desk.print.title'));
    await page.getByTestId('print-document').waitFor();
    await expect.poll(() => page.getByTestId('verification-code').textContent()).toContain(verificationCode);
    await see(page, 'Петров');
    await expectAccessible(page);
    await shot(page, 'ru-03-print');
    const pdf = await page.request.get(`/api/documents/${verificationCode}/pdf`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    await page.getByRole('button', { name: t('ru', 'desk.print.toApplicant') }).click();
    await see(page, t('ru', 'desk.print.done', { at: '' }).replace(/\s*\.$/, ''));
    await shot(page, 'ru-04-handed-over');

    const closed = await app.request('GET', `/api/desk/submissions/${caseId}`, operatorToken);
    expect(closed.body).toMatchObject({ status: 'completed', handedOverTo: 'applicant', handedOverBy: 'aktobe.operator' });

    // kk screens of the status list and the print view too
    await page.getByRole('button', { name: 'Қазақша' }).click();
    await heading(page, t('kk', 'desk.print.title'));
    await shot(page, 'kk-08-print');
    await page.getByRole('link', { name: t('kk', 'desk.print.back') }).click();
    await heading(page, t('kk', 'desk.subs.title'));
    await see(page, t('kk', 'status.completed'));
    await expectAccessible(page);
    await shot(page, 'kk-07-submissions');
  }, 180_000);
});
