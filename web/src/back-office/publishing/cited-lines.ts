/** A citation found in a draft: where it sits (JSON path) and the line(s) and quote it names. */
export interface DraftCitation {
  readonly path: string;
  readonly line: number;
  readonly endLine: number;
  readonly quote: string;
}

const isCitation = (value: Record<string, unknown>) => typeof value.seed === 'string' && typeof value.line === 'number' && typeof value.quote === 'string';

/** Every `{seed, line, quote}` of a draft, as the catalog's walkSources finds them (src/core/regulation/walk-sources.ts). */
export function citationsOf(value: unknown, path = ''): DraftCitation[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => citationsOf(item, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  if (isCitation(record)) {
    const line = record.line as number;
    return [{ path, line, endLine: typeof record.endLine === 'number' ? record.endLine : line, quote: record.quote as string }];
  }
  return Object.entries(record).flatMap(([key, child]) => citationsOf(child, path ? `${path}.${key}` : key));
}

/** The quotes cited on each line (a quote spanning lines marks each of them whole). */
export function quotesByLine(citations: readonly DraftCitation[]): Map<number, { quotes: string[]; whole: boolean }> {
  const byLine = new Map<number, { quotes: string[]; whole: boolean }>();
  for (const c of citations) {
    for (let line = c.line; line <= c.endLine; line += 1) {
      const entry = byLine.get(line) ?? { quotes: [], whole: false };
      if (c.endLine === c.line) entry.quotes.push(c.quote);
      else entry.whole = true;
      byLine.set(line, entry);
    }
  }
  return byLine;
}

/** A line cut into plain and highlighted pieces; a quote not found verbatim (spacing) highlights the whole line. */
export function highlightPieces(text: string, quotes: readonly string[], whole: boolean): Array<{ text: string; marked: boolean }> {
  if (whole) return [{ text, marked: true }];
  const ranges: Array<[number, number]> = [];
  for (const quote of quotes) {
    const at = text.indexOf(quote);
    if (at < 0) return [{ text, marked: true }];
    ranges.push([at, at + quote.length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const pieces: Array<{ text: string; marked: boolean }> = [];
  let cursor = 0;
  for (const [start, end] of ranges) {
    if (end <= cursor) continue;
    const from = Math.max(start, cursor);
    if (from > cursor) pieces.push({ text: text.slice(cursor, from), marked: false });
    pieces.push({ text: text.slice(from, end), marked: true });
    cursor = end;
  }
  if (cursor < text.length) pieces.push({ text: text.slice(cursor), marked: false });
  return pieces;
}
