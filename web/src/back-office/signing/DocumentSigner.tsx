import { useEffect, useState } from 'react';
import { api, unwrap } from '../../api/client.ts';
import { base64ToBytes } from '../../shared/base64.ts';
import { EdsSigner } from '../../signing/index.ts';
import { ErrorAlert } from '../../ui/messages.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';

export interface DocumentSignerProps {
  readonly caseId: string;
  readonly submitting: boolean;
  /** Hands the CMS signature (Base64) to the sign step. */
  readonly onSigned: (signature: string) => void;
}

/**
 * The sign step's EDS: the signer's key certifies the exact canonical bytes of the case's result document
 * (GET /api/cases/{id}/document), which the server rebuilds and verifies against (src/application/documents/
 * sign-document.ts: chain, validity, revocation, key usage, the signer's IIN).
 */
export function DocumentSigner({ caseId, submitting, onSigned }: DocumentSignerProps) {
  const { t } = useI18n();
  const [bytes, setBytes] = useState<Uint8Array | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    setBytes(null);
    unwrap(api.GET('/api/cases/{caseId}/document', { params: { path: { caseId } } })).then(
      (draft) => live && setBytes(base64ToBytes(draft.contentBase64)),
      (caught: unknown) => live && setError(caught),
    );
    return () => {
      live = false;
    };
  }, [caseId]);

  if (error) return <ErrorAlert error={error} />;
  return <EdsSigner bytes={bytes} purpose="document" busy={submitting} submitLabel={t('action.sign.submit')} onSigned={(result) => onSigned(result.cmsBase64)} />;
}
