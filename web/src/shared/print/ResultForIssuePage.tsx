import { useEffect, useState } from 'react';
import { ApiError } from '../../api/api-error.ts';
import { api, unwrap } from '../../api/client.ts';
import type { components } from '../../api/schema.d.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { translate } from '../../i18n/translate.ts';
import { ErrorAlert } from '../../ui/messages.tsx';
import { Page } from '../../ui/Page.tsx';
import { PdfButton } from './PdfButton.tsx';
import { PrintToolbar } from './PrintToolbar.tsx';
import './print.css';

type ResultForIssue = components['schemas']['ResultForIssue'];
type IssuedDocument = ResultForIssue['documents'][number];

/**
 * The signed result printed for the applicant who comes to the office (issue #17): each document as signed, in Kazakh
 * and Russian as the PDF prints it, who signed it and when, the verification code and the QR code to the public check;
 * and the very PDF issued at signing, to print or hand over as a file.
 */
export function ResultForIssuePage({ caseId, backHref }: { readonly caseId: string; readonly backHref: string }) {
  const { t } = useI18n();
  const [result, setResult] = useState<ResultForIssue | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    unwrap(api.GET('/api/cases/{caseId}/result-for-issue', { params: { path: { caseId } } })).then(setResult, (failure: unknown) => setError(failure));
  }, [caseId]);
  const notSignedYet = error instanceof ApiError && error.status === 404;
  return (
    <Page title={t('print.result.page')}>
      <PrintToolbar backHref={backHref} />
      {notSignedYet ? <p role="status">{t('print.result.none')}</p> : <ErrorAlert error={error} />}
      {result
        ? result.documents.map((document) => (
            <section key={document.verificationCode} className="stack" aria-label={`${document.title.ru} ${document.number}`}>
              <PdfButton
                label={t('print.result.issuedPdf')}
                fileName={`${document.verificationCode}.pdf`}
                load={() => api.GET('/api/cases/{caseId}/results/{code}/pdf', { params: { path: { caseId, code: document.verificationCode } }, parseAs: 'blob' })}
              />
              <ResultSheet result={result} document={document} />
            </section>
          ))
        : null}
      {!result && !error ? <p>{t('app.loading')}</p> : null}
    </Page>
  );
}

const both = (text: { readonly kk: string; readonly ru: string }) => (text.kk === text.ru ? text.ru : `${text.kk} / ${text.ru}`);

function ResultSheet({ result, document }: { readonly result: ResultForIssue; readonly document: IssuedDocument }) {
  const kk = (key: Parameters<typeof translate>[1]) => translate('kk', key);
  const ru = (key: Parameters<typeof translate>[1]) => translate('ru', key);
  const label = (key: Parameters<typeof translate>[1]) => `${kk(key)} / ${ru(key)}`;
  const qrSrc = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(document.qrSvg)}`;
  return (
    <article className="print-sheet" data-testid="result-sheet" aria-labelledby={`result-title-${document.verificationCode}`}>
      <p>
        <strong lang="kk">{result.provider.name.kk}</strong>
        <br />
        <strong lang="ru">{result.provider.name.ru}</strong>
      </p>
      <h2 id={`result-title-${document.verificationCode}`}>
        <span lang="kk">{document.title.kk}</span>
        <br />
        <span lang="ru">{document.title.ru}</span>
      </h2>
      <dl>
        <dt>{label('print.result.number')}</dt>
        <dd>{document.number}</dd>
        <dt>{label('print.result.date')}</dt>
        <dd>{document.date}</dd>
      </dl>
      <p lang="kk">{document.body.kk}</p>
      <p lang="ru">{document.body.ru}</p>
      {document.fields.length > 0 ? (
        <dl>
          {document.fields.map((field) => (
            <div key={field.label.ru} className="print-field">
              <dt>{both(field.label)}</dt>
              <dd>{both(field.value)}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      <dl>
        <dt>{label('print.result.signedBy')}</dt>
        <dd data-testid="result-signer">
          {document.signerName ?? '—'}
          {document.signerPosition ? `, ${both(document.signerPosition)}` : ''}
        </dd>
        <dt>{label('print.result.signedAt')}</dt>
        <dd>{document.signedAtText}</dd>
      </dl>
      <p className="print-note" lang="kk">
        {document.legalNote.kk}
      </p>
      <p className="print-note" lang="ru">
        {document.legalNote.ru}
      </p>
      <div className="print-verify">
        <img src={qrSrc} alt={label('print.result.qr')} width={128} height={128} data-testid="result-qr" />
        <div>
          <p>{label('print.result.verify')}</p>
          <p>
            {label('print.result.code')}: <strong data-testid="result-code">{document.verificationCode}</strong>
          </p>
          <p className="print-url">{document.verifyUrl}</p>
        </div>
      </div>
    </article>
  );
}
