import { useEffect, useState } from 'react';
import { api, unwrap } from '../api/client.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { formatDateTime } from '../i18n/format.ts';
import { Link } from '../router/Link.tsx';
import { ErrorAlert, Notice } from '../ui/messages.tsx';
import { Page } from '../ui/Page.tsx';
import type { DeskSubmission } from './desk-api.ts';
import { deskPaths } from './paths.ts';
import '../shared/print/print.css';

interface LocalizedText {
  readonly kk: string;
  readonly ru: string;
  readonly en: string;
}

interface PublishedDocument {
  readonly content: Record<string, unknown>;
  readonly signature: { readonly signerName: string | null; readonly signedAt: string };
}

const asText = (value: unknown): LocalizedText | null => (value && typeof value === 'object' && 'kk' in value ? (value as LocalizedText) : null);

/**
 * The signed result to hand over at the window (seed 001 line 156, process 8): the document in Kazakh and Russian
 * with its verification code (GET /api/documents/{code}/full), the printable PDF issued at signing (GET
 * /api/documents/{code}/pdf, with its QR code), and the record of who received it.
 */
export function PrintPage({ caseId }: { readonly caseId: string }) {
  const { t, language } = useI18n();
  const [submission, setSubmission] = useState<DeskSubmission | null>(null);
  const [published, setPublished] = useState<PublishedDocument | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    unwrap(api.GET('/api/desk/submissions/{caseId}', { params: { path: { caseId } } })).then(
      async (found) => {
        setSubmission(found);
        // The whole document (the public check shows only a masked summary): the branch forwarded this case.
        if (found.verificationCode) setPublished((await unwrap(api.GET('/api/documents/{code}/full', { params: { path: { code: found.verificationCode } } }))) as PublishedDocument);
      },
      (failure: unknown) => setError(failure),
    );
  }, [caseId]);

  const handOver = async (to: 'applicant' | 'representative') => {
    try {
      const updated = await unwrap(api.POST('/api/desk/submissions/{caseId}/handover', { params: { path: { caseId } }, body: { to } }));
      setSubmission(updated);
      setNotice(t('desk.print.done', { at: updated.handedOverAt ? formatDateTime(language, updated.handedOverAt) : '' }));
      setError(null);
    } catch (failure) {
      setError(failure);
    }
  };

  const code = submission?.verificationCode ?? null;
  const title = asText(published?.content.title);
  const body = asText(published?.content.body);
  const pdfUrl = code ? `/api/documents/${code}/pdf` : null;

  return (
    <Page title={t('desk.print.title')}>
      <ErrorAlert error={error} />
      <Notice text={notice} tone="success" />
      {submission && !code ? <p>{t('desk.print.notReady')}</p> : null}
      {code && published ? (
        <>
          <article className="print-document print-sheet" data-testid="print-document" aria-labelledby="printed-title">
            <h2 id="printed-title" lang="kk">
              {title?.kk}
            </h2>
            <p lang="kk">{body?.kk}</p>
            <h2 lang="ru">{title?.ru}</h2>
            <p lang="ru">{body?.ru}</p>
            <p data-testid="verification-code">
              <strong>{t('desk.print.code', { code })}</strong>
            </p>
            <p>{t('desk.print.signedBy', { name: published.signature.signerName ?? '—', at: formatDateTime(language, published.signature.signedAt) })}</p>
          </article>
          <div className="toolbar no-print">
            <button type="button" onClick={() => window.print()}>
              {t('desk.print.print')}
            </button>
            {pdfUrl ? (
              <a href={pdfUrl} target="_blank" rel="noreferrer">
                {t('desk.print.pdf')}
              </a>
            ) : null}
          </div>
          {submission && !submission.handedOverAt ? (
            <section aria-labelledby="handover-heading" className="stack no-print">
              <h2 id="handover-heading">{t('desk.print.handover')}</h2>
              <div className="toolbar">
                <button type="button" onClick={() => void handOver('applicant')}>
                  {t('desk.print.toApplicant')}
                </button>
                {submission.representative ? (
                  <button type="button" className="button-secondary" onClick={() => void handOver('representative')}>
                    {t('desk.print.toRepresentative')}
                  </button>
                ) : null}
              </div>
            </section>
          ) : null}
        </>
      ) : null}
      <p className="no-print">
        <Link href={deskPaths.submissions}>{t('desk.print.back')}</Link>
      </p>
    </Page>
  );
}
