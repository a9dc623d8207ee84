import { useEffect, useMemo } from 'react';
import { ApiError, NetworkError } from '../../api/api-error.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';

/** Reads a binary answer of the API (openapi-fetch with parseAs: 'blob'), or throws its error. */
export async function fetchBlob(call: Promise<{ data?: unknown; error?: unknown; response: Response }>): Promise<Blob> {
  let result: { data?: unknown; error?: unknown; response: Response };
  try {
    result = await call;
  } catch (error) {
    throw new NetworkError(error);
  }
  if (!result.response.ok) throw new ApiError(result.response.status, result.error);
  return result.data as Blob;
}

/**
 * A PDF or an image shown in the page from bytes fetched with the session (the API needs the bearer token, so the
 * file cannot be a plain link): an object URL in an <img> or an <iframe>. Released when closed.
 */
export function BlobViewer({ blob, title, onClose, banner }: { readonly blob: Blob; readonly title: string; readonly onClose: () => void; readonly banner?: string }) {
  const { t } = useI18n();
  const url = useMemo(() => URL.createObjectURL(blob), [blob]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  const isImage = blob.type.startsWith('image/');
  return (
    <figure className="blob-viewer" data-testid="blob-viewer" data-media-type={blob.type}>
      <figcaption>
        <strong>{title}</strong>{' '}
        <a href={url} download={title}>
          {t('files.download')}
        </a>{' '}
        <button type="button" onClick={onClose}>
          {t('files.close')}
        </button>
      </figcaption>
      {banner ? (
        <p className="alert alert-warning" role="note" data-testid="draft-banner">
          {banner}
        </p>
      ) : null}
      {isImage ? <img src={url} alt={title} className="blob-image" /> : <iframe src={url} title={title} className="blob-frame" />}
    </figure>
  );
}
