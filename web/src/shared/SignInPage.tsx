import { useRef, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { useSession } from '../session/SessionProvider.tsx';
import { Field } from '../ui/Field.tsx';
import { ErrorAlert, Notice } from '../ui/messages.tsx';
import { Page } from '../ui/Page.tsx';

/** Staff sign-in with login and password (the API returns a bearer token kept for the tab). */
export function SignInPage({ onSignedIn }: { readonly onSignedIn: () => void }) {
  const { t } = useI18n();
  const { signIn, signedOutReason } = useSession();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  const [missing, setMissing] = useState<{ login: boolean; password: boolean }>({ login: false, password: false });
  const errorRef = useRef<HTMLDivElement>(null);
  const loginRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const nowMissing = { login: !login.trim(), password: !password };
    setMissing(nowMissing);
    if (nowMissing.login || nowMissing.password) {
      (nowMissing.login ? loginRef : passwordRef).current?.focus();
      return;
    }
    setSubmitting(true);
    try {
      await signIn(login.trim(), password);
      onSignedIn();
    } catch (failure) {
      setError(failure);
      setSubmitting(false);
      requestAnimationFrame(() => errorRef.current?.focus());
    }
  };

  const reason = signedOutReason === 'expired' ? t('signIn.sessionExpired') : signedOutReason === 'signedOut' ? t('signIn.signedOut') : null;

  return (
    <Page title={t('signIn.title')}>
      <div className="narrow">
        <Notice text={reason} tone="info" />
        <p>{t('signIn.intro')}</p>
        <ErrorAlert error={error} ref={errorRef} />
        <form onSubmit={submit} noValidate className="stack">
          <Field label={t('signIn.login')} required error={missing.login ? t('receive.fieldRequired') : null}>
            {({ inputId, describedBy, invalid }) => (
              <input
                ref={loginRef}
                id={inputId}
                aria-invalid={invalid || undefined}
                name="username"
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                required
                aria-describedby={describedBy}
                value={login}
                onChange={(e) => setLogin(e.target.value)}
              />
            )}
          </Field>
          <Field label={t('signIn.password')} required error={missing.password ? t('receive.fieldRequired') : null}>
            {({ inputId, describedBy, invalid }) => (
              <input
                ref={passwordRef}
                id={inputId}
                aria-invalid={invalid || undefined}
                name="password"
                type="password"
                autoComplete="current-password"
                required
                aria-describedby={describedBy}
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
            )}
          </Field>
          <button type="submit" disabled={submitting}>
            {submitting ? t('signIn.submitting') : t('signIn.submit')}
          </button>
        </form>
      </div>
    </Page>
  );
}
