import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import jsQRModule from 'jsqr';
import { PDFDocument, PDFName, PDFRawStream, type PDFDict, type PDFNumber } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { renderResultPdf } from '../../src/adapters/documents/render-result-pdf.ts';
import { createKazakhstanDeadlineCalculator } from '../../src/core/calendar/index.ts';
import type { Actor } from '../../src/core/case/actor.ts';
import { executeStep, fileCase } from '../../src/core/case/case-engine.ts';
import { assembleResultDocument } from '../../src/core/documents/assemble-result-document.ts';
import { CALENDAR_FILE } from '../support/paths.ts';
import { loadRegulation, ZHAMBYL_JOB_SEEKERS } from '../support/regulations.ts';

/*
 * Reads a rendered result PDF back the way a person's tools would: its text through pdf.js (the text layer a reader
 * copies or a screen reader speaks — so a missing glyph or a broken ToUnicode map shows up here), and its QR code by
 * decoding the embedded image with jsQR. Issue #5: "a generated PDF's extracted text shows the Kazakh letters
 * correctly and its QR decodes to the verification URL".
 */

// jsqr is CommonJS with `export default` in its types: under Node ESM the function is the module's default.
const jsQR = ((jsQRModule as unknown as { default?: typeof jsQRModule }).default ?? jsQRModule) as unknown as (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null;

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
  });
  const verifyUrl = `https://qyzmet.example.kz/verify/${document.verificationCode}`;
  const stamp = { signerName: 'Омаров Нұрлан Серікұлы', signerIin: '720911300459', signedAt: '2026-11-24T11:00:00Z', certificateSerialHex: '0a1b2c' };
  return { document, verifyUrl, pdf: await renderResultPdf(document, stamp, verifyUrl) };
}

async function extractText(pdf: Uint8Array): Promise<string> {
  const loaded = await getDocument({ data: pdf.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= loaded.numPages; number += 1) {
    const content = await (await loaded.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await loaded.destroy();
  return pages.join('\n');
}

/** The RGB image XObjects of the PDF, decoded to RGBA pixels (pdf-lib stores a PNG as deflated RGB + an alpha mask). */
async function images(pdf: Uint8Array): Promise<Array<{ width: number; height: number; rgba: Uint8ClampedArray }>> {
  const loaded = await PDFDocument.load(pdf);
  const found: Array<{ width: number; height: number; rgba: Uint8ClampedArray }> = [];
  for (const [, object] of loaded.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream)) continue;
    const dict: PDFDict = object.dict;
    if (dict.get(PDFName.of('Subtype')) !== PDFName.of('Image') || dict.get(PDFName.of('ColorSpace')) !== PDFName.of('DeviceRGB')) continue;
    const width = (dict.get(PDFName.of('Width')) as PDFNumber).asNumber();
    const height = (dict.get(PDFName.of('Height')) as PDFNumber).asNumber();
    const rgb = inflateSync(object.contents);
    const rgba = new Uint8ClampedArray(width * height * 4);
    for (let pixel = 0; pixel < width * height; pixel += 1) {
      rgba.set([rgb[pixel * 3]!, rgb[pixel * 3 + 1]!, rgb[pixel * 3 + 2]!, 255], pixel * 4);
    }
    found.push({ width, height, rgba });
  }
  return found;
}

describe('a rendered result PDF read back', () => {
  it('gives back every Kazakh letter in its extracted text, in the applicant name and the Kazakh body', async () => {
    const { document, pdf } = await renderedDocument();
    const text = await extractText(pdf);
    expect(text).toContain(APPLICANT);
    for (const letter of KAZAKH_LETTERS) expect(text, `letter ${letter}`).toContain(letter);
    expect(text).toContain(document.number);
    expect(text).toContain(document.verificationCode);
    // A fragment of the Kazakh body, so the template text (not only the name) survives extraction.
    expect(text.replace(/\s+/g, ' ')).toContain('жұмыс іздеп жүрген');
  });

  it('carries a QR code that decodes to the public verification URL of this document', async () => {
    const { verifyUrl, pdf } = await renderedDocument();
    const decoded = (await images(pdf)).map((image) => jsQR(image.rgba, image.width, image.height)?.data ?? null).filter((data) => data !== null);
    expect(decoded).toEqual([verifyUrl]);
  });
});
