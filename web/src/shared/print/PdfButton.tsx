import { useState } from 'react';
import { BlobViewer, fetchBlob } from '../../back-office/case/BlobViewer.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ErrorAlert } from '../../ui/messages.tsx';

/**
 * The A4 PDF of a printed form (issue #17), fetched with the session (the API needs the bearer token, so it cannot be a
 * plain link) and shown in the page, where it can be printed or downloaded. Left off the printed page.
 */
export function PdfButton({ load, fileName, label }: { readonly load: () => Promise<{ data?: unknown; error?: unknown; response: Response }>; readonly fileName: string; readonly label?: string }) {
  const { t } = useI18n();
  const [blob, setBlob] = useState<Blob | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const open = async () => {
    setBusy(true);
    setError(null);
    try {
      setBlob(await fetchBlob(load()));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="no-print stack">
      {blob ? (
        <BlobViewer blob={blob} title={fileName} onClose={() => setBlob(null)} />
      ) : (
        <button type="button" onClick={() => void open()} disabled={busy}>
          {busy ? t('print.pdfLoading') : (label ?? t('print.pdf'))}
        </button>
      )}
      <ErrorAlert error={error} />
    </div>
  );
}
