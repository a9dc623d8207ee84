import { useEffect, useState } from 'react';
import { api, unwrap } from '../../api/client.ts';
import { base64ToBytes } from '../../shared/base64.ts';
import { EdsSigner } from '../../signing/index.ts';
import { ErrorAlert } from '../../ui/messages.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';

export interface DocumentSignerProps {
  readonly caseId: string;
  readonly submitting: boolean;
  /** Hands the CMS signatures (Base64), one per result document by its result id, to the sign step. */
  readonly onSigned: (input: { signatures: Record<string, string> }) => void;
}

interface DocumentToSign {
  readonly resultId: string;
  readonly title: string;
  readonly bytes: Uint8Array;
}

/**
 * The sign step's EDS: the signer's key certifies the exact canonical bytes of each result document of the case
 * (GET /api/cases/{id}/document: Semipalatinsk's decision and certificate are two, seed 001 lines 232-234), one
 * signature each, which the server rebuilds and verifies against (src/application/documents/sign-document.ts: chain,
 * validity, revocation, key usage, the signer's IIN). The step is sent once every document is signed.
 */
export function DocumentSigner({ caseId, submitting, onSigned }: DocumentSignerProps) {
  const { t, language } = useI18n();
  const [documents, setDocuments] = useState<DocumentToSign[] | null>(null);
  const [signatures, setSignatures] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    setDocuments(null);
    setSignatures({});
    unwrap(api.GET('/api/cases/{caseId}/document', { params: { path: { caseId } } })).then(
      (draft) =>
        live &&
        setDocuments(
          draft.documents.map((d) => {
            const title = (d.document.title ?? {}) as Record<string, string>;
            return { resultId: d.resultId, title: title[language] ?? d.resultId, bytes: base64ToBytes(d.contentBase64) };
          }),
        ),
      (caught: unknown) => live && setError(caught),
    );
    return () => {
      live = false;
    };
  }, [caseId, language]);

  if (error) return <ErrorAlert error={error} />;
  const next = documents?.find((d) => signatures[d.resultId] === undefined) ?? null;
  const sign = (resultId: string, cmsBase64: string) => {
    const all = { ...signatures, [resultId]: cmsBase64 };
    setSignatures(all);
    if (documents && documents.every((d) => all[d.resultId] !== undefined)) onSigned({ signatures: all });
  };
  return (
    <div className="stack">
      {documents && documents.length > 1 ? (
        <ol>
          {documents.map((d) => (
            <li key={d.resultId}>
              {d.title} {signatures[d.resultId] !== undefined ? '✓' : ''}
            </li>
          ))}
        </ol>
      ) : null}
      <EdsSigner
        key={next?.resultId ?? 'none'}
        bytes={next?.bytes ?? null}
        purpose="document"
        busy={submitting}
        submitLabel={documents && documents.length > 1 && next ? `${t('action.sign.submit')}: ${next.title}` : t('action.sign.submit')}
        onSigned={(result) => next && sign(next.resultId, result.cmsBase64)}
      />
    </div>
  );
}
