import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { api, unwrap } from '../api/client.ts';
import { bytesToBase64 } from '../../../src/adapters/pki/bytes.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { LocalizedText } from '../i18n/languages.ts';
import { navigate } from '../router/router.ts';
import { Field } from '../ui/Field.tsx';
import { ErrorAlert } from '../ui/messages.tsx';
import { Page } from '../ui/Page.tsx';
import './verify.css';

const BASE = '/verify';
const CODE_PATTERN = /^[A-Za-z0-9]{5}(-[A-Za-z0-9]{5}){3}$/;

interface DocumentCheck {
  readonly document: Record<string, unknown>;
  readonly signature: {
    readonly verified: boolean;
    readonly signerName: string | null;
    readonly signerIin: string | null;
    readonly certificateSerial: string | null;
    readonly signedAt: string;
    readonly certificateStatus: 'good' | 'revoked' | 'invalid' | 'unverified';
  };
  readonly supersededBy: string | null;
  readonly contentMatches?: boolean;
}

interface PrintedDocument {
  readonly verificationCode: string;
  readonly number: string;
  readonly date: string;
  readonly title: LocalizedText;
  readonly provider: LocalizedText;
  readonly service: LocalizedText;
  readonly applicant: { readonly fullName: string; readonly iin: string };
  readonly fields: ReadonlyArray<{ readonly label: LocalizedText; readonly value: LocalizedText }>;
  readonly body: LocalizedText;
}

/** The public check of a result document (/verify, no sign-in): by the code under the QR, or by uploading the PDF. */
export function VerifyApp({ pathname }: { readonly pathname: string }) {
  const code = decodeURIComponent(pathname.slice(BASE.length + 1));
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
    if (!CODE_PATTERN.test(code)) return;
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
    const value = input.trim().toUpperCase();
    if (!CODE_PATTERN.test(value)) {
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
      {check ? <CheckResult check={check} /> : null}
    </Page>
  );
}

function CheckResult({ check }: { readonly check: DocumentCheck }) {
  const { t, text, dateTime } = useI18n();
  const document = check.document as unknown as PrintedDocument;
  const status = check.signature.certificateStatus;
  const genuine = check.contentMatches !== false && status !== 'invalid';
  return (
    <section className="card stack" aria-labelledby="verify-result" data-testid="verify-result">
      <h2 id="verify-result">{genuine ? t('verify.result.found') : t('verify.result.problem')}</h2>
      {check.contentMatches === false ? <p className="alert alert-error">{t('verify.result.contentChanged')}</p> : null}
      {check.contentMatches === true ? <p className="alert alert-success">{t('verify.result.contentMatches')}</p> : null}
      {check.supersededBy ? <p className="alert alert-warning">{t('verify.result.superseded', { code: check.supersededBy })}</p> : null}
      <dl className="facts">
        <Row term={t('verify.field.title')}>{text(document.title)}</Row>
        <Row term={t('verify.field.number')}>{document.number}</Row>
        <Row term={t('verify.field.date')}>{document.date}</Row>
        <Row term={t('verify.field.provider')}>{text(document.provider)}</Row>
        <Row term={t('verify.field.applicant')}>
          {document.applicant.fullName} ({t('verify.field.iin')} {document.applicant.iin})
        </Row>
        {document.fields.map((field, index) => (
          <Row key={index} term={text(field.label)}>
            {text(field.value)}
          </Row>
        ))}
        <Row term={t('verify.field.signer')}>
          {check.signature.signerName ?? t('common.empty')}
          {check.signature.signerIin ? ` (${t('verify.field.iin')} ${check.signature.signerIin})` : ''}
        </Row>
        <Row term={t('verify.field.signedAt')}>{dateTime(check.signature.signedAt)}</Row>
        <Row term={t('verify.field.certificate')} testId="certificate-status">
          {t(`verify.certificate.${status}`)}
        </Row>
      </dl>
      <p>{text(document.body)}</p>
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
