import { useRef, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { useSession } from '../session/SessionProvider.tsx';
import { ErrorAlert, Notice } from '../ui/messages.tsx';
import { Page } from '../ui/Page.tsx';
import { InputField } from './InputField.tsx';

// What browsers and password managers go by: the account name, and the password of that account.
const LOGIN_INPUT = { name: 'username', autoComplete: 'username', autoCapitalize: 'none', spellCheck: false } as const;
const PASSWORD_INPUT = { name: 'password', type: 'password', autoComplete: 'current-password' } as const;

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

  const requiredError = (isMissing: boolean) => (isMissing ? t('receive.fieldRequired') : null);
  const reason = signedOutReason === 'expired' ? t('signIn.sessionExpired') : signedOutReason === 'signedOut' ? t('signIn.signedOut') : null;

  return (
    <Page title={t('signIn.title')}>
      <div className="narrow">
        <Notice text={reason} tone="info" />
        <p>{t('signIn.intro')}</p>
        <ErrorAlert error={error} ref={errorRef} />
        <form onSubmit={submit} noValidate className="stack">
          <InputField label={t('signIn.login')} required error={requiredError(missing.login)} inputRef={loginRef} value={login} onChange={(e) => setLogin(e.target.value)} {...LOGIN_INPUT} />
          <InputField label={t('signIn.password')} required error={requiredError(missing.password)} inputRef={passwordRef} value={password} onChange={(e) => setPassword(e.target.value)} {...PASSWORD_INPUT} />
          <button type="submit" disabled={submitting}>
            {submitting ? t('signIn.submitting') : t('signIn.submit')}
          </button>
        </form>
      </div>
    </Page>
  );
}
