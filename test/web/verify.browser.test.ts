import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findStaff } from '../../src/adapters/db/staff-store.ts';
import { CmsSignatureVerifier, LocalCa, LocalCaStatusChecker, signDetachedCades, TrustStore, type IssuedKey } from '../../src/adapters/pki/index.ts';
import { PDFDocument } from 'pdf-lib';
import { translate, type MessageKey, type MessageValues } from '../../web/src/i18n/translate.ts';
import type { Language } from '../../web/src/i18n/languages.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { auditAccessibility } from './support/a11y-audit.ts';
import { buildWebApp, CHROMIUM_PATH, chromiumAvailable, launchChromium, newPersonContext, screenshotDir } from './support/web-app.ts';
import { officeApplication } from '../support/office-filing.ts';

/*
 * The public document check: a head signs a result document with a real EDS (test CA, verification on); anyone
 * checks it by the code under the QR (/verify/<code>, in any case and with spaces) or by uploading the PDF, which the
 * server finds by the SHA-256 of the whole file among the PDFs it issued. A PDF whose metadata was edited is not
 * ours; a revoked signer certificate is shown as revoked. (Forgeries by other tools: test/documents/public-check.)
 */

const REGULATION = 'zhambyl-2017-231-job-seeker-registration';
const formData = { 'desired-position': 'Бухгалтер', 'education-level': 'higher', phone: '+77011234567', 'consent-publish': true };
const t = (language: Language, key: MessageKey, values?: MessageValues) => translate(language, key, values);
const available = chromiumAvailable();

describe('the public document check', () => {
  let app: TestApp & { baseUrl: string };
  let ca: LocalCa;
  let headKey: IssuedKey;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    const caNow = new Date('2026-01-01T00:00:00Z');
    ca = await LocalCa.create({ now: caNow });
    const signatureVerifier = new CmsSignatureVerifier({
      trustStore: TrustStore.fromCertificates({ anchors: [ca.root.certificate], intermediates: [ca.intermediate.certificate] }),
      statusChecker: new LocalCaStatusChecker(ca),
    });
    const testApp = await startTestApp(import.meta.url, '2026-11-24T05:00:00Z', { signatureVerifier });
    await testApp.server.listen({ port: 0, host: '127.0.0.1' });
    const address = testApp.server.server.address();
    if (!address || typeof address === 'string') throw new Error('no TCP address');
    app = { ...testApp, baseUrl: `http://127.0.0.1:${address.port}` };
    const head = (await findStaff(app.ctx.db, 'zhambyl.head'))!;
    headKey = await ca.issue({
      holder: { kind: 'legalEntityEmployee', iin: head.iin, bin: '150940001238', organization: 'Taraz employment centre', name: { surname: 'Омаров', firstName: 'Нұрлан' } },
      purpose: 'signing',
      notBefore: caNow,
      validityDays: 365,
    });
    for (const login of ['zhambyl.clerk', 'zhambyl.head', 'zhambyl.executor1']) tokens[login] = await app.signIn(login);
  }, 60_000);
  afterAll(() => app?.close());

  async function signedDocument(iin: string, key: IssuedKey): Promise<string> {
    const post = (url: string, login: string, body: unknown) => app.request('POST', url, tokens[login], body);
    const filed = await post('/api/cases', 'zhambyl.clerk', officeApplication(app.ctx, { regulationId: REGULATION, applicantIin: iin, formData }));
    const id = filed.body.id as string;
    let state = (await post(`/api/cases/${id}/steps`, 'zhambyl.clerk', { stepId: 'register', expectedVersion: filed.body.version })).body;
    state = (await post(`/api/cases/${id}/steps`, 'zhambyl.head', { stepId: 'assign', expectedVersion: state.version, input: { executorId: 'zhambyl.executor1' } })).body;
    state = (await post(`/api/cases/${id}/steps`, 'zhambyl.executor1', { stepId: 'decide', expectedVersion: state.version, input: { outcome: 'positive' } })).body;
    const draft = (await app.request('GET', `/api/cases/${id}/document`, tokens['zhambyl.head'])).body;
    const cms = await signDetachedCades({
      contentBytes: Buffer.from(draft.contentBase64, 'base64'),
      signerCertificate: key.certificate,
      privateKey: key.privateKey,
      signingTime: new Date('2026-11-24T05:00:00Z'),
      extraCertificates: key.chain,
    });
    const signed = await post(`/api/cases/${id}/steps`, 'zhambyl.head', { stepId: 'sign', expectedVersion: state.version, input: { signature: Buffer.from(cms).toString('base64') } });
    expect(signed.status).toBe(200);
    return draft.verificationCode as string;
  }

  async function pdfOf(code: string): Promise<Buffer> {
    const response = await app.server.inject({ method: 'GET', url: `/api/documents/${code}/pdf`, headers: { host: 'qyzmet.example' } });
    expect(response.headers['content-type']).toBe('application/pdf');
    return response.rawPayload;
  }

  it('recognises the uploaded PDF Qyzmet issued by the hash of the whole file', async () => {
    const code = await signedDocument('880515300120', headKey);
    const pdf = await pdfOf(code);
    const checked = await app.request('POST', '/api/documents/verify-pdf', undefined, { pdfBase64: pdf.toString('base64') });
    expect(checked.status).toBe(200);
    expect(checked.body).toMatchObject({ fileMatches: true, supersededBy: null, signature: { verified: true, certificateStatus: 'good' }, document: { verificationCode: code } });
    expect(checked.body.pdfSha256).toBe(createHash('sha256').update(pdf).digest('hex'));
  });

  it('answers "not ours" for the issued PDF with its metadata edited, naming the code it claims', async () => {
    const code = await signedDocument('950101400012', headKey);
    const edited = await PDFDocument.load(await pdfOf(code), { updateMetadata: false });
    edited.setKeywords([`qyzmet-verification-code:${code}`, `qyzmet-content-sha256:${'0'.repeat(64)}`]);
    const checked = await app.request('POST', '/api/documents/verify-pdf', undefined, { pdfBase64: Buffer.from(await edited.save()).toString('base64') });
    expect(checked.status).toBe(422);
    expect(checked.body.error).toMatchObject({ code: 'PDF_NOT_ISSUED_BY_QYZMET', details: { claimedCode: code } });
  });

  it('shows a signer certificate revoked after signing as revoked', async () => {
    const head = (await findStaff(app.ctx.db, 'zhambyl.head'))!;
    const laterRevoked = await ca.issue({
      holder: { kind: 'legalEntityEmployee', iin: head.iin, bin: '150940001238', organization: 'Taraz employment centre', name: { surname: 'Омаров', firstName: 'Нұрлан' } },
      purpose: 'signing',
      notBefore: new Date('2026-01-01T00:00:00Z'),
      validityDays: 365,
    });
    const code = await signedDocument('061211600012', laterRevoked);
    ca.revoke(laterRevoked.certificate, new Date('2026-11-24T05:00:01Z'));
    app.setNow('2026-11-24T06:00:00Z');
    const checked = await app.request('GET', `/api/documents/${code}`);
    expect(checked.body.signature).toMatchObject({ verified: true, certificateStatus: 'revoked' });
  });

  describe.skipIf(!available)(`in Chromium${available ? '' : ` (skipped: ${CHROMIUM_PATH} not found)`}`, () => {
    let browser: Browser;
    beforeAll(async () => {
      await buildWebApp();
      browser = await launchChromium();
    }, 120_000);
    afterAll(() => browser?.close());

    async function shot(page: Page, name: string) {
      await page.screenshot({ path: path.join(await screenshotDir(), `verify-${name}.png`), fullPage: true });
    }

    it('opens the document from the QR link in Kazakh and checks an uploaded PDF in Russian', async () => {
      const code = await signedDocument('880515300208', headKey);
      const context = await newPersonContext(browser, app.baseUrl);
      const page = await context.newPage();
      // As typed from paper: lower case, spaces for dashes.
      await page.goto(`/verify/${encodeURIComponent(code.toLowerCase().replace(/-/g, ' '))}`);
      await page.getByRole('heading', { level: 1, name: t('kk', 'verify.title') }).waitFor();
      await page.getByTestId('certificate-status').filter({ hasText: t('kk', 'verify.certificate.good') }).waitFor();
      await page.getByText(t('kk', 'verify.result.found')).waitFor();
      await page.getByText('ОМАРОВ НҰРЛАН').first().waitFor();
      // The applicant only masked: initials and the last four IIN digits, never the full IIN.
      await page.getByTestId('masked-applicant').filter({ hasText: '0208' }).waitFor();
      expect(await page.textContent('body')).not.toContain('880515300208');
      expect(await auditAccessibility(page)).toEqual([]);
      await shot(page, 'kk-by-code');

      await page.getByRole('button', { name: 'Русский' }).click();
      await page.getByRole('heading', { level: 1, name: t('ru', 'verify.title') }).waitFor();
      await page.getByLabel(t('ru', 'verify.pdf')).setInputFiles({ name: `${code}.pdf`, mimeType: 'application/pdf', buffer: await pdfOf(code) });
      await page.getByRole('button', { name: t('ru', 'verify.checkPdf') }).click();
      await page.getByText(t('ru', 'verify.result.fileMatches')).waitFor();
      expect(await auditAccessibility(page)).toEqual([]);
      await shot(page, 'ru-by-pdf');

      // One byte changed: not ours, in Russian, with the code the file claims to be offered for a check by code.
      const flipped = await pdfOf(code);
      flipped[flipped.length >> 1] = flipped[flipped.length >> 1]! ^ 0x01;
      await page.getByLabel(t('ru', 'verify.pdf')).setInputFiles({ name: 'changed.pdf', mimeType: 'application/pdf', buffer: flipped });
      await page.getByRole('button', { name: t('ru', 'verify.checkPdf') }).click();
      await page.getByRole('alert').filter({ hasText: 'побайтно' }).waitFor();
      expect(await page.getByTestId('verify-result').count()).toBe(0);
      await shot(page, 'ru-not-ours');

      await page.getByLabel(t('ru', 'verify.code')).fill('not-a-code');
      await page.getByRole('button', { name: t('ru', 'verify.checkCode') }).click();
      await page.getByText(t('ru', 'verify.codeInvalid')).waitFor();
      await context.close();
    }, 120_000);
  });
});
