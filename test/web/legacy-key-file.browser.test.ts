import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CmsSignatureVerifier, LocalCa, LocalCaStatusChecker, TrustStore } from '../../src/adapters/pki/index.ts';
import type { Language } from '../../web/src/i18n/languages.ts';
import { translate, type MessageKey, type MessageValues } from '../../web/src/i18n/translate.ts';
import { LEGACY_PASSWORD, legacyKeyFile } from '../interop/support/legacy-key-file.ts';
import { missingTools } from '../interop/support/outside-tools.ts';
import { startTestApp } from '../support/test-app.ts';
import { buildWebApp, CHROMIUM_PATH, chromiumAvailable, launchChromium, newPersonContext, type WebTestApp } from './support/web-app.ts';

/*
 * Issue #14: "`openssl pkcs12 -legacy`-exported files sign in Chromium." A citizen applies on the portal and signs with
 * the built-in signer using a key file OpenSSL exported with -legacy (RC2-40 certificates, 3DES key); the server
 * verifies the signature and files the application.
 */
const CITIZEN_IIN = '880515300120';
const t = (language: Language, key: MessageKey, values?: MessageValues) => translate(language, key, values);
const ready = chromiumAvailable() && missingTools(['openssl']).length === 0;
const reason = chromiumAvailable() ? 'openssl not found' : `${CHROMIUM_PATH} not found`;
if (!ready && process.env.CI === 'true') throw new Error(`legacy key file in Chromium: ${reason}`);

describe.skipIf(!ready)(`a legacy PKCS#12 key file in the browser's built-in signer${ready ? '' : ` (skipped: ${reason})`}`, () => {
  let app: WebTestApp;
  let browser: Browser;
  let context: BrowserContext;
  let work: string;
  let keyFile: Uint8Array;

  beforeAll(async () => {
    await buildWebApp();
    const caNow = new Date('2026-01-01T00:00:00Z');
    const ca = await LocalCa.create({ now: caNow });
    const signatureVerifier = new CmsSignatureVerifier({
      trustStore: TrustStore.fromCertificates({ anchors: [ca.root.certificate], intermediates: [ca.intermediate.certificate] }),
      statusChecker: new LocalCaStatusChecker(ca),
    });
    const testApp = await startTestApp(import.meta.url, '2026-11-24T05:00:00Z', { signatureVerifier });
    await testApp.server.listen({ port: 0, host: '127.0.0.1' });
    const address = testApp.server.server.address();
    if (!address || typeof address === 'string') throw new Error('server has no TCP address');
    app = { ...testApp, baseUrl: `http://127.0.0.1:${address.port}` };
    work = await mkdtemp(path.join(os.tmpdir(), 'qyzmet-legacy-browser-'));
    // Long-lived: the browser signs with its own clock.
    const key = await ca.issue({ holder: { kind: 'individual', iin: CITIZEN_IIN, name: { surname: 'Серікбаев', firstName: 'Данияр' } }, purpose: 'signing', notBefore: caNow, validityDays: 20 * 365 });
    keyFile = await legacyKeyFile(work, key, `RSA256_${CITIZEN_IIN}`);
    browser = await launchChromium();
    context = await newPersonContext(browser, app.baseUrl, { width: 390, height: 844 });
  }, 180_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await app?.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  async function heading(page: Page, text: string): Promise<void> {
    await page.getByRole('heading', { level: 1, name: text }).waitFor({ timeout: 15_000 });
  }

  it('signs an application with a key file exported by openssl pkcs12 -export -legacy, and the server files it (en)', async () => {
    const language: Language = 'en';
    await context.addInitScript((lang) => localStorage.setItem('qyzmet.language', lang), language);
    const page = await context.newPage();
    await page.goto('/portal');
    await heading(page, t(language, 'portal.signIn.title'));
    await page.getByLabel(t(language, 'portal.field.iin')).fill(CITIZEN_IIN);
    await page.getByLabel(t(language, 'portal.field.password')).fill('qyzmet-demo');
    await page.getByRole('button', { name: t(language, 'portal.signIn.submit'), exact: true }).click();
    await heading(page, t(language, 'portal.cabinet.title'));

    await page.getByRole('link', { name: t(language, 'portal.nav.catalog') }).click();
    await heading(page, t(language, 'portal.catalog.title'));
    const name = 'Registration of persons seeking work';
    await page.getByRole('link', { name: t(language, 'portal.catalog.applyFor', { name }) }).click();
    await heading(page, name);
    const form = page.locator('form').first();
    await form.locator('input[name="desired-position"]').fill('Accountant');
    await form.locator('select[name="education-level"]').selectOption('higher');
    await form.locator('input[name="phone"]').fill('+77011234567');
    await form.locator('input[name="consent-publish"]').check();
    await form.locator('input[type="file"]').first().setInputFiles({ name: 'id.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% id\n') });
    await page.getByText(t(language, 'portal.apply.uploaded', { name: 'id.pdf' })).waitFor();
    await page.getByRole('button', { name: t(language, 'portal.apply.prepare') }).click();
    await page.getByRole('heading', { name: t(language, 'portal.apply.signHeading') }).waitFor();
    await page.getByLabel(t(language, 'signing.keyFile.file')).setInputFiles({ name: `RSA256_${CITIZEN_IIN}.p12`, mimeType: 'application/x-pkcs12', buffer: Buffer.from(keyFile) });
    await page.getByLabel(t(language, 'signing.keyFile.password')).fill(LEGACY_PASSWORD);
    await page.getByRole('button', { name: t(language, 'portal.apply.signAndSubmit') }).click();
    await page.locator('.portal-status').getByText(t(language, 'portal.status.received')).waitFor({ timeout: 30_000 });

    const filed = await app.ctx.db.execute<{ count: string | number }>('select count(*) as count from cases where applicant_iin = $1', [CITIZEN_IIN]);
    expect(Number(filed[0]!.count)).toBe(1);
  }, 180_000);
});
