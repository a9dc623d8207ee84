import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderResultPdf } from '../../src/adapters/documents/render-result-pdf.ts';
import { createKazakhstanDeadlineCalculator } from '../../src/core/calendar/index.ts';
import type { Actor } from '../../src/core/case/actor.ts';
import { executeStep, fileCase } from '../../src/core/case/case-engine.ts';
import { assembleResultDocument } from '../../src/core/documents/assemble-result-document.ts';
import { CALENDAR_FILE } from '../support/paths.ts';
import { decodePdfQrCodes, extractPdfText } from '../support/pdf-reading.ts';
import { loadRegulation, ZHAMBYL_JOB_SEEKERS } from '../support/regulations.ts';
import { requiredPaperDocumentIds } from '../support/office-filing.ts';

/*
 * Reads a rendered result PDF back the way a person's tools would: its text through pdf.js (the text layer a reader
 * copies or a screen reader speaks — so a missing glyph or a broken ToUnicode map shows up here), and its QR code by
 * decoding the embedded image with jsQR. Issue #5: "a generated PDF's extracted text shows the Kazakh letters
 * correctly and its QR decodes to the verification URL".
 */

const regulation = loadRegulation(ZHAMBYL_JOB_SEEKERS);
const calendar = createKazakhstanDeadlineCalculator({ region: 'zhambyl', holidayCalendarJson: JSON.parse(readFileSync(CALENDAR_FILE, 'utf8')) });
const staff = (role: 'clerk' | 'head' | 'executor'): Actor => ({ kind: 'staff', userId: `${role}-1`, role, providerId: 'p1' });
/** Every letter the Kazakh alphabet adds to Cyrillic, in lower and upper case. */
const KAZAKH_LETTERS = ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'і', 'Ә', 'Ғ', 'Қ', 'Ң', 'Ө', 'Ұ', 'Ү', 'Һ', 'І'];
// A name carrying all of them, so the applicant line alone exercises every glyph.
const APPLICANT = 'Әбдіғали Қуаныш Өміржанұлы Үңгірбаев Һәкім Ғазиз Ұлан Іңкәр Ңүөұқғәһі';

async function renderedDocument() {
  const context = { now: new Date('2026-11-24T05:00:00Z'), calendar };
  let state = fileCase(
    {
      caseId: '0b8f6a2e-1c3d-4e5f-8a9b-0c1d2e3f4a5b',
      regulation,
      routeId: 'office',
      providerId: 'p1',
      applicant: { iin: '880515300120', fullName: APPLICANT },
      formData: { 'desired-position': 'Бухгалтер', 'education-level': 'higher', phone: '+77011234567', 'consent-publish': true },
      paperDocumentIds: requiredPaperDocumentIds(regulation),
      passedChecks: [],
      actor: staff('clerk'),
      filingPolicy: 'demonstration',
    },
    context,
  ).state;
  for (const [stepId, role, input] of [
    ['register', 'clerk', {}],
    ['assign', 'head', { executorId: 'executor-1' }],
    ['decide', 'executor', { outcome: 'positive' }],
  ] as const) {
    state = executeStep(state, regulation, { stepId, expectedVersion: state.version, input }, staff(role), context, { journalNumber: 'TRZ-2026-000077' }).state;
  }
  const document = assembleResultDocument({
    state,
    regulation,
    providerName: { kk: 'Тараз қаласының жұмыспен қамту орталығы', ru: 'Центр занятости города Тараз', en: 'Taraz employment centre' },
    decisionDate: '2026-11-24',
    codeKey: new Uint8Array(32).fill(7),
  });
  const verifyUrl = `https://qyzmet.example.kz/verify/${document.verificationCode}`;
  const stamp = { signerName: 'Омаров Нұрлан Серікұлы', signerPosition: null, signedAt: new Date('2026-11-24T11:00:00Z'), signedAtText: '2026-11-24 16:00 (UTC+05:00)', certificateSerialHex: '0a1b2c' };
  return { document, verifyUrl, pdf: await renderResultPdf(document, stamp, verifyUrl) };
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
