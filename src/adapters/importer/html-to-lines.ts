/**
 * An act as the public legal database (adilet.zan.kz) serves it — HTML paragraphs, line breaks and tables — reduced
 * to the text lines the importer reads: one line per paragraph, heading, list item or table row (cells separated by
 * tabs, as the PDF extracts keep them, seed 002), nothing from scripts or styles. Parsed by htmlparser2.
 */
import { Parser } from 'htmlparser2';

const BLOCKS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'tr', 'table', 'section', 'article', 'blockquote', 'pre', 'ul', 'ol']);
const SKIPPED = new Set(['script', 'style', 'noscript', 'head']);

export function htmlToText(html: string): string {
  const lines: string[] = [];
  let current = '';
  let skipping = 0;
  const endLine = () => {
    lines.push(current.replace(/[ \t\u00a0]+$/u, ''));
    current = '';
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIPPED.has(name)) skipping++;
        else if (skipping > 0) return;
        else if (name === 'br') endLine();
        else if (BLOCKS.has(name) && current.trim().length > 0) endLine();
      },
      ontext(text) {
        if (skipping > 0) return;
        // Whitespace inside HTML text is layout, not content: runs of it are one space (tabs come from cells only).
        current += text.replace(/[\r\n\t ]+/g, ' ');
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) skipping = Math.max(0, skipping - 1);
        else if (skipping > 0) return;
        else if (name === 'td' || name === 'th') current = `${current.trim()}\t`;
        else if (BLOCKS.has(name)) endLine();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  if (current.length > 0) endLine();
  return lines.map((l) => l.replace(/^ +/u, '')).join('\n');
}
