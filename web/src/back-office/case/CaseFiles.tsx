import { useEffect, useState } from 'react';
import { api, unwrap } from '../../api/client.ts';
import type { CaseView } from '../../api/types.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ErrorAlert } from '../../ui/messages.tsx';
import { BlobViewer, fetchBlob } from './BlobViewer.tsx';

type Listing = Awaited<ReturnType<typeof loadFiles>>;
type FileItem = Listing['other'][number];

const loadFiles = (caseId: string) => unwrap(api.GET('/api/cases/{caseId}/attachments', { params: { path: { caseId } } }));

/**
 * The scans filed with the case against the regulation's checklist (issue #17): each document ticked by what was
 * attached, each file opened in the page (images and PDF) through the same access policy and read audit as the API.
 */
export function CaseFiles({ view }: { readonly view: CaseView }) {
  const { t, text } = useI18n();
  const [listing, setListing] = useState<Listing | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [opened, setOpened] = useState<{ file: FileItem; blob: Blob } | null>(null);

  useEffect(() => {
    loadFiles(view.id).then(setListing, setError);
  }, [view.id]);

  const open = (file: FileItem) => {
    setError(null);
    fetchBlob(api.GET('/api/attachments/{attachmentId}', { params: { path: { attachmentId: file.id } }, parseAs: 'blob' })).then((blob) => setOpened({ file, blob }), setError);
  };

  const fileButton = (file: FileItem) => (
    <li key={file.id}>
      <button type="button" className="link-button" onClick={() => open(file)} data-testid="open-attachment">
        {t('files.open', { name: file.fileName })}
      </button>{' '}
      <span className="hint">({t('files.sizeKb', { size: Math.max(1, Math.round(file.sizeBytes / 1024)) })})</span>
    </li>
  );

  return (
    <div className="stack" data-testid="case-files">
      <ErrorAlert error={error} />
      {listing ? (
        <ul className="documents checklist">
          {listing.checklist.map((document) => {
            const attached = document.attachments.length > 0;
            return (
              <li key={document.documentId} className={attached ? 'doc-attached' : 'doc-missing'}>
                <span aria-hidden="true">{attached ? '☑ ' : '☐ '}</span>
                {text(document.name)}
                {document.required ? <span className="required-mark"> ({t('common.required')})</span> : null}
                <span className="visually-hidden"> — {attached ? t('files.attached') : t('files.notAttached')}</span>
                {attached ? <ul>{document.attachments.map(fileButton)}</ul> : <span className="hint"> — {t('files.notAttached')}</span>}
              </li>
            );
          })}
          {listing.other.length > 0 ? (
            <li>
              {t('files.other')}
              <ul>{listing.other.map(fileButton)}</ul>
            </li>
          ) : null}
        </ul>
      ) : !error ? (
        <p>{t('app.loading')}</p>
      ) : null}
      {opened ? <BlobViewer blob={opened.blob} title={opened.file.fileName} onClose={() => setOpened(null)} /> : null}
    </div>
  );
}
