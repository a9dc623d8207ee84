import type { FormField } from '../api/types.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Field } from '../ui/Field.tsx';

/** What the form keeps per field before it becomes the API's formData. */
export type FieldValue = string | boolean | { readonly from: string; readonly to: string };

export function emptyValue(field: FormField): FieldValue {
  if (field.type === 'boolean') return false;
  if (field.type === 'period') return { from: '', to: '' };
  return '';
}

export function isFilled(value: FieldValue | undefined): boolean {
  if (value === undefined) return false;
  if (typeof value === 'boolean') return true;
  if (typeof value === 'string') return value.trim() !== '';
  return value.from !== '' && value.to !== '';
}

/** A form value as the API takes it (the server's ZFormData: text, number, yes/no, a period). */
export type ApiFormValue = string | number | boolean | { from: string; to: string };

/** The API's value for a field: numbers as numbers, text trimmed; undefined leaves an empty optional field out. */
export function toApiValue(field: FormField, value: FieldValue | undefined): ApiFormValue | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (trimmed === '') return undefined;
    return field.type === 'number' ? Number(trimmed.replace(',', '.')) : trimmed;
  }
  return value.from || value.to ? value : undefined;
}

const INPUT_TYPES: Partial<Record<FormField['type'], { type: string; inputMode?: 'numeric' | 'tel' | 'email' | 'decimal'; autoComplete?: string }>> = {
  text: { type: 'text' },
  date: { type: 'date' },
  iin: { type: 'text', inputMode: 'numeric' },
  bin: { type: 'text', inputMode: 'numeric' },
  phone: { type: 'tel', inputMode: 'tel', autoComplete: 'off' },
  email: { type: 'email', inputMode: 'email', autoComplete: 'off' },
  number: { type: 'number', inputMode: 'decimal' },
};

/**
 * One control generated from a regulation's field definition (label and options in the chosen language); the
 * field types are the regulation schema's: text, date, iin, bin, phone, email, select, boolean, number, period.
 */
export function FormFieldInput({
  field,
  value,
  error,
  onChange,
  inputRef,
}: {
  readonly field: FormField;
  readonly value: FieldValue | undefined;
  readonly error: string | null;
  readonly onChange: (value: FieldValue) => void;
  readonly inputRef: (element: HTMLElement | null) => void;
}) {
  const { t, text } = useI18n();
  const label = text(field.label);

  if (field.type === 'boolean') {
    const errorId = `field-${field.id}-error`;
    return (
      <div className={error ? 'field field-checkbox field-invalid' : 'field field-checkbox'}>
        {error ? (
          <p className="field-error" id={errorId}>
            {error}
          </p>
        ) : null}
        <input
          ref={inputRef}
          id={`field-${field.id}`}
          name={field.id}
          type="checkbox"
          checked={value === true}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(e) => onChange(e.target.checked)}
        />
        <label htmlFor={`field-${field.id}`}>
          {label}
          {field.required ? <span className="required-mark"> ({t('common.required')})</span> : null}
        </label>
      </div>
    );
  }

  if (field.type === 'period') {
    const period = typeof value === 'object' ? value : { from: '', to: '' };
    return (
      <fieldset className={error ? 'field field-invalid' : 'field'}>
        <legend>
          {label}
          {field.required ? <span className="required-mark"> ({t('common.required')})</span> : null}
        </legend>
        {error ? <p className="field-error">{error}</p> : null}
        <div className="inline-fields">
          <label>
            {t('receive.periodFrom')}
            <input ref={inputRef} type="date" name={`${field.id}-from`} value={period.from} onChange={(e) => onChange({ ...period, from: e.target.value })} />
          </label>
          <label>
            {t('receive.periodTo')}
            <input type="date" name={`${field.id}-to`} value={period.to} onChange={(e) => onChange({ ...period, to: e.target.value })} />
          </label>
        </div>
      </fieldset>
    );
  }

  const stringValue = typeof value === 'string' ? value : '';
  return (
    <Field label={label} required={field.required} error={error} hint={field.type === 'iin' || field.type === 'bin' ? t('receive.iinHint') : undefined}>
      {({ inputId, describedBy, invalid }) =>
        field.type === 'select' ? (
          <select
            ref={inputRef}
            id={inputId}
            name={field.id}
            required={field.required}
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy}
            value={stringValue}
            onChange={(e) => onChange(e.target.value)}
          >
            <option value="">{t('receive.choose')}</option>
            {(field.options ?? []).map((option) => (
              <option key={option.id} value={option.id}>
                {text(option.label)}
              </option>
            ))}
          </select>
        ) : (
          <input
            ref={inputRef}
            id={inputId}
            name={field.id}
            type={INPUT_TYPES[field.type]?.type ?? 'text'}
            inputMode={INPUT_TYPES[field.type]?.inputMode}
            autoComplete={INPUT_TYPES[field.type]?.autoComplete}
            min={field.type === 'number' ? 0 : undefined}
            maxLength={field.type === 'iin' || field.type === 'bin' ? 12 : undefined}
            required={field.required}
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy}
            value={stringValue}
            onChange={(e) => onChange(e.target.value)}
          />
        )
      }
    </Field>
  );
}
