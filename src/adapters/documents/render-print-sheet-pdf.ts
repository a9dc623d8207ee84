import { createHash } from 'node:crypto';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { PrintMeta, PrintSheet } from '../../core/print/print-sheet.ts';
import { makePdfa } from './pdfa-parts.ts';
import { dejaVuFont, GLYPHS_ONLY, wrap } from './pdf-text.ts';

const PAGE_WIDTH_PT = 595.28; // A4
const PAGE_HEIGHT_PT = 841.89;
const MARGIN_PT = 45;
const BODY_SIZE_PT = 10;
const TABLE_SIZE_PT = 8.5;
const CELL_PADDING_PT = 3;
const INK = rgb(0.1, 0.1, 0.1);

interface Fonts {
  readonly regular: PDFFont;
  readonly bold: PDFFont;
}

/** Lays text top-down on A4 pages, starting a new page when the next line would not fit. */
class Layout {
  page: PDFPage;
  y = PAGE_HEIGHT_PT - MARGIN_PT;
  readonly widthPt = PAGE_WIDTH_PT - 2 * MARGIN_PT;

  constructor(
    private readonly pdf: PDFDocument,
    readonly fonts: Fonts,
  ) {
    this.page = pdf.addPage([PAGE_WIDTH_PT, PAGE_HEIGHT_PT]);
  }

  newPage(): void {
    this.page = this.pdf.addPage([PAGE_WIDTH_PT, PAGE_HEIGHT_PT]);
    this.y = PAGE_HEIGHT_PT - MARGIN_PT;
  }

  ensure(heightPt: number): void {
    if (this.y - heightPt < MARGIN_PT) this.newPage();
  }

  write(text: string, options: { bold?: boolean; sizePt?: number; gapPt?: number } = {}): void {
    const font = options.bold ? this.fonts.bold : this.fonts.regular;
    const sizePt = options.sizePt ?? BODY_SIZE_PT;
    for (const line of wrap(text, font, sizePt, this.widthPt)) {
      this.ensure(sizePt * 1.4);
      this.y -= sizePt * 1.4;
      this.page.drawText(line, { x: MARGIN_PT, y: this.y, size: sizePt, font, color: INK });
    }
    this.y -= options.gapPt ?? 3;
  }

  /** One table row: each cell wrapped within its column, the row as tall as its tallest cell, ruled below. */
  row(cells: readonly string[], widthsPt: readonly number[], bold: boolean): void {
    const font = bold ? this.fonts.bold : this.fonts.regular;
    const lineHeightPt = TABLE_SIZE_PT * 1.3;
    const wrapped = cells.map((cell, i) => wrap(cell, font, TABLE_SIZE_PT, (widthsPt[i] ?? 0) - 2 * CELL_PADDING_PT));
    const heightPt = Math.max(...wrapped.map((lines) => lines.length)) * lineHeightPt + 2 * CELL_PADDING_PT;
    this.ensure(heightPt);
    let x = MARGIN_PT;
    wrapped.forEach((lines, i) => {
      lines.forEach((line, n) => this.page.drawText(line, { x: x + CELL_PADDING_PT, y: this.y - CELL_PADDING_PT - (n + 1) * lineHeightPt + 2, size: TABLE_SIZE_PT, font, color: INK }));
      x += widthsPt[i] ?? 0;
    });
    this.y -= heightPt;
    this.page.drawLine({ start: { x: MARGIN_PT, y: this.y }, end: { x: MARGIN_PT + this.widthPt, y: this.y }, thickness: 0.5, color: rgb(0.5, 0.5, 0.5) });
  }
}

function drawSheet(layout: Layout, sheet: PrintSheet): void {
  for (const line of sheet.header) layout.write(line, { bold: true });
  layout.y -= 10;
  layout.write(sheet.title, { bold: true, sizePt: 14, gapPt: 10 });
  for (const [label, value] of sheet.rows) layout.write(`${label}: ${value}`);
  layout.y -= 8;
  layout.write(sheet.table.caption, { bold: true, gapPt: 4 });
  const widthsPt = sheet.table.columns.map((column) => column.widthShare * layout.widthPt);
  layout.row(
    sheet.table.columns.map((column) => column.label),
    widthsPt,
    true,
  );
  if (sheet.table.rows.length === 0) layout.write(sheet.table.empty);
  for (const cells of sheet.table.rows) layout.row(cells, widthsPt, false);
  layout.y -= 24;
  for (const line of sheet.footer) layout.write(line, { gapPt: 14 });
}

/**
 * Prints sheets on A4 as PDF/A-2b (the same profile as the signed result, render-result-pdf.ts), each sheet from a new
 * page: the receipt of accepted documents and the incoming journal in Kazakh and Russian (issue #17). The bytes depend
 * only on the sheets and the print time, so the same print gives the same file.
 */
export async function renderPrintSheetsPdf(meta: PrintMeta, sheets: readonly PrintSheet[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.registerFontkit(fontkit);
  const content = JSON.stringify(sheets);
  await makePdfa(pdf, {
    title: meta.title,
    subject: meta.title,
    keywords: 'qyzmet-print',
    producer: 'Qyzmet',
    creator: 'Qyzmet',
    createdAt: meta.printedAt,
    documentIdHex: createHash('sha256').update(`${content}:${meta.printedAt.toISOString()}`).digest('hex').slice(0, 32),
  });
  // A subset's name starts with a six-letter tag (ISO 32000-1, 9.6.4); fixed tags keep the bytes reproducible.
  const fonts: Fonts = {
    regular: await pdf.embedFont(await dejaVuFont('DejaVuSans.ttf'), { subset: true, customName: 'QYZMPR+DejaVuSans', features: GLYPHS_ONLY }),
    bold: await pdf.embedFont(await dejaVuFont('DejaVuSans-Bold.ttf'), { subset: true, customName: 'QYZMPB+DejaVuSans-Bold', features: GLYPHS_ONLY }),
  };
  const layout = new Layout(pdf, fonts);
  sheets.forEach((sheet, index) => {
    if (index > 0) layout.newPage();
    drawSheet(layout, sheet);
  });
  return pdf.save({ useObjectStreams: false });
}
