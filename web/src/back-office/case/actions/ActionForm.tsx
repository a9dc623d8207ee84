import type { FormEvent, ReactNode } from 'react';
import { useI18n } from '../../../i18n/I18nProvider.tsx';

/**
 * A step action's form: the action's controls, then its submit button, which waits (and says so) while the command
 * is on its way. `onSubmit` runs instead of the browser's own submission.
 */
export function ActionForm({
  submitting,
  submitLabel,
  onSubmit,
  className,
  noValidate,
  children,
}: {
  readonly submitting: boolean;
  readonly submitLabel: string;
  readonly onSubmit: () => void;
  readonly className?: string;
  /** The action checks its own fields and shows the errors beside them. */
  readonly noValidate?: boolean;
  readonly children?: ReactNode;
}) {
  const { t } = useI18n();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form className={className} onSubmit={submit} noValidate={noValidate}>
      {children}
      <button type="submit" disabled={submitting}>
        {submitting ? t('action.submitting') : submitLabel}
      </button>
    </form>
  );
}
