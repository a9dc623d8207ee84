import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { api, unwrap } from '../api/client.ts';
import { bytesToBase64 } from '../shared/base64.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { LocalizedText } from '../i18n/languages.ts';
import { navigate } from '../router/router.ts';
import { Link } from '../router/Link.tsx';
import { ApiError } from '../api/api-error.ts';
import { normalizeVerificationCode } from '../../../src/core/documents/verification-code-format.ts';
import { Field } from '../ui/Field.tsx';
import { ErrorAlert } from '../ui/messages.tsx';
import { Page } from '../ui/Page.tsx';
import './verify.css';

const BASE = '/verify';

/** The public answer (GET /api/documents/{code}, POST /api/documents/verify-pdf): no full name, IIN or form fields. */
interface DocumentCheck {
  readonly document: {
    readonly verificationCode: string;
    readonly number: string;
    readonly date: string;
    readonly title: LocalizedText;
    readonly provider: LocalizedText;
    readonly service: LocalizedText;
    readonly applicant: { readonly initials: string; readonly iinLast4: string };
  };
  readonly signature: {
    readonly verified: boolean;
    readonly signerName: string | null;
    readonly signerPosition: LocalizedText | null;
    readonly certificateSerial: string | null;
    readonly signedAt: string;
    readonly certificateStatus: 'good' | 'revoked' | 'invalid' | 'unverified';
  };
  readonly pdfSha256: string | null;
  readonly supersededBy: string | null;
  readonly fileMatches?: true;
}

/** The public check of a result document (/verify, no sign-in): by the code under the QR, or by uploading the PDF. */
export function VerifyApp({ pathname }: { readonly pathname: string }) {
  const typed = decodeURIComponent(pathname.slice(BASE.length + 1));
  // A code typed into the address bar in lower case or with spaces is the same code.
  const code = normalizeVerificationCode(typed) ?? typed;
  return <VerifyPage key={code} code={code} />;
}

function VerifyPage({ code }: { readonly code: string }) {
  const { t } = useI18n();
  const [input, setInput] = useState(code);
  const [invalid, setInvalid] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [check, setCheck] = useState<DocumentCheck | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!normalizeVerificationCode(code)) return;
    let live = true;
    setBusy(true);
    unwrap(api.GET('/api/documents/{code}', { params: { path: { code } } })).then(
      (found) => live && (setCheck(found), setBusy(false)),
      (caught: unknown) => live && (setError(caught), setBusy(false)),
    );
    return () => {
      live = false;
    };
  }, [code]);

  const byCode = (event: FormEvent) => {
    event.preventDefault();
    const value = normalizeVerificationCode(input);
    if (!value) {
      setInvalid(true);
      return;
    }
    navigate(`${BASE}/${value}`);
  };

  const byPdf = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(null);
    setCheck(null);
    try {
      const pdfBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
      setCheck(await unwrap(api.POST('/api/documents/verify-pdf', { body: { pdfBase64 } })));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={t('verify.title')}>
      <p>{t('verify.intro')}</p>
      <div className="stack">
        <form onSubmit={byCode} noValidate className="stack">
          <Field label={t('verify.code')} hint={t('verify.codeHint')} error={invalid ? t('verify.codeInvalid') : null}>
            {({ inputId, describedBy, invalid: isInvalid }) => (
              <input
                id={inputId}
                name="code"
                autoComplete="off"
                spellCheck={false}
                aria-invalid={isInvalid || undefined}
                aria-describedby={describedBy}
                value={input}
                onChange={(e) => {
                  setInput(e.target.value);
                  setInvalid(false);
                }}
              />
            )}
          </Field>
          <button type="submit">{t('verify.checkCode')}</button>
        </form>
        <form onSubmit={(e) => void byPdf(e)} className="stack">
          <Field label={t('verify.pdf')} hint={t('verify.pdfHint')}>
            {({ inputId, describedBy }) => (
              <input id={inputId} type="file" name="pdf" accept="application/pdf,.pdf" aria-describedby={describedBy} onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
            )}
          </Field>
          <button type="submit" disabled={!file || busy}>
            {t('verify.checkPdf')}
          </button>
        </form>
      </div>
      {busy ? <p role="status">{t('verify.checking')}</p> : null}
      <ErrorAlert error={error} />
      <ClaimedCode error={error} />
      {check ? <CheckResult check={check} /> : null}
    </Page>
  );
}

/** After "not ours": the code the file names in its metadata proves nothing, but checking it shows what was issued. */
function ClaimedCode({ error }: { readonly error: unknown }) {
  const { t } = useI18n();
  const claimed = error instanceof ApiError && error.code === 'PDF_NOT_ISSUED_BY_QYZMET' ? error.details.claimedCode : null;
  if (typeof claimed !== 'string' || !normalizeVerificationCode(claimed)) return null;
  return (
    <p>
      {t('verify.result.claimedCode', { code: claimed })} <Link href={`${BASE}/${claimed}`}>{t('verify.result.checkClaimed', { code: claimed })}</Link>
    </p>
  );
}

function CheckResult({ check }: { readonly check: DocumentCheck }) {
  const { t, text, dateTime } = useI18n();
  const { document, signature } = check;
  const status = signature.certificateStatus;
  const genuine = status !== 'invalid';
  return (
    <section className="card stack" aria-labelledby="verify-result" data-testid="verify-result">
      <h2 id="verify-result">{genuine ? t('verify.result.found') : t('verify.result.problem')}</h2>
      {check.fileMatches ? <p className="alert alert-success">{t('verify.result.fileMatches')}</p> : null}
      {check.supersededBy ? <p className="alert alert-warning">{t('verify.result.superseded', { code: check.supersededBy })}</p> : null}
      <dl className="facts">
        <Row term={t('verify.field.title')}>{text(document.title)}</Row>
        <Row term={t('verify.field.number')}>{document.number}</Row>
        <Row term={t('verify.field.date')}>{document.date}</Row>
        <Row term={t('verify.field.provider')}>{text(document.provider)}</Row>
        <Row term={t('verify.field.service')}>{text(document.service)}</Row>
        <Row term={t('verify.field.applicant')} testId="masked-applicant">
          {t('verify.field.applicantMasked', { initials: document.applicant.initials, last4: document.applicant.iinLast4 })}
        </Row>
        <Row term={t('verify.field.signer')}>
          {signature.signerName ?? t('common.empty')}
          {signature.signerPosition ? `, ${text(signature.signerPosition)}` : ''}
        </Row>
        <Row term={t('verify.field.signedAt')}>{dateTime(signature.signedAt)}</Row>
        <Row term={t('verify.field.certificate')} testId="certificate-status">
          {t(`verify.certificate.${status}`)}
        </Row>
        {check.pdfSha256 ? (
          <Row term={t('verify.field.pdfSha256')}>
            <code className="hash">{check.pdfSha256}</code>
          </Row>
        ) : null}
      </dl>
      <p className="hint">{t('verify.privacy')}</p>
    </section>
  );
}

function Row({ term, children, testId }: { readonly term: string; readonly children: ReactNode; readonly testId?: string }) {
  return (
    <div className="facts-row">
      <dt>{term}</dt>
      <dd data-testid={testId}>{children}</dd>
    </div>
  );
}
