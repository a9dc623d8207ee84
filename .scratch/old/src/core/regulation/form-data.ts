import { checkBin, checkIin } from '../identity/iin.ts';
import type { Regulation } from './schema.ts';

export interface FormDataIssue {
  readonly field: string;
  readonly reason: string;
}

type FormField = Regulation['formFields'][number];

function fieldIssue(field: FormField, value: unknown): string | null {
  switch (field.type) {
    case 'text':
      return typeof value === 'string' && value.trim() !== '' ? null : 'must be text';
    case 'phone':
      return typeof value === 'string' && /^\+?\d[\d\s()-]{6,19}$/.test(value) ? null : 'must be a phone number';
    case 'email':
      return typeof value === 'string' && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value) ? null : 'must be an e-mail address';
    case 'iin':
      return typeof value === 'string' && checkIin(value).valid ? null : 'must be a valid IIN';
    case 'bin':
      return typeof value === 'string' && checkBin(value).valid ? null : 'must be a valid BIN';
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))
        ? null
        : 'must be a date YYYY-MM-DD';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? null : 'must be a non-negative number';
    case 'boolean':
      return typeof value === 'boolean' ? null : 'must be true or false';
    case 'select':
      return typeof value === 'string' && (field.options ?? []).some((o) => o.id === value)
        ? null
        : `must be one of ${(field.options ?? []).map((o) => o.id).join(', ')}`;
    case 'period': {
      const period = value as { from?: unknown; to?: unknown } | null;
      const ok =
        typeof period === 'object' &&
        period !== null &&
        typeof period.from === 'string' &&
        typeof period.to === 'string' &&
        period.from <= period.to;
      return ok ? null : 'must be a period {from, to} with from not after to';
    }
  }
}

/** Checks an application's form data against the regulation's field definitions. */
export function checkFormData(regulation: Regulation, data: Readonly<Record<string, unknown>>): FormDataIssue[] {
  const issues: FormDataIssue[] = [];
  const known = new Set(regulation.formFields.map((f) => f.id));
  for (const key of Object.keys(data)) {
    if (!known.has(key)) issues.push({ field: key, reason: 'is not a field of this service' });
  }
  for (const field of regulation.formFields) {
    const value = data[field.id];
    if (value === undefined || value === null || value === '') {
      if (field.required) issues.push({ field: field.id, reason: 'is required' });
      continue;
    }
    const reason = fieldIssue(field, value);
    if (reason) issues.push({ field: field.id, reason });
  }
  return issues;
}
