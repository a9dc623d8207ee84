import { createHash } from 'node:crypto';
import fontkit from '@pdf-lib/fontkit';
import { degrees, PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import QRCode from 'qrcode';
import type { ResultDocument } from '../../core/documents/assemble-result-document.ts';
import { canonicalBytes } from '../../core/documents/canonical-bytes.ts';
import { DOCUMENT_LABELS } from '../../core/documents/document-texts.ts';
import type { Text } from '../../core/i18n/text.ts';
import { makePdfa } from './pdfa-parts.ts';
import { dejaVuFont as font, GLYPHS_ONLY, wrap } from './pdf-text.ts';

/**
 * The metadata keyword naming the document's code. Only a hint for the "not ours" answer (which code the file claims
 * to be): the public check never trusts what a file says about itself, it compares the whole file (verify-document.ts).
 */
export const PDF_CODE_KEYWORD = 'qyzmet-verification-code:';

export interface SignatureStamp {
  readonly signerName: string;
  readonly signerPosition: Text | null;
  /** The signing instant: the PDF's creation time. */
  readonly signedAt: Date;
  /** The same instant on the provider's wall clock with its offset, as printed (local-time-text.ts). */
  readonly signedAtText: string;
  readonly certificateSerialHex: string;
}

const PAGE_WIDTH_PT = 595.28; // A4
const PAGE_HEIGHT_PT = 841.89;
const MARGIN_PT = 50;
const BODY_SIZE_PT = 10;

interface Cursor {
  page: PDFPage;
  y: number;
}

/**
 * Prints a signed result document on A4 as PDF/A-2b: provider, title, number and date, body and fields in Kazakh and
 * Russian (the languages of the regulations' forms), the signature stamp, the legal note, and a QR code to the public
 * check. Rendered once, when the document is signed; the bytes are stored and served as they are (issue-document.ts).
 */
export async function renderResultPdf(document: ResultDocument, stamp: SignatureStamp, verifyUrl: string): Promise<Uint8Array> {
  return renderPdf(document, stamp, verifyUrl, false);
}

/**
 * The same document as it will be printed, for the head and the executor to read before they sign (issue #17): every
 * page marked «ПРОЕКТ — НЕДЕЙСТВИТЕЛЕН», no signature stamp, no QR code and no verification code. Never stored, so
 * its hash is known to no check: it cannot pass for the signed document.
 */
export async function renderDraftPdf(document: ResultDocument, renderedAt: Date): Promise<Uint8Array> {
  const stamp: SignatureStamp = { signerName: DOCUMENT_LABELS.notSigned.kk + ' / ' + DOCUMENT_LABELS.notSigned.ru, signerPosition: null, signedAt: renderedAt, signedAtText: '—', certificateSerialHex: '—' };
  return renderPdf(document, stamp, '', true);
}

async function renderPdf(document: ResultDocument, stamp: SignatureStamp, verifyUrl: string, draft: boolean): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.registerFontkit(fontkit);
  const contentSha256 = createHash('sha256').update(canonicalBytes(document)).digest('hex');
  await makePdfa(pdf, {
    title: draft ? `${DOCUMENT_LABELS.draftMark.ru}: ${document.title.ru}` : `${document.title.ru} ${document.number}`,
    subject: draft ? DOCUMENT_LABELS.draftNote.ru : document.verificationCode,
    keywords: draft ? 'draft' : `${PDF_CODE_KEYWORD}${document.verificationCode}`,
    producer: 'Qyzmet',
    creator: 'Qyzmet',
    createdAt: stamp.signedAt,
    // The same document signed at the same instant gets the same identifier.
    documentIdHex: createHash('sha256').update(`${contentSha256}:${stamp.signedAt.toISOString()}`).digest('hex').slice(0, 32),
  });
  // A subset's name starts with a six-letter tag (ISO 32000-1, 9.6.4); fixed tags keep the bytes reproducible.
  const regular = await pdf.embedFont(await font('DejaVuSans.ttf'), { subset: true, customName: 'QYZMRA+DejaVuSans', features: GLYPHS_ONLY });
  const bold = await pdf.embedFont(await font('DejaVuSans-Bold.ttf'), { subset: true, customName: 'QYZMBA+DejaVuSans-Bold', features: GLYPHS_ONLY });
  const widthPt = PAGE_WIDTH_PT - 2 * MARGIN_PT;
  const cursor: Cursor = { page: pdf.addPage([PAGE_WIDTH_PT, PAGE_HEIGHT_PT]), y: PAGE_HEIGHT_PT - MARGIN_PT };

  const write = (text: string, options: { font?: PDFFont; sizePt?: number; gapPt?: number } = {}) => {
    const font = options.font ?? regular;
    const sizePt = options.sizePt ?? BODY_SIZE_PT;
    for (const line of wrap(text, font, sizePt, widthPt)) {
      if (cursor.y < MARGIN_PT + sizePt) {
        cursor.page = pdf.addPage([PAGE_WIDTH_PT, PAGE_HEIGHT_PT]);
        cursor.y = PAGE_HEIGHT_PT - MARGIN_PT;
      }
      cursor.y -= sizePt * 1.35;
      cursor.page.drawText(line, { x: MARGIN_PT, y: cursor.y, size: sizePt, font, color: rgb(0.1, 0.1, 0.1) });
    }
    cursor.y -= options.gapPt ?? 4;
  };

  write(document.provider.kk, { font: bold });
  write(document.provider.ru, { font: bold, gapPt: 14 });
  write(document.title.kk, { font: bold, sizePt: 13 });
  write(document.title.ru, { font: bold, sizePt: 13, gapPt: 10 });
  write(`${DOCUMENT_LABELS.number.kk} / ${DOCUMENT_LABELS.number.ru}: ${document.number}`);
  write(`${DOCUMENT_LABELS.date.kk} / ${DOCUMENT_LABELS.date.ru}: ${document.date}`, { gapPt: 10 });
  write(document.body.kk, { gapPt: 6 });
  write(document.body.ru, { gapPt: 10 });
  for (const field of document.fields) {
    write(`${field.label.kk} / ${field.label.ru}: ${field.value.kk === field.value.ru ? field.value.ru : `${field.value.kk} / ${field.value.ru}`}`);
  }
  cursor.y -= 10;
  if (draft) {
    write(DOCUMENT_LABELS.draftNote.kk, { font: bold });
    write(DOCUMENT_LABELS.draftNote.ru, { font: bold });
    for (const page of pdf.getPages()) {
      // Across the page, light enough to read the text through, on every page of the draft.
      page.drawText(`${DOCUMENT_LABELS.draftMark.kk} / ${DOCUMENT_LABELS.draftMark.ru}`, { x: 60, y: 200, size: 22, font: bold, color: rgb(0.85, 0.2, 0.2), opacity: 0.25, rotate: degrees(45) });
    }
    return pdf.save({ useObjectStreams: false });
  }
  write(`${DOCUMENT_LABELS.signedBy.kk} / ${DOCUMENT_LABELS.signedBy.ru}: ${stamp.signerName}`, { font: bold });
  if (stamp.signerPosition) write(`${stamp.signerPosition.kk} / ${stamp.signerPosition.ru}`);
  write(`${DOCUMENT_LABELS.signedAt.kk} / ${DOCUMENT_LABELS.signedAt.ru}: ${stamp.signedAtText} · S/N ${stamp.certificateSerialHex}`, { gapPt: 10 });
  write(document.legalNote.kk, { sizePt: 8 });
  write(document.legalNote.ru, { sizePt: 8, gapPt: 12 });

  const qrPng = await QRCode.toBuffer(verifyUrl, { errorCorrectionLevel: 'M', margin: 1, width: 240 });
  const qr = await pdf.embedPng(qrPng);
  const qrSizePt = 96;
  if (cursor.y < MARGIN_PT + qrSizePt + 30) {
    cursor.page = pdf.addPage([PAGE_WIDTH_PT, PAGE_HEIGHT_PT]);
    cursor.y = PAGE_HEIGHT_PT - MARGIN_PT;
  }
  cursor.page.drawImage(qr, { x: MARGIN_PT, y: cursor.y - qrSizePt, width: qrSizePt, height: qrSizePt });
  cursor.page.drawText(`${DOCUMENT_LABELS.verify.kk} / ${DOCUMENT_LABELS.verify.ru}:`, { x: MARGIN_PT + qrSizePt + 12, y: cursor.y - 30, size: 8, font: regular });
  cursor.page.drawText(document.verificationCode, { x: MARGIN_PT + qrSizePt + 12, y: cursor.y - 46, size: 12, font: bold });
  cursor.page.drawText(verifyUrl, { x: MARGIN_PT + qrSizePt + 12, y: cursor.y - 62, size: 7, font: regular });
  return pdf.save({ useObjectStreams: false });
}
