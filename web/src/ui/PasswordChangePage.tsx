import { useRef, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Field } from './Field.tsx';
import { ErrorAlert, Notice } from './messages.tsx';
import { Page } from './Page.tsx';

/**
 * Changing one's own password (issue #13): staff in every staff area and citizens on the portal. The current password
 * is required; the server applies the password rule and ends the person's other sessions.
 */
export function PasswordChangePage({ submit }: { readonly submit: (currentPassword: string, newPassword: string) => Promise<void> }) {
  const { t } = useI18n();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setDone(false);
    try {
      await submit(currentPassword, newPassword);
      setDone(true);
      setCurrentPassword('');
      setNewPassword('');
      requestAnimationFrame(() => doneRef.current?.focus());
    } catch (failure) {
      setError(failure);
      requestAnimationFrame(() => errorRef.current?.focus());
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={t('identity.password.title')}>
      <div className="narrow">
        <Notice ref={doneRef} text={done ? t('identity.password.changed') : null} tone="success" />
        <ErrorAlert ref={errorRef} error={error} />
        <form onSubmit={onSubmit} noValidate className="stack">
          <Field label={t('identity.password.current')} required>
            {({ inputId, describedBy }) => (
              <input id={inputId} aria-describedby={describedBy} type="password" autoComplete="current-password" required value={currentPassword} onChange={(e) => setCurrentPassword(e.target.value)} />
            )}
          </Field>
          <Field label={t('identity.password.new')} hint={t('identity.password.newHint')} required>
            {({ inputId, describedBy }) => (
              <input id={inputId} aria-describedby={describedBy} type="password" autoComplete="new-password" required value={newPassword} onChange={(e) => setNewPassword(e.target.value)} />
            )}
          </Field>
          <button type="submit" disabled={busy}>
            {t('identity.password.submit')}
          </button>
        </form>
      </div>
    </Page>
  );
}
