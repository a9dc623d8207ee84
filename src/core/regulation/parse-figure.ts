/**
 * Reads the figure a regulation's wording states: "не более 20 (двадцати) минут", "2 (екі) сағат ішінде",
 * "5 (бес) жұмыс күні", "один месяц". Used by the citation check to prove an encoded limit equals its quote.
 */

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  // ru (the stems cover the cases the seeds use)
  один: 1, одного: 1, одной: 1, одна: 1, два: 2, двух: 2, две: 2, три: 3, трех: 3, трёх: 3, четыре: 4, четырех: 4,
  пять: 5, пяти: 5, шесть: 6, шести: 6, семь: 7, семи: 7, десять: 10, десяти: 10, пятнадцать: 15, пятнадцати: 15,
  двадцать: 20, двадцати: 20, тридцать: 30, тридцати: 30,
  // Added for the importer (issue #20): the figures an altered or unseen regulation may state.
  одну: 1, четырёх: 4, восемь: 8, восьми: 8, девять: 9, девяти: 9, двенадцать: 12, двенадцати: 12,
  сорок: 40, сорока: 40, шестьдесят: 60, шестидесяти: 60, пятьдесят: 50, пятидесяти: 50,
  // kk
  бір: 1, екі: 2, үш: 3, төрт: 4, бес: 5, алты: 6, жеті: 7, он: 10, жиырма: 20, отыз: 30,
  сегіз: 8, тоғыз: 9, қырық: 40, елу: 50, алпыс: 60,
};

const UNIT_PATTERNS: ReadonlyArray<readonly [string, RegExp]> = [
  ['workingDays', /(рабоч\S*\s+дн|рабоч\S*\s+день|жұмыс\s+күн)/i],
  ['calendarDays', /(календарн\S*\s+дн|күнтізбелік\s+\S*\s*күн|күнтізбелік\s+күн)/i],
  ['months', /(месяц|\bай\b|айға|айдан)/i],
  ['hours', /(час|сағат)/i],
  ['minutes', /(минут)/i],
];

export interface ParsedFigure {
  readonly value: number | null;
  readonly unit: string | null;
}

export function parseFigure(quote: string): ParsedFigure {
  const digits = /(\d+)/.exec(quote);
  let value: number | null = digits ? Number(digits[1]) : null;
  if (value === null) {
    const words = quote.toLowerCase().split(/[^\p{L}]+/u);
    // Compound numbers ("жиырма екі") add up.
    const numbers = words.map((w) => NUMBER_WORDS[w]).filter((n): n is number => n !== undefined);
    value = numbers.length > 0 ? numbers.reduce((a, b) => a + b, 0) : null;
  }
  const unit = UNIT_PATTERNS.find(([, pattern]) => pattern.test(quote))?.[0] ?? null;
  return { value, unit };
}
