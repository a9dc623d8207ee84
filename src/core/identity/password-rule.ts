import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';

/**
 * The password rule (issue #13, finding 4): at least 8 characters and hard to guess by zxcvbn's estimate — common
 * passwords (`password1`, `qwerty123`), keyboard runs, dates, repeats and the person's own IIN or login are refused. The
 * seeds give no rule; zxcvbn score 3 ("safely unguessable: moderate protection from offline slow-hash attack") is ours.
 */
export const MIN_PASSWORD_LENGTH = 8;
export const MIN_PASSWORD_SCORE = 3;

const estimator = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...en.dictionary },
  graphs: common.adjacencyGraphs,
  translations: en.translations,
});

/** The estimator's score 0–4 for the password, counting the person's own identifiers as known words. */
export function passwordScore(password: string, personalWords: readonly string[] = []): number {
  return estimator.check(password, [...personalWords]).score;
}

export function passwordAcceptable(password: string, personalWords: readonly string[] = []): boolean {
  if (password.length < MIN_PASSWORD_LENGTH) return false;
  const lowered = password.toLowerCase();
  if (personalWords.some((word) => word.length >= 4 && lowered.includes(word.toLowerCase()))) return false;
  return passwordScore(password, personalWords) >= MIN_PASSWORD_SCORE;
}
