import { useRef, useState, type FormEvent } from 'react';
import { unwrap } from '../api/client.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link } from '../router/Link.tsx';
import { EdsSigner } from '../signing/index.ts';
import { Field } from '../ui/Field.tsx';
import { ErrorAlert } from '../ui/messages.tsx';
import { Page } from '../ui/Page.tsx';
import { portalApi, type CitizenSession } from './portal-api.ts';

/** The citizen signs in with IIN and password, or with the EDS authentication key over a one-time challenge. */
export function PortalSignInPage({ onSignedIn }: { readonly onSignedIn: (session: CitizenSession) => void }) {
  const { t } = useI18n();
  const [iin, setIin] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [nonce, setNonce] = useState<string | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);

  const fail = (e: unknown) => {
    setError(e);
    setBusy(false);
    setTimeout(() => errorRef.current?.focus(), 0);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await unwrap(portalApi.POST('/api/portal/sign-in', { body: { iin: iin.trim(), password } })));
    } catch (e) {
      fail(e);
    }
  };
  const startEds = async () => {
    setError(null);
    try {
      setNonce((await unwrap(portalApi.POST('/api/portal/eds-challenge'))).nonce);
    } catch (e) {
      fail(e);
    }
  };
  return (
    <Page title={t('portal.signIn.title')}>
      <ErrorAlert ref={errorRef} error={error} />
      <form className="form portal-form" onSubmit={submit} noValidate>
        <Field label={t('portal.field.iin')} required>
          {(ids) => <input id={ids.inputId} aria-describedby={ids.describedBy} inputMode="numeric" autoComplete="username" value={iin} onChange={(e) => setIin(e.target.value)} />}
        </Field>
        <Field label={t('portal.field.password')} required>
          {(ids) => <input id={ids.inputId} aria-describedby={ids.describedBy} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />}
        </Field>
        <button type="submit" disabled={busy}>
          {t('portal.signIn.submit')}
        </button>
      </form>
      <section aria-labelledby="portal-eds-heading" className="portal-section">
        <h2 id="portal-eds-heading">{t('portal.signIn.edsHeading')}</h2>
        {nonce ? (
          <EdsSigner
            bytes={new TextEncoder().encode(nonce)}
            purpose="authentication"
            submitLabel={t('portal.signIn.edsSubmit')}
            onSigned={({ cmsBase64 }) => {
              void unwrap(portalApi.POST('/api/portal/eds-sign-in', { body: { nonce, signature: cmsBase64 } })).then(onSignedIn, (e: unknown) => {
                setNonce(null);
                fail(e);
              });
            }}
          />
        ) : (
          <button type="button" className="button-secondary" onClick={() => void startEds()}>
            {t('portal.signIn.edsStart')}
          </button>
        )}
      </section>
      <p>
        <Link href="/portal/sign-up">{t('portal.signIn.toSignUp')}</Link>
      </p>
    </Page>
  );
}
