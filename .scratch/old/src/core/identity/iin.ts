/**
 * IIN (ЖСН/ИИН) and BIN (БСН/БИН): 12 digits, the last a mod-11 check digit with a second pass of weights when the
 * first gives 10; a number whose second pass also gives 10 is never issued.
 * Source: ../shared/reference/kz-ecosystem.md §1 (Government decree No. 406 of 22.05.2007, check-digit clause).
 */

const FIRST_PASS_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
const SECOND_PASS_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2] as const;

export type IdNumberProblem = 'format' | 'checkDigit' | 'neverIssued' | 'structure';
export type IdNumberCheck = { readonly valid: true } | { readonly valid: false; readonly problem: IdNumberProblem };

function weightedSumMod11(digits: readonly number[], weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (digits[i] ?? 0) * (weights[i] ?? 0);
  return sum % 11;
}

/** The check digit for the first 11 digits, or null when the number can never be issued. */
export function computeCheckDigit(first11: string): number | null {
  if (!/^\d{11}$/.test(first11)) throw new RangeError('computeCheckDigit needs exactly 11 digits');
  const digits = [...first11].map(Number);
  const firstPass = weightedSumMod11(digits, FIRST_PASS_WEIGHTS);
  if (firstPass !== 10) return firstPass;
  const secondPass = weightedSumMod11(digits, SECOND_PASS_WEIGHTS);
  return secondPass === 10 ? null : secondPass;
}

function checkTwelveDigits(value: string): IdNumberCheck {
  if (!/^\d{12}$/.test(value)) return { valid: false, problem: 'format' };
  const expected = computeCheckDigit(value.slice(0, 11));
  if (expected === null) return { valid: false, problem: 'neverIssued' };
  return expected === Number(value[11]) ? { valid: true } : { valid: false, problem: 'checkDigit' };
}

/**
 * Checks an IIN's format and check digit only. The birth date and century digit are not enforced: since decree
 * No. 853 of 26.08.2013 an IIN's digits need not match the person's data (kz-ecosystem.md §1).
 */
export function checkIin(value: string): IdNumberCheck {
  return checkTwelveDigits(value);
}

export function isValidIin(value: string): boolean {
  return checkIin(value).valid;
}

/** BIN: YYMM, type 4–6, attribute 0–3, serial, check digit (kz-ecosystem.md §1, "BIN structure"). */
export function checkBin(value: string): IdNumberCheck {
  const digits = checkTwelveDigits(value);
  if (!digits.valid) return digits;
  return /^\d{2}(0[1-9]|1[0-2])[4-6][0-3]\d{6}$/.test(value) ? digits : { valid: false, problem: 'structure' };
}

export function isValidBin(value: string): boolean {
  return checkBin(value).valid;
}

/** Completes 11 digits into a valid IIN/BIN, or returns null when that prefix can never be issued. */
export function withCheckDigit(first11: string): string | null {
  const digit = computeCheckDigit(first11);
  return digit === null ? null : `${first11}${digit}`;
}
