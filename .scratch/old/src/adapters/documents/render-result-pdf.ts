import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import QRCode from 'qrcode';
import type { ResultDocument } from '../../core/documents/assemble-result-document.ts';
import { canonicalBytes } from '../../core/documents/canonical-bytes.ts';
import { DOCUMENT_LABELS } from '../../core/documents/document-texts.ts';

/** Metadata keywords that let an uploaded PDF be checked (read-pdf-identity.ts): the code and the content's SHA-256. */
export const PDF_CODE_KEYWORD = 'qyzmet-verification-code:';
export const PDF_HASH_KEYWORD = 'qyzmet-content-sha256:';

const require = createRequire(import.meta.url);
/** DejaVu Sans covers Kazakh Cyrillic (ә ғ қ ң ө ұ ү һ і); the PDF standard fonts do not. */
const FONT_DIR = `${require.resolve('dejavu-fonts-ttf/package.json').replace(/package\.json$/, '')}ttf/`;

export interface SignatureStamp {
  readonly signerName: string;
  readonly signerIin: string | null;
  readonly signedAt: string;
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

function wrap(text: string, font: PDFFont, sizePt: number, widthPt: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/)) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, sizePt) > widthPt && line) {
        lines.push(line);
        line = word;
      } else line = candidate;
    }
    lines.push(line);
  }
  return lines;
}

/**
 * Prints a result document on A4: provider, title, number and date, body and fields in Kazakh and Russian (the
 * languages of the regulations' forms), the signature stamp, the legal note, and a QR code to the public check.
 */
export async function renderResultPdf(document: ResultDocument, stamp: SignatureStamp | null, verifyUrl: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  pdf.setTitle(`${document.title.ru} ${document.number}`);
  pdf.setSubject(document.verificationCode);
  pdf.setProducer('Qyzmet');
  // The SHA-256 of the signed canonical bytes: an uploaded PDF is matched to the stored document by it.
  const contentSha256 = createHash('sha256').update(canonicalBytes(document)).digest('hex');
  pdf.setKeywords([`${PDF_CODE_KEYWORD}${document.verificationCode}`, `${PDF_HASH_KEYWORD}${contentSha256}`]);
  // Fixed dates keep the bytes of the same document the same.
  pdf.setCreationDate(new Date(`${document.date}T00:00:00Z`));
  pdf.setModificationDate(new Date(`${document.date}T00:00:00Z`));
  const regular = await pdf.embedFont(await readFile(`${FONT_DIR}DejaVuSans.ttf`), { subset: true });
  const bold = await pdf.embedFont(await readFile(`${FONT_DIR}DejaVuSans-Bold.ttf`), { subset: true });
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
  if (stamp) {
    write(`${DOCUMENT_LABELS.signedBy.kk} / ${DOCUMENT_LABELS.signedBy.ru}: ${stamp.signerName}${stamp.signerIin ? ` (${DOCUMENT_LABELS.iin.ru} ${stamp.signerIin})` : ''}`, { font: bold });
    write(`${stamp.signedAt} · S/N ${stamp.certificateSerialHex}`, { gapPt: 10 });
  }
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
