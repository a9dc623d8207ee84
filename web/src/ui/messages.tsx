import type { Ref } from 'react';
import { ApiError, NetworkError } from '../api/api-error.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

/** The person-facing text of any error: the API's message in the chosen language, or a catalog fallback. */
export function useErrorText(): (error: unknown) => string {
  const { language, t } = useI18n();
  return (error) => {
    if (error instanceof ApiError) return error.messageIn(language) ?? t('error.unexpected', { status: error.status });
    if (error instanceof NetworkError) return t('error.network');
    return t('error.unexpected', { status: 0 });
  };
}

/** An error announced at once (role=alert); focusable so a failed action can move focus to it. */
export function ErrorAlert({ error, ref }: { readonly error: unknown; readonly ref?: Ref<HTMLDivElement> }) {
  const errorText = useErrorText();
  const { t } = useI18n();
  if (!error) return null;
  return (
    <div ref={ref} className="alert alert-error" role="alert" tabIndex={-1}>
      <strong>{t('error.title')}: </strong>
      {errorText(error)}
    </div>
  );
}

/** A polite announcement (role=status): a step done, a case received, a conflict reloaded. */
export function Notice({ text, tone = 'info', ref }: { readonly text: string | null; readonly tone?: 'success' | 'warning' | 'info'; readonly ref?: Ref<HTMLDivElement> }) {
  return (
    <div ref={ref} className={text ? `alert alert-${tone}` : 'visually-hidden'} role="status" tabIndex={-1}>
      {text}
    </div>
  );
}
