/**
 * Finds the time limits a regulation's sentence states, with where they stand in it: "не более 20 (двадцати)
 * минут", "2 (екі) сағат ішінде", "(жиырма минуттан аспайды)" (seed 003), "7 (жеті) жұмыс күн ішінде" (seed 001),
 * "3 жұмыс күні" (seed 002). The value and unit are read by the catalog's own parseFigure, so a draft's figure and the
 * citation check can never disagree on what a quote says.
 */
import { NUMBER_WORDS, parseFigure } from '../regulation/parse-figure.ts';
import type { LimitUnit } from '../regulation/schema.ts';

export interface FoundLimit {
  readonly value: number;
  readonly unit: LimitUnit;
  /** The words stating the figure, exactly as in the text. */
  readonly quote: string;
  /** Where the quote starts and ends in the searched text. */
  readonly start: number;
  readonly end: number;
}

const WORD = Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|');
// A figure: digits, optionally spelled out in brackets ("20 (двадцати)"), or number words ("он бес", "десяти").
const NUMBER = String.raw`(?:\d+(?:[.,]\d+)?(?:\s*\([^()\d]{1,40}\))?|(?:${WORD})(?:\s+(?:${WORD}))?)`;
// The units the catalog knows; a bare "күн"/"дней" (day) is not one of them: it stays unresolved (find-limits users).
const UNIT = String.raw`(?:минут\p{L}*|час(?:а|ов)?(?!\p{L})|сағат\p{L}*|рабоч\p{L}*\s+(?:дн\p{L}*|день)|жұмыс\s+күн\p{L}*|календарн\p{L}*\s+(?:дн\p{L}*|день)|күнтізбелік\s+(?:\p{L}+\s+)?күн\p{L}*|месяц\p{L}*|ай(?:ға|дан|ы)?(?!\p{L}))`;
const LIMIT = new RegExp(String.raw`(?<![\p{L}\d])${NUMBER}\s*${UNIT}`, 'giu');

/** Cheap test before the full pattern: no unit word, no figure. */
const ANY_UNIT = /(?:минут|час|сағат|күн|дн|день|месяц|ай)/iu;

export function findLimits(text: string): FoundLimit[] {
  const found: FoundLimit[] = [];
  if (!ANY_UNIT.test(text)) return found;
  for (const match of text.matchAll(LIMIT)) {
    const quote = match[0];
    const figure = parseFigure(quote);
    if (figure.value === null || figure.unit === null || figure.value <= 0) continue;
    found.push({ value: figure.value, unit: figure.unit as LimitUnit, quote, start: match.index, end: match.index + quote.length });
  }
  return found;
}
