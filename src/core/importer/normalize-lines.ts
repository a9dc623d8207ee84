/**
 * Turns a regulation text as published (often taken from a PDF: sentences broken over lines, words hyphenated at a
 * line end, page numbers and running headers in the middle of a sentence) into paragraphs, while keeping for every
 * character the physical line it came from — citations name the line of the imported file, 1-based.
 */

/** One physical line's share of a paragraph: its text occupies `start`..`end` of the paragraph's text. */
export interface ParagraphPiece {
  readonly line: number;
  readonly start: number;
  readonly end: number;
}

export interface Paragraph {
  readonly text: string;
  readonly pieces: readonly ParagraphPiece[];
  /** The first physical line. */
  readonly line: number;
}

/** A line dropped as page debris: kept so the importer can list it, never silently. */
export interface DebrisLine {
  readonly line: number;
  readonly text: string;
}

export interface NormalizedText {
  readonly paragraphs: readonly Paragraph[];
  readonly debris: readonly DebrisLine[];
  /** The physical lines, index 0 = line 1. */
  readonly lines: readonly string[];
}

/** "1)", "- 2)", "12." at the start of a line: a new item or clause always starts a paragraph. */
const ITEM_START = /^(?:[-–•]\s*)?\d{1,3}\)\s*|^(?:#+\s*\**\s*)?\d{1,3}\.\s+\S/;
/** A sentence is closed when the line ends with one of these (then a blank line ends the paragraph). */
const CLOSED_END = /[.;:!?]["»”*]*\s*$/;
const CONTINUATION_START = /^[\p{Ll}(),\-–]/u;

const PAGE_NUMBER = /^[-–]?\s*\d{1,4}\s*[-–]?$/;
const PAGE_LABEL = /^(?:стр\.?|страница|бет|page)\s*\d+(?:\s*(?:из|of|\/)\s*\d+)?$/i;

/** A line that repeats elsewhere in the file (a running header) or a page number: debris when it cuts a sentence. */
function isDebrisCandidate(text: string, previous: string, repeated: ReadonlySet<string>): boolean {
  const t = text.trim();
  if (t.length === 0) return false;
  if (PAGE_NUMBER.test(t) || PAGE_LABEL.test(t)) return true;
  // A running header starts with a capital or a digit and cuts running text (a long line), not a block of short
  // header lines such as "Приложение 1 / к постановлению акимата / Жамбылской области" (seed 000 lines 515-518).
  return !t.includes('\t') && repeated.has(t) && t.length <= 120 && !ITEM_START.test(t) && !/^\p{Ll}/u.test(t) && previous.trim().length >= 50;
}

function repeatedLines(lines: readonly string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const raw of lines) {
    const t = raw.trim();
    if (t.length > 0) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 2).map(([t]) => t));
}

function nextNonBlank(lines: readonly string[], from: number): number {
  let i = from;
  while (i < lines.length && (lines[i] ?? '').trim().length === 0) i++;
  return i;
}

/** How many blank lines a sentence may run across (seed 003 lines 451-455: "(жиырма" … "минуттан аспайды)"). */
const MAX_BLANK_GAP = 4;

export function normalizeLines(text: string): NormalizedText {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const repeated = repeatedLines(lines);
  const paragraphs: Paragraph[] = [];
  const debris: DebrisLine[] = [];
  let current: { text: string; pieces: ParagraphPiece[] } | null = null;
  let blankRun = 0;
  let previousLine = '';

  const flush = () => {
    if (current && current.text.length > 0) paragraphs.push({ text: current.text, pieces: current.pieces, line: current.pieces[0]?.line ?? 0 });
    current = null;
  };

  for (let i = 0; i < lines.length; i++) {
    const raw = (lines[i] ?? '').replace(/\u00a0/g, ' ');
    const t = raw.trim();
    if (t.length === 0) {
      blankRun++;
      continue;
    }
    const open: { text: string; pieces: ParagraphPiece[] } | null = current;
    const isOpen = open !== null && !CLOSED_END.test(open.text);
    // Page debris: a page number anywhere, or a repeated header line that cuts an open sentence.
    if (PAGE_NUMBER.test(t) || PAGE_LABEL.test(t) || (isOpen && isDebrisCandidate(t, previousLine, repeated) && CONTINUATION_START.test((lines[nextNonBlank(lines, i + 1)] ?? '').trim()))) {
      debris.push({ line: i + 1, text: t });
      continue;
    }
    previousLine = t;
    const continues = open !== null && isOpen && !ITEM_START.test(t) && (blankRun === 0 || (blankRun <= MAX_BLANK_GAP && CONTINUATION_START.test(t)));
    blankRun = 0;
    if (continues && open) {
      // A word hyphenated at the line end ("процедур-" / "ы") joins without the hyphen; anything else with a space.
      const hyphenated = /\p{L}[-‐]$/u.test(open.text) && /^\p{Ll}/u.test(t) && !/^(?:\p{Ll}+)[-‐]/u.test(t);
      const joined = hyphenated ? open.text.slice(0, -1) : `${open.text} `;
      open.pieces.push({ line: i + 1, start: joined.length, end: joined.length + t.length });
      open.text = joined + t;
      continue;
    }
    flush();
    current = { text: t, pieces: [{ line: i + 1, start: 0, end: t.length }] };
  }
  flush();
  return { paragraphs, debris, lines };
}

/** The physical lines a span of a paragraph's text covers. */
export function linesOfSpan(paragraph: Paragraph, start: number, end: number): { line: number; endLine?: number } {
  const pieceAt = (offset: number) => paragraph.pieces.find((p) => offset >= p.start && offset < p.end) ?? paragraph.pieces.findLast((p) => p.start <= offset) ?? paragraph.pieces[0];
  const first = pieceAt(start)?.line ?? paragraph.line;
  const last = pieceAt(Math.max(start, end - 1))?.line ?? first;
  return last > first ? { line: first, endLine: last } : { line: first };
}
