import type { Text } from '../i18n/text.ts';
import { checkBin, checkIin } from '../identity/iin.ts';
import type { Regulation } from './schema.ts';

/** One problem with an application's form data, named by the regulation's own label of the field. */
export interface FormDataIssue {
  readonly field: string;
  /** The field's label as the regulation gives it (the form shows the same words). */
  readonly label: Text;
  /** What is wrong, in words a person reads. */
  readonly reason: Text;
  /** `missing`: a required field left empty or a required consent not given; `invalid`: a value in the wrong format. */
  readonly kind: 'missing' | 'invalid';
}

type FormField = Pick<Regulation['formFields'][number], 'id' | 'label' | 'type' | 'required' | 'options'>;

/** What the check needs of a regulation: its fields (the browser passes the catalog's copy, web/src/portal). */
export interface CheckedFields {
  readonly formFields: readonly FormField[];
}

const t = (kk: string, ru: string, en: string): Text => ({ kk, ru, en });

/**
 * A phone number as people write it in Kazakhstan: +7 or 8 and ten digits, spaces, brackets and dashes allowed
 * (+7 701 123 45 67, 8 (701) 123-45-67). The same rule runs in the browser before signing (web/src/shared).
 */
export const PHONE_PATTERN = /^(\+7|8)[\s(-]*\d{3}[\s)-]*\d{3}[\s-]*\d{2}[\s-]*\d{2}$/;

function fieldIssue(field: FormField, value: unknown): Text | null {
  switch (field.type) {
    case 'text':
      return typeof value === 'string' && value.trim() !== '' ? null : t('мәтін болуы керек', 'должно быть текстом', 'must be text');
    case 'phone':
      return typeof value === 'string' && PHONE_PATTERN.test(value.trim())
        ? null
        : t('телефон нөмірі +7 701 123 45 67 түрінде болуы керек', 'номер телефона должен быть в виде +7 701 123 45 67', 'must be a phone number like +7 701 123 45 67');
    case 'email':
      return typeof value === 'string' && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value) ? null : t('электрондық пошта мекенжайы болуы керек', 'должно быть адресом электронной почты', 'must be an e-mail address');
    case 'iin':
      return typeof value === 'string' && checkIin(value).valid ? null : t('12 цифр және дұрыс бақылау разряды болуы керек', 'нужно 12 цифр с правильным контрольным разрядом', 'must be 12 digits with a correct check digit');
    case 'bin':
      return typeof value === 'string' && checkBin(value).valid ? null : t('дұрыс БСН болуы керек', 'должно быть верным БИН', 'must be a valid BIN');
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))
        ? null
        : t('күн болуы керек', 'должно быть датой', 'must be a date');
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? null : t('теріс емес сан болуы керек', 'должно быть неотрицательным числом', 'must be a non-negative number');
    case 'boolean':
      return typeof value === 'boolean' ? null : t('иә немесе жоқ болуы керек', 'должно быть «да» или «нет»', 'must be yes or no');
    case 'select': {
      const options = field.options ?? [];
      if (typeof value === 'string' && options.some((o) => o.id === value)) return null;
      const list = (language: 'kk' | 'ru' | 'en') => options.map((o) => o.label[language]).join(', ');
      return t(`мына мәндердің бірі болуы керек: ${list('kk')}`, `должно быть одним из: ${list('ru')}`, `must be one of: ${list('en')}`);
    }
    case 'period': {
      const period = value as { from?: unknown; to?: unknown } | null;
      const ok =
        typeof period === 'object' &&
        period !== null &&
        typeof period.from === 'string' &&
        typeof period.to === 'string' &&
        period.from <= period.to;
      return ok ? null : t('кезеңнің басы соңынан кейін болмауы керек', 'начало периода не может быть позже конца', 'the start of the period must not be after its end');
    }
  }
}

const REQUIRED = t('толтырылуы керек', 'обязательно для заполнения', 'is required');
const CONSENT_REQUIRED = t('келісім берілуі керек', 'нужно дать согласие', 'consent must be given');
const UNKNOWN = t('бұл қызметтің өрісі емес', 'не является полем этой услуги', 'is not a field of this service');

/**
 * Checks an application's form data against the regulation's field definitions. A required yes/no field is a consent
 * (e.g. publication on the labour exchange, Zhambyl job seekers): it is given only when it is `true` — `false` is
 * the applicant declining it, which the regulation's route does not allow (issue #17).
 */
export function checkFormData(regulation: CheckedFields, data: Readonly<Record<string, unknown>>): FormDataIssue[] {
  const issues: FormDataIssue[] = [];
  const known = new Set(regulation.formFields.map((f) => f.id));
  for (const key of Object.keys(data)) {
    if (!known.has(key)) issues.push({ field: key, label: t(`«${key}»`, `«${key}»`, `"${key}"`), reason: UNKNOWN, kind: 'invalid' });
  }
  for (const field of regulation.formFields) {
    const value = data[field.id];
    if (value === undefined || value === null || value === '') {
      if (field.required) issues.push({ field: field.id, label: field.label, reason: field.type === 'boolean' ? CONSENT_REQUIRED : REQUIRED, kind: 'missing' });
      continue;
    }
    if (field.type === 'boolean' && field.required && value === false) {
      issues.push({ field: field.id, label: field.label, reason: CONSENT_REQUIRED, kind: 'missing' });
      continue;
    }
    const reason = fieldIssue(field, value);
    if (reason) issues.push({ field: field.id, label: field.label, reason, kind: 'invalid' });
  }
  return issues;
}
