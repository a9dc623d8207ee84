import type { Text } from '../i18n/text.ts';

/** The two questions of the satisfaction survey (seed 002 appendix 3: line 408 and line 414), as a person reads them. */
export const SURVEY_QUESTIONS = {
  processAndResult: { kk: 'Процесс және нәтиженің сапасы', ru: 'Процесс и качество результата', en: 'The process and the quality of the result' },
  information: { kk: 'Қызмет көрсету тәртібі туралы ақпарат', ru: 'Информация о порядке оказания услуги', en: 'The information about the procedure' },
} as const satisfies Record<string, Text>;

export type SurveyQuestion = keyof typeof SURVEY_QUESTIONS;

/**
 * The details of SURVEY_ANSWER_MISSING: the unanswered questions named in each language (`questions_kk`, …), so the
 * refusal says which question is left rather than a field path.
 */
export function missingAnswersDetails(missing: readonly SurveyQuestion[]): Record<string, string> {
  const names = (language: 'kk' | 'ru' | 'en') => missing.map((question) => `«${SURVEY_QUESTIONS[question][language]}»`).join(', ');
  return { questions: missing.join(', '), questions_kk: names('kk'), questions_ru: names('ru'), questions_en: names('en') };
}
