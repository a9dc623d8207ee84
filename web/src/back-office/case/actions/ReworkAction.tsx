import { useId, useState } from 'react';
import { api, unwrap } from '../../../api/client.ts';
import type { CaseView } from '../../../api/types.ts';
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import { ErrorAlert } from '../../../ui/messages.tsx';

/** Shorter reasons are refused by the server too (core/case/case-engine.ts MIN_REWORK_REASON_CHARS). */
const MIN_REASON_CHARS = 10;

/** The head returns the case to the executor with a reason instead of signing (issue #17). */
export function ReworkAction({ view, onReturned }: { readonly view: CaseView; readonly onReturned: (view: CaseView) => void }) {
  const { t } = useI18n();
  const id = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [invalid, setInvalid] = useState(false);
  const [sending, setSending] = useState(false);
  const open = view.openStep;
  if (!open) return null;

  const send = () => {
    if (reason.trim().length < MIN_REASON_CHARS) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setSending(true);
    setError(null);
    unwrap(api.POST('/api/cases/{caseId}/rework', { params: { path: { caseId: view.id } }, body: { stepId: open.stepId, expectedVersion: view.version, reason } })).then(
      (next) => {
        setSending(false);
        onReturned(next);
      },
      (failure: unknown) => {
        setSending(false);
        setError(failure);
      },
    );
  };

  return (
    <details className="rework">
      <summary>{t('rework.title')}</summary>
      <div className="stack">
        <label htmlFor={`${id}-reason`}>{t('rework.reason')}</label>
        <textarea id={`${id}-reason`} value={reason} rows={3} aria-invalid={invalid} aria-describedby={invalid ? `${id}-hint` : undefined} onChange={(e) => setReason(e.target.value)} data-testid="rework-reason" />
        {invalid ? (
          <p id={`${id}-hint`} className="field-error" role="alert">
            {t('rework.reasonRequired', { count: MIN_REASON_CHARS })}
          </p>
        ) : null}
        <ErrorAlert error={error} />
        <button type="button" onClick={send} disabled={sending} data-testid="rework-send">
          {t('rework.send')}
        </button>
      </div>
    </details>
  );
}
