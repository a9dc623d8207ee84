import { describe, expect, it } from 'vitest';
import { renderResultPdf } from '../../src/adapters/documents/render-result-pdf.ts';
import { assembleResultDocument } from '../../src/core/documents/assemble-result-document.ts';
import { decodePdfQrCodes, extractPdfText } from '../support/pdf-reading.ts';
import { decidedJobSeekerCase, HEAD_SIGNATURE_STAMP, jobSeekerRegulation, TARAZ_EMPLOYMENT_CENTRE } from '../support/decided-job-seeker-case.ts';

/*
 * Reads a rendered result PDF back the way a person's tools would: its text through pdf.js (the text layer a reader
 * copies or a screen reader speaks — so a missing glyph or a broken ToUnicode map shows up here), and its QR code by
 * decoding the embedded image with jsQR. Issue #5: "a generated PDF's extracted text shows the Kazakh letters
 * correctly and its QR decodes to the verification URL".
 */

/** Every letter the Kazakh alphabet adds to Cyrillic, in lower and upper case. */
const KAZAKH_LETTERS = ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'і', 'Ә', 'Ғ', 'Қ', 'Ң', 'Ө', 'Ұ', 'Ү', 'Һ', 'І'];
// A name carrying all of them, so the applicant line alone exercises every glyph.
const APPLICANT = 'Әбдіғали Қуаныш Өміржанұлы Үңгірбаев Һәкім Ғазиз Ұлан Іңкәр Ңүөұқғәһі';

async function renderedDocument() {
  const state = decidedJobSeekerCase({ caseId: '0b8f6a2e-1c3d-4e5f-8a9b-0c1d2e3f4a5b', applicantName: APPLICANT, journalNumber: 'TRZ-2026-000077' });
  const document = assembleResultDocument({ state, regulation: jobSeekerRegulation, providerName: TARAZ_EMPLOYMENT_CENTRE, decisionDate: '2026-11-24', codeKey: new Uint8Array(32).fill(7) });
  const verifyUrl = `https://qyzmet.example.kz/verify/${document.verificationCode}`;
  return { document, verifyUrl, pdf: await renderResultPdf(document, HEAD_SIGNATURE_STAMP, verifyUrl) };
}

describe('a rendered result PDF read back', () => {
  it('gives back every Kazakh letter in its extracted text, in the applicant name and the Kazakh body', async () => {
    const { document, pdf } = await renderedDocument();
    const text = await extractPdfText(pdf);
    expect(text).toContain(APPLICANT);
    for (const letter of KAZAKH_LETTERS) expect(text, `letter ${letter}`).toContain(letter);
    expect(text).toContain(document.number);
    expect(text).toContain(document.verificationCode);
    // A fragment of the Kazakh body, so the template text (not only the name) survives extraction.
    expect(text.replace(/\s+/g, ' ')).toContain('жұмыс іздеп жүрген');
  });

  it('carries a QR code that decodes to the public verification URL of this document', async () => {
    const { verifyUrl, pdf } = await renderedDocument();
    expect(await decodePdfQrCodes(pdf)).toEqual([verifyUrl]);
  });
});
