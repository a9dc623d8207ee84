import type { Text } from '../i18n/text.ts';
import { fieldLabel } from '../i18n/field-labels.ts';
import { AppError } from './app-error.ts';

/** One problem with a request field as a schema validator reports it (Zod's issue code and its parameters). */
export interface FieldProblem {
  readonly code: string;
  readonly params?: Readonly<Record<string, unknown>>;
  readonly message?: string;
}

const t = (kk: string, ru: string, en: string): Text => ({ kk, ru, en });

/** What is wrong, in words, in the three languages. */
/** The same words for every language but the date or value they name, for refusals that quote one. */
export const DATE_REASONS = {
  /** A period whose end comes before its start. */
  periodInOrder: t('кезеңнің басынан ерте болмауы керек', 'не раньше начала периода', 'must not be before the start of the period'),
  notAfter: (date: string): Text => t(`${date} күнінен кеш болмауы керек`, `должно быть не позже ${date}`, `must not be after ${date}`),
  notBefore: (date: string): Text => t(`${date} күнінен ерте болмауы керек`, `должно быть не раньше ${date}`, `must not be before ${date}`),
} as const;

export function reasonText(problem: FieldProblem): Text {
  const p = problem.params ?? {};
  const origin = typeof p.origin === 'string' ? p.origin : '';
  switch (problem.code) {
    case 'too_small': {
      const n = Number(p.minimum);
      if (origin === 'string') return n <= 1 ? t('бос болмауы керек', 'не должно быть пустым', 'must not be empty') : t(`кемінде ${n} таңба`, `не короче ${n} символов`, `at least ${n} characters`);
      if (origin === 'array' || origin === 'set') return t(`кемінде ${n} элемент`, `не меньше ${n} элементов`, `at least ${n} items`);
      return t(`кемінде ${n}`, `не меньше ${n}`, `at least ${n}`);
    }
    case 'too_big': {
      const n = Number(p.maximum);
      if (origin === 'string') return t(`${n} таңбадан аспауы керек`, `не длиннее ${n} символов`, `at most ${n} characters`);
      if (origin === 'array' || origin === 'set') return t(`${n} элементтен аспауы керек`, `не больше ${n} элементов`, `at most ${n} items`);
      return t(`${n}-ден аспауы керек`, `не больше ${n}`, `at most ${n}`);
    }
    case 'invalid_type':
      return /received undefined/.test(problem.message ?? '')
        ? t('толтырылуы керек', 'обязательно для заполнения', 'is required')
        : t(`түрі дұрыс емес (${String(p.expected ?? '?')} керек)`, `неверный тип (нужно ${String(p.expected ?? '?')})`, `wrong type (${String(p.expected ?? '?')} expected)`);
    case 'invalid_format':
      if (p.format === 'uuid') return t('UUID сәйкестендіргіші болуы керек', 'должно быть идентификатором UUID', 'must be a UUID');
      if (p.format === 'date') return t('ЖЖЖЖ-АА-КК күні болуы керек', 'должно быть датой ГГГГ-ММ-ДД', 'must be a date YYYY-MM-DD');
      if (p.format === 'datetime') return t('ISO 8601 уақыты болуы керек', 'должно быть временем ISO 8601', 'must be an ISO 8601 time');
      return t('пішімі дұрыс емес', 'неверный формат', 'wrong format');
    case 'invalid_value':
    case 'invalid_enum_value': {
      const values = Array.isArray(p.values) ? p.values.map(String).join(', ') : '';
      return t(`мына мәндердің бірі болуы керек: ${values}`, `должно быть одним из: ${values}`, `must be one of: ${values}`);
    }
    case 'unrecognized_keys': {
      const keys = Array.isArray(p.keys) ? p.keys.map(String).join(', ') : '';
      return t(`белгісіз өрістер: ${keys}`, `неизвестные поля: ${keys}`, `unknown fields: ${keys}`);
    }
    case 'invalid_union':
      return t('мәні рұқсат етілген нұсқалардың ешқайсысына сәйкес емес', 'значение не подходит ни под один допустимый вариант', 'matches none of the allowed forms');
    case 'not_text':
      return t('нөлдік байт немесе жұпсыз суррогат болмауы керек', 'не должно содержать нулевых байтов и непарных суррогатов', 'must not contain null bytes or lone surrogates');
    case 'too_deep':
      return t(`${String(p.maximum)} деңгейден терең болмауы керек`, `вложенность не глубже ${String(p.maximum)} уровней`, `nested at most ${String(p.maximum)} levels deep`);
    case 'custom': {
      // A rule a schema states in words of its own (`refine(…, { params: { reason } })`), e.g. a period in order.
      const given = (p.params as { reason?: Text } | undefined)?.reason;
      if (given) return given;
      return t('мәні дұрыс емес', 'неверное значение', 'invalid value');
    }
    case 'malformed':
      return t('JSON дұрыс емес', 'некорректный JSON', 'malformed JSON');
    default:
      return t('мәні дұрыс емес', 'неверное значение', 'invalid value');
  }
}

/**
 * VALIDATION_FAILED naming the field in words: `field` keeps the machine path (`body.iin`), `field_kk|ru|en` and
 * `reason_kk|ru|en` fill the message in each language (formatText takes `{field}` from `field_<lang>` first).
 */
export function fieldValidationError(path: string, problem: FieldProblem, logMessage?: string): AppError {
  return fieldRefusal(path, reasonText(problem), logMessage ?? `invalid ${path}: ${problem.message ?? problem.code}`);
}

/** VALIDATION_FAILED for a rule no schema states (a date after today, an unknown upload): the reason given in words. */
export function fieldRefusal(path: string, reason: Text, logMessage: string, label: Text = fieldLabel(path)): AppError {
  return new AppError('VALIDATION_FAILED', logMessage, {
    field: path,
    reason: reason.en,
    field_kk: label.kk,
    field_ru: label.ru,
    field_en: label.en,
    reason_kk: reason.kk,
    reason_ru: reason.ru,
    reason_en: reason.en,
  });
}

/** A reason as error details: `reason` (English, for clients that read one) and `reason_kk|ru|en` for the message. */
export function reasonDetails(reason: Text): Record<string, string> {
  return { reason: reason.en, reason_kk: reason.kk, reason_ru: reason.ru, reason_en: reason.en };
}

/** A schema's first complaint about some data, as «field label»: what is wrong, in words (Zod's issue, v4 shape). */
export function issueReason(issue: { readonly code: string; readonly path: readonly PropertyKey[]; readonly message: string } | undefined): Text {
  if (!issue) return reasonText({ code: 'invalid' });
  const reason = reasonText({ code: issue.code, params: issue as unknown as Record<string, unknown>, message: issue.message });
  const path = issue.path.map(String).join('.');
  if (!path) return reason;
  const label = fieldLabel(path);
  return { kk: `${label.kk}: ${reason.kk}`, ru: `${label.ru}: ${reason.ru}`, en: `${label.en}: ${reason.en}` };
}
