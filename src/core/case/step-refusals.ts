import { AppError } from '../errors/app-error.ts';
import { reasonDetails } from '../errors/validation-reasons.ts';
import { labelTables } from '../i18n/label-tables.ts';
import { formatText, LANGUAGES, type Text } from '../i18n/text.ts';
import type { IssueMethod, Regulation } from '../regulation/schema.ts';
import labelData from './step-refusals.labels.json' with { type: 'json' };

/*
 * The engine's own rules for a step's input — the ones no schema states (a signature for each result document, an
 * issue method the route allows, one extension of a limit) — refuse in words, in kk/ru/en, the way a schema's
 * complaint does (issue #17: every refusal in the reader's language, not English only).
 */

/** The kk/ru/en texts of this module are data: step-refusals.labels.json (checked on load by labelTables). */
const labels = labelTables(labelData, 'step-refusals.labels.json');

export type StepRefusal = keyof typeof labelData.refusals;

export const STEP_REFUSALS: Readonly<Record<StepRefusal, Text>> = labels.refusals;

export const ISSUE_METHOD_LABELS: Readonly<Record<IssueMethod, Text>> = labels.issueMethods;

/** What fills a refusal's `{placeholders}`: one value for every language, or a text per language (a result's name). */
export type RefusalValues = Readonly<Record<string, string | number | Text>>;

function filled(text: Text, values: RefusalValues): Text {
  const flat: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(values)) {
    if (typeof value === 'object') for (const language of LANGUAGES) flat[`${key}_${language}`] = value[language];
    else flat[key] = value;
  }
  return formatText(text, flat);
}

/** INVALID_STEP_INPUT for one of the engine's rules: `reason` in English for logs and clients, `reason_kk|ru|en` for the message. */
export function invalidInput(stepId: string, refusal: StepRefusal, values: RefusalValues = {}): AppError {
  const reason = filled(STEP_REFUSALS[refusal], values);
  return new AppError('INVALID_STEP_INPUT', `step ${stepId}: ${reason.en}`, { stepId, ...reasonDetails(reason) });
}

/** A result named as the person knows it (its name in the regulation), or its id where the regulation has none by that id. */
export function resultName(regulation: Pick<Regulation, 'results'>, resultId: string): Text {
  return regulation.results.find((r) => r.id === resultId)?.name ?? { kk: resultId, ru: resultId, en: resultId };
}

/** Several texts joined in each language («a», «b»). */
export function quotedList(texts: readonly Text[]): Text {
  const join = (language: (typeof LANGUAGES)[number]) => texts.map((text) => `«${text[language]}»`).join(', ');
  return { kk: join('kk'), ru: join('ru'), en: join('en') };
}
