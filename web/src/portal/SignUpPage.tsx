import { useRef, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link } from '../router/Link.tsx';
import { EdsSigner } from '../signing/index.ts';
import { Field } from '../ui/Field.tsx';
import { ErrorAlert, Notice } from '../ui/messages.tsx';
import { Page } from '../ui/Page.tsx';
import { unwrap } from '../api/client.ts';
import { portalApi, type CitizenSession } from './portal-api.ts';

type Text = Readonly<Record<'kk' | 'ru' | 'en', string>>;

/**
 * Sign-up with proof of identity (issue #13): a one-time code sent to the contact the persons database holds for the
 * IIN, or the EDS authentication key (the IIN comes from its certificate). The same page resets a forgotten password.
 */
export function SignUpPage({ onSignedIn }: { readonly onSignedIn: (session: CitizenSession) => void }) {
  const { t, language } = useI18n();
  const [iin, setIin] = useState('');
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [codeSent, setCodeSent] = useState<Text | null>(null);
  const [nonce, setNonce] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(e);
      setTimeout(() => errorRef.current?.focus(), 0);
    } finally {
      setBusy(false);
    }
  };
  const requestCode = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => setCodeSent((await unwrap(portalApi.POST('/api/portal/sign-up/code', { body: { iin: iin.trim() } }))).message));
  };
  const signUpWithCode = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => onSignedIn(await unwrap(portalApi.POST('/api/portal/sign-up', { body: { iin: iin.trim(), code: code.trim(), password } }))));
  };
  const startEds = () => void run(async () => setNonce((await unwrap(portalApi.POST('/api/portal/eds-challenge'))).nonce));

  const passwordField = (
    <Field label={t('portal.field.password')} hint={t('portal.signUp.passwordHint')} required>
      {(ids) => <input id={ids.inputId} aria-describedby={ids.describedBy} type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />}
    </Field>
  );

  return (
    <Page title={t('portal.signUp.title')}>
      <p>{t('identity.signUp.intro')}</p>
      <ErrorAlert ref={errorRef} error={error} />
      <section aria-labelledby="sign-up-code-heading" className="portal-section">
        <h2 id="sign-up-code-heading">{t('identity.signUp.codeHeading')}</h2>
        <form className="form portal-form" onSubmit={codeSent ? signUpWithCode : requestCode} noValidate>
          <Field label={t('portal.field.iin')} required>
            {(ids) => <input id={ids.inputId} aria-describedby={ids.describedBy} inputMode="numeric" autoComplete="username" value={iin} onChange={(e) => setIin(e.target.value)} />}
          </Field>
          {codeSent ? (
            <>
              <Notice text={codeSent[language]} tone="info" />
              <Field label={t('identity.signUp.code')} required>
                {(ids) => <input id={ids.inputId} aria-describedby={ids.describedBy} inputMode="numeric" autoComplete="one-time-code" value={code} onChange={(e) => setCode(e.target.value)} />}
              </Field>
              {passwordField}
              <button type="submit" disabled={busy}>
                {t('identity.signUp.codeSubmit')}
              </button>
            </>
          ) : (
            <button type="submit" disabled={busy}>
              {t('identity.signUp.requestCode')}
            </button>
          )}
        </form>
      </section>
      <section aria-labelledby="sign-up-eds-heading" className="portal-section">
        <h2 id="sign-up-eds-heading">{t('identity.signUp.edsHeading')}</h2>
        <p>{t('identity.signUp.edsIntro')}</p>
        {nonce ? (
          <>
            <div className="form portal-form">{passwordField}</div>
            <EdsSigner
              bytes={new TextEncoder().encode(nonce)}
              purpose="authentication"
              busy={busy}
              submitLabel={t('identity.signUp.edsSubmit')}
              onSigned={({ cmsBase64 }) =>
                void run(async () => {
                  try {
                    onSignedIn(await unwrap(portalApi.POST('/api/portal/eds-sign-up', { body: { nonce, signature: cmsBase64, password } })));
                  } catch (e) {
                    setNonce(null); // a challenge is spent by any answer: start again
                    throw e;
                  }
                })
              }
            />
          </>
        ) : (
          <button type="button" className="button-secondary" onClick={startEds} disabled={busy}>
            {t('identity.signUp.edsStart')}
          </button>
        )}
      </section>
      <p>
        <Link href="/portal">{t('portal.signUp.toSignIn')}</Link>
      </p>
    </Page>
  );
}
