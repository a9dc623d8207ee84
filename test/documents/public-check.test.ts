import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/composition/demo-data.ts';
import { decodePdfQrCodes, extractPdfText } from '../support/pdf-reading.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { officeApplication } from '../support/office-filing.ts';

/*
 * Issue #14, findings 1–3, tried from outside as the issue did: forgeries made with other tools (pdf-lib, qpdf, a
 * flipped byte) against the public PDF check, a foreign Host header against the printed links, and the old computable
 * code and the public answer's personal data against the code check.
 */

const REGULATION = 'zhambyl-2017-231-job-seeker-registration';
const PUBLIC_URL = 'https://qyzmet.example.kz';
const APPLICANT = '880515300120';
const formData = { 'desired-position': 'Accountant', 'education-level': 'higher', phone: '+77011234567', 'consent-publish': true };
// Stand-in for an EDS while verification is off (QYZMET_EDS_VERIFICATION=off records signatures unverified).
const SIGNATURE = 'MIIB-test-signature-of-the-head';

/** The code the documents carried before issue #14: a hash of the case and result ids with no secret in it. */
function oldComputableCode(caseId: string, resultId: string): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const digest = createHash('sha256').update(`qyzmet-document:${caseId}:${resultId}`).digest();
  let code = '';
  for (let i = 0; i < 20; i++) code += alphabet[digest[i]! % alphabet.length];
  return code.replace(/(.{5})(?!$)/g, '$1-');
}

describe('the public check of a result document (issue #14)', () => {
  let app: TestApp;
  let scratch: string;
  const tokens: Record<string, string> = {};
  let caseId: string;
  let code: string;
  let issuedPdf: Buffer;

  const verifyPdf = (bytes: Uint8Array, lang = 'en') => app.request('POST', `/api/documents/verify-pdf?lang=${lang}`, undefined, { pdfBase64: Buffer.from(bytes).toString('base64') });

  beforeAll(async () => {
    app = await startTestApp(import.meta.url, '2026-12-06T14:00:00Z', { publicUrl: PUBLIC_URL });
    scratch = mkdtempSync(path.join(tmpdir(), 'qyzmet-forgery-'));
    for (const login of ['zhambyl.clerk', 'zhambyl.head', 'zhambyl.executor1', 'aktobe.clerk', 'zhambyl.supervisor', 'aktobe.supervisor']) tokens[login] = await app.signIn(login);
    const post = (url: string, login: string, body: unknown) => app.request('POST', url, tokens[login], body);
    const filed = await post('/api/cases', 'zhambyl.clerk', officeApplication(app.ctx, { regulationId: REGULATION, applicantIin: APPLICANT, formData }));
    caseId = filed.body.id;
    let state = (await post(`/api/cases/${caseId}/steps`, 'zhambyl.clerk', { stepId: 'register', expectedVersion: filed.body.version })).body;
    state = (await post(`/api/cases/${caseId}/steps`, 'zhambyl.head', { stepId: 'assign', expectedVersion: state.version, input: { executorId: 'zhambyl.executor1' } })).body;
    state = (await post(`/api/cases/${caseId}/steps`, 'zhambyl.executor1', { stepId: 'decide', expectedVersion: state.version, input: { outcome: 'positive' } })).body;
    code = (await app.request('GET', `/api/cases/${caseId}/document`, tokens['zhambyl.head'])).body.verificationCode;
    // Signed late in the evening UTC: already the next day in Taraz. The request names a foreign host, as an attacker's would.
    app.setNow('2026-12-06T23:25:16Z');
    const signed = await app.server.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/steps`,
      headers: { authorization: `Bearer ${tokens['zhambyl.head']}`, host: 'evil.example', 'x-forwarded-host': 'evil.example' },
      payload: { stepId: 'sign', expectedVersion: state.version, input: { signature: SIGNATURE } },
    });
    expect(signed.statusCode, signed.body).toBe(200);
    const pdf = await app.server.inject({ method: 'GET', url: `/api/documents/${code}/pdf`, headers: { host: 'evil.example', 'x-forwarded-proto': 'http' } });
    expect(pdf.statusCode).toBe(200);
    issuedPdf = pdf.rawPayload;
  });
  afterAll(async () => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
    await app?.close();
  });

  describe('an uploaded PDF is checked by what it is, not by what it says (finding 1)', () => {
    it('recognises the PDF Qyzmet issued, served again byte for byte', async () => {
      const again = await app.server.inject({ method: 'GET', url: `/api/documents/${code}/pdf` });
      expect(Buffer.compare(again.rawPayload, issuedPdf)).toBe(0);
      const checked = await verifyPdf(issuedPdf);
      expect(checked.status, JSON.stringify(checked.body)).toBe(200);
      expect(checked.body).toMatchObject({ fileMatches: true, document: { verificationCode: code, kind: 'positive' }, pdfSha256: createHash('sha256').update(issuedPdf).digest('hex') });
    });

    it('refuses a new PDF made with pdf-lib that copies the genuine one’s metadata, naming the code it claims', async () => {
      const genuine = await PDFDocument.load(issuedPdf);
      const forged = await PDFDocument.create();
      forged.addPage().drawText('FORGED', { font: await forged.embedFont(StandardFonts.Helvetica), x: 50, y: 700, size: 40 });
      forged.setTitle(genuine.getTitle() ?? '');
      forged.setSubject(genuine.getSubject() ?? '');
      forged.setKeywords([genuine.getKeywords() ?? '']);
      forged.setProducer(genuine.getProducer() ?? '');
      const answer = await verifyPdf(await forged.save());
      expect(answer.status).toBe(422);
      expect(answer.body.error).toMatchObject({ code: 'PDF_NOT_ISSUED_BY_QYZMET', details: { claimedCode: code } });
      expect(answer.body.error.messages.kk).toContain('Qyzmet бермеген');
      expect(answer.body.error.messages.ru).toContain('не выдан Qyzmet');
      expect(answer.body.error.messages.en).toContain('not issued by Qyzmet');
    });

    it('refuses the genuine PDF loaded and saved again by pdf-lib', async () => {
      const resaved = await (await PDFDocument.load(issuedPdf, { updateMetadata: false })).save();
      expect((await verifyPdf(resaved)).body.error.code).toBe('PDF_NOT_ISSUED_BY_QYZMET');
    });

    it('refuses the genuine PDF rewritten by qpdf: linearized, and with one object edited', async () => {
      const original = path.join(scratch, 'issued.pdf');
      writeFileSync(original, issuedPdf);
      const linearized = path.join(scratch, 'linearized.pdf');
      execFileSync('qpdf', ['--linearize', original, linearized]);
      expect((await verifyPdf(readFileSync(linearized))).body.error.code).toBe('PDF_NOT_ISSUED_BY_QYZMET');

      // QDF form puts every object in the clear; edit the XMP metadata object, then let fix-qdf repair the offsets.
      const qdf = path.join(scratch, 'issued.qdf');
      execFileSync('qpdf', ['--qdf', '--object-streams=disable', original, qdf]);
      const edited = readFileSync(qdf, 'latin1').replace('<pdf:Producer>Qyzmet</pdf:Producer>', '<pdf:Producer>Qyzmex</pdf:Producer>');
      expect(edited).toContain('Qyzmex');
      const editedQdf = path.join(scratch, 'edited.qdf');
      writeFileSync(editedQdf, edited, 'latin1');
      const fixed = execFileSync('fix-qdf', [editedQdf]);
      expect((await verifyPdf(fixed)).body.error.code).toBe('PDF_NOT_ISSUED_BY_QYZMET');
    });

    it('refuses the genuine PDF with one byte changed', async () => {
      const flipped = Buffer.from(issuedPdf);
      const middle = Math.floor(flipped.length / 2);
      flipped[middle] = flipped[middle]! ^ 0x01;
      const answer = await verifyPdf(flipped, 'ru');
      expect(answer.status).toBe(422);
      expect(answer.body.error.code).toBe('PDF_NOT_ISSUED_BY_QYZMET');
      expect(answer.body.error.message).toContain('побайтно');
    });

    it('refuses a file that is not a PDF at all', async () => {
      const answer = await verifyPdf(Buffer.from('just some text'));
      expect(answer.body.error).toMatchObject({ code: 'PDF_NOT_ISSUED_BY_QYZMET', details: { claimedCode: '-' } });
    });
  });

  describe('links come from QYZMET_PUBLIC_URL, never from the Host header (finding 2)', () => {
    it('prints and encodes only the configured https address although signing and download named another host', async () => {
      const expected = `${PUBLIC_URL}/verify/${code}`;
      expect(await decodePdfQrCodes(issuedPdf)).toEqual([expected]);
      const text = await extractPdfText(issuedPdf);
      expect(text).toContain(expected);
      expect(text).not.toContain('evil.example');
      expect(issuedPdf.toString('latin1')).not.toContain('evil.example');
    });
  });

  describe('codes cannot be computed and the public answer names nobody (finding 3)', () => {
    it('does not answer the old computable code of the very same document', async () => {
      const old = oldComputableCode(caseId, 'registration-notice');
      expect(old).not.toBe(code);
      expect((await app.request('GET', `/api/documents/${old}`)).status).toBe(404);
      expect((await app.request('GET', `/api/documents/${old}/pdf`)).status).toBe(404);
    });

    it('no longer answers a document stored before the change under its computable code', async () => {
      const legacyCode = oldComputableCode(caseId, 'legacy-result');
      await app.ctx.db.execute(
        `insert into documents (verification_code, case_id, regulation_id, template_id, kind, content, signature, signature_verified, signed_at, code_scheme)
         select $1, case_id, regulation_id, template_id, kind, content, signature, signature_verified, signed_at - interval '1 day', 'sha256-unkeyed'
           from documents where verification_code = $2`,
        [legacyCode, code],
      );
      expect((await app.request('GET', `/api/documents/${legacyCode}`)).status).toBe(404);
      expect((await app.request('GET', `/api/documents/${legacyCode}/full`, tokens['zhambyl.head'])).status).toBe(404);
    });

    it('shows a third party the document type, number, date, issuer, signer and status, with the applicant masked', async () => {
      const byCode = await app.request('GET', `/api/documents/${code.toLowerCase().replace(/-/g, ' ')}`);
      expect(byCode.status).toBe(200);
      const byFile = (await verifyPdf(issuedPdf)).body;
      for (const answer of [byCode.body, byFile]) {
        expect(answer.document).toMatchObject({
          verificationCode: code,
          kind: 'positive',
          number: expect.stringMatching(/^TRZ-2026-\d{6}\/Н$/),
          date: '2026-12-06',
          provider: { ru: expect.any(String) },
          applicant: { initials: expect.stringMatching(/^(\p{Lu}\. ?){2,3}$/u), iinLast4: '0120' },
        });
        expect(answer.signature).toMatchObject({ signerPosition: { en: 'Head of the service provider' }, signedAt: '2026-12-06T23:25:16.000Z' });
        const everything = JSON.stringify(answer);
        for (const secret of [APPLICANT, '+77011234567', 'Accountant', 'Серікбаев', 'Данияр']) expect(everything, secret).not.toContain(secret);
      }
    });

    it('gives the full content to the applicant and to staff who may see the case, and to nobody else', async () => {
      const citizen = async (iin: string) => (await app.request('POST', '/api/portal/sign-in', undefined, { iin, password: DEMO_PASSWORD })).body.token as string;
      const full = (token?: string) => app.request('GET', `/api/documents/${code}/full`, token);
      const applicant = await full(await citizen(APPLICANT));
      expect(applicant.status, JSON.stringify(applicant.body)).toBe(200);
      expect(applicant.body.content).toMatchObject({ applicant: { iin: APPLICANT }, verificationCode: code });
      expect((await full(tokens['zhambyl.head'])).body.content.applicant.iin).toBe(APPLICANT);
      expect((await full(tokens['zhambyl.supervisor'])).status).toBe(200);
      expect((await full(await citizen('950101400012'))).status).toBe(404);
      expect((await full(tokens['aktobe.clerk'])).status).toBe(404);
      expect((await full(tokens['aktobe.supervisor'])).status).toBe(404);
      expect((await full()).status).toBe(401);
    });
  });

  describe('times on the document (finding 5, PDF part)', () => {
    it('prints the signing time on the provider’s clock with its offset and makes it the file’s creation time', async () => {
      const text = await extractPdfText(issuedPdf);
      // 23:25 UTC on the 6th is 04:25 on the 7th in Taraz (Asia/Almaty, UTC+5 since 2024).
      expect(text).toContain('2026-12-07 04:25 (UTC+05:00)');
      expect(text).not.toContain('2026-12-06T23:25');
      const info = await PDFDocument.load(issuedPdf, { updateMetadata: false });
      expect(info.getCreationDate()?.toISOString()).toBe('2026-12-06T23:25:16.000Z');
    });
  });
});
