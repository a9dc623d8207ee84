import { useState } from 'react';
import { api } from '../../api/client.ts';
import type { CaseView } from '../../api/types.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ErrorAlert } from '../../ui/messages.tsx';
import { BlobViewer, fetchBlob } from './BlobViewer.tsx';

/** The exact document before any signature, as a PDF marked as a draft (issue #17): for the head and the executor. */
export function DocumentPreview({ view }: { readonly view: CaseView }) {
  const { t } = useI18n();
  const [blob, setBlob] = useState<Blob | null>(null);
  const [error, setError] = useState<unknown>(null);
  const show = () => {
    setError(null);
    fetchBlob(api.GET('/api/cases/{caseId}/document/preview', { params: { path: { caseId: view.id } }, parseAs: 'blob' })).then(setBlob, setError);
  };
  return (
    <div className="stack">
      <button type="button" onClick={show} data-testid="preview-document">
        {t('preview.show')}
      </button>
      <ErrorAlert error={error} />
      {blob ? <BlobViewer blob={blob} title={t('preview.title')} banner={t('preview.draftNote')} onClose={() => setBlob(null)} /> : null}
    </div>
  );
}
