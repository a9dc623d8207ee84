import { useId, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';

export interface FieldIds {
  readonly inputId: string;
  readonly describedBy: string | undefined;
  readonly invalid: boolean;
}

/**
 * A labelled control with its hint and error wired by id (aria-describedby, aria-invalid); `children` renders the
 * control with the ids it is given.
 */
export function Field({
  label,
  hint,
  error,
  required = false,
  children,
}: {
  readonly label: string;
  readonly hint?: string | undefined;
  readonly error?: string | null | undefined;
  readonly required?: boolean;
  readonly children: (ids: FieldIds) => ReactNode;
}) {
  const { t } = useI18n();
  const inputId = useId();
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={inputId}>
        {label}
        {required ? <span className="required-mark"> ({t('common.required')})</span> : null}
      </label>
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
      {children({ inputId, describedBy, invalid: Boolean(error) })}
    </div>
  );
}
