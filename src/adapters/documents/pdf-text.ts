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

/** Breaks a text into lines no wider than `widthPt` at word boundaries (a word wider than the line stays whole). */
export function wrap(text: string, font: PDFFont, sizePt: number, widthPt: number): string[] {
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
