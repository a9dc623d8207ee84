import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client.ts';
import type { components } from '../../api/schema.d.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { LANGUAGE_NAMES } from '../../i18n/languages.ts';
import { Link } from '../../router/Link.tsx';
import { navigate } from '../../router/router.ts';
import { Field } from '../../ui/Field.tsx';
import { ErrorAlert, Notice } from '../../ui/messages.tsx';
import { Page } from '../../ui/Page.tsx';
import { officePaths } from '../paths.ts';
import './publishing.css';
import { DataTable } from '../../shared/DataTable.tsx';

type DraftSummary = components['schemas']['RegulationDraftSummary'];

/** The administrator's imports (issue #20): upload a regulation text, then the drafts it gave, newest first. */
export function RegulationImportsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const [drafts, setDrafts] = useState<readonly DraftSummary[] | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [lang, setLang] = useState<'' | 'kk' | 'ru'>('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    unwrap(api.GET('/api/admin/regulations/drafts')).then(setDrafts, setError);
  }, []);

  const upload = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const text = await file.text();
      const answer = await unwrap(api.POST('/api/admin/regulations/uploads', { body: { fileName: file.name, text, ...(lang ? { lang } : {}) } }));
      setNotice(t('publishing.upload.done', { drafts: answer.draftIds.length, unresolved: answer.unresolvedCount }));
      const [first] = answer.draftIds;
      if (answer.draftIds.length === 1 && first) navigate(officePaths.regulationDraft(first));
      else {
        setDrafts(await unwrap(api.GET('/api/admin/regulations/drafts')));
        requestAnimationFrame(() => noticeRef.current?.focus());
      }
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={t('publishing.list.title')}>
      <p>{t('publishing.list.intro')}</p>
      <Notice ref={noticeRef} text={notice} tone="success" />
      <ErrorAlert error={error} />
      <form className="publishing-upload" onSubmit={(event) => void upload(event)}>
        <Field label={t('publishing.upload.file')} required>
          {({ inputId, describedBy }) => (
            <input id={inputId} aria-describedby={describedBy} type="file" accept=".txt,.html,.htm,text/plain,text/html" required onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
          )}
        </Field>
        <Field label={t('publishing.upload.lang')}>
          {({ inputId }) => (
            <select id={inputId} value={lang} onChange={(event) => setLang(event.target.value as '' | 'kk' | 'ru')}>
              <option value="">{t('publishing.upload.langAuto')}</option>
              <option value="kk">{LANGUAGE_NAMES.kk}</option>
              <option value="ru">{LANGUAGE_NAMES.ru}</option>
            </select>
          )}
        </Field>
        <button type="submit" disabled={busy || !file}>
          {t('publishing.upload.submit')}
        </button>
      </form>
      <h2>{t('publishing.list.drafts')}</h2>
      {drafts === null ? (
        <p>{t('app.loading')}</p>
      ) : drafts.length === 0 ? (
        <p>{t('publishing.list.none')}</p>
      ) : (
        <DataTable caption={t('publishing.list.drafts')} captionClassName="visually-hidden" columns={[t('publishing.list.version'), t('publishing.list.file'), t('publishing.list.updated'), t('publishing.list.state')]} className="">
          {drafts.map((draft) => (
            <tr key={draft.id}>
              <td>
                <Link href={officePaths.regulationDraft(draft.id)} aria-label={t('publishing.list.open', { id: draft.regulationId ?? draft.id })}>
                  {draft.serviceName ? i18n.text(draft.serviceName) : (draft.regulationId ?? draft.id)}
                </Link>
                <div className="publishing-id">{draft.regulationId}</div>
              </td>
              <td>{draft.fileName}</td>
              <td>{i18n.dateTime(draft.updatedAt)}</td>
              <td>{draft.publishedRegulationId ? t('publishing.list.published', { id: draft.publishedRegulationId }) : t('publishing.list.draft')}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </Page>
  );
}
