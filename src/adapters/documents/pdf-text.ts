import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import type { PDFFont } from 'pdf-lib';

const require = createRequire(import.meta.url);
/** DejaVu Sans covers Kazakh Cyrillic (ә ғ қ ң ө ұ ү һ і); the PDF standard fonts do not. */
const FONT_DIR = `${require.resolve('dejavu-fonts-ttf/package.json').replace(/package\.json$/, '')}ttf/`;

const fontBytes = new Map<string, Promise<Buffer>>();

/** A DejaVu font file's bytes, read once per process. */
export function dejaVuFont(file: 'DejaVuSans.ttf' | 'DejaVuSans-Bold.ttf'): Promise<Buffer> {
  let bytes = fontBytes.get(file);
  if (!bytes) fontBytes.set(file, (bytes = readFile(`${FONT_DIR}${file}`)));
  return bytes;
}

/**
 * Shaping features for `embedFont`: the glyph-positioning ones are switched off. pdf-lib writes glyph ids and
 * advance widths only and never uses fontkit's positions, so kerning and mark placement were computed and thrown away
 * on every measured and drawn line (a quarter of a result PDF's CPU); the file is byte for byte the same without them.
 */
export const GLYPHS_ONLY: Readonly<Record<string, boolean>> = { kern: false, mark: false, mkmk: false, curs: false };

/** Advance width of each word at 1 pt, per font name: a document's lines are mostly the same words as the last one's. */
const wordWidthsPt = new Map<string, Map<string, number>>();
const WORD_MEMO_LIMIT = 20_000;

/**
 * A word's width at `sizePt`. pdf-lib measures a text as the sum of its glyphs' advance widths (kerning is not in
 * them), and no ligature spans a space, so a line's width is exactly the sum of its words' and spaces' widths.
 */
function wordWidthPt(font: PDFFont, word: string, sizePt: number): number {
  let widths = wordWidthsPt.get(font.name);
  if (!widths) wordWidthsPt.set(font.name, (widths = new Map()));
  let width = widths.get(word);
  if (width === undefined) {
    width = font.widthOfTextAtSize(word, 1);
    if (widths.size >= WORD_MEMO_LIMIT) widths.clear(); // bounded: names and numbers differ from case to case
    widths.set(word, width);
  }
  return width * sizePt;
}

/** Breaks a text into lines no wider than `widthPt` at word boundaries (a word wider than the line stays whole). */
export function wrap(text: string, font: PDFFont, sizePt: number, widthPt: number): string[] {
  const spacePt = wordWidthPt(font, ' ', sizePt);
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let linePt = 0;
    for (const word of paragraph.split(/\s+/)) {
      const wordPt = wordWidthPt(font, word, sizePt);
      const candidatePt = line ? linePt + spacePt + wordPt : wordPt;
      if (candidatePt > widthPt && line) {
        lines.push(line);
        line = word;
        linePt = wordPt;
      } else {
        line = line ? `${line} ${word}` : word;
        linePt = candidatePt;
      }
    }
    lines.push(line);
  }
  return lines;
}
