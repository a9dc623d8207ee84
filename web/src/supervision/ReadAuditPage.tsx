import { useState, type FormEvent } from 'react';
import './supervision.css';
import { api, unwrap } from '../api/client.ts';
import type { Staff } from '../api/types.ts';
import { roleLabel } from '../shared/labels.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Field } from '../ui/Field.tsx';
import { ErrorAlert } from '../ui/messages.tsx';
import { Page } from '../ui/Page.tsx';
import { DateTime } from '../ui/time.tsx';
import { filtersFromSearch } from './filters.ts';
import { DataTable } from '../shared/DataTable.tsx';
import { useLoad } from '../shared/useLoad.ts';
import { downloadBlob } from '../shared/download-blob.ts';

const REGIONS = ['zhambyl', 'kyzylorda', 'aktobe', 'northKazakhstan', 'akmola'] as const;
const PAGE_SIZE = 25;

interface ReadAuditFilters {
  readonly region: string;
  readonly from: string;
  readonly to: string;
  readonly iin: string;
  readonly staff: string;
}

function queryOf(filters: ReadAuditFilters, page: number) {
  return {
    from: filters.from,
    to: filters.to,
    ...(filters.region ? { region: filters.region as (typeof REGIONS)[number] } : {}),
    ...(filters.iin ? { iin: filters.iin } : {}),
    ...(filters.staff ? { staff: filters.staff } : {}),
    page,
    pageSize: PAGE_SIZE,
  };
}

/**
 * The read audit for supervisors (issue #14): who of the staff read which person's data, when and why; filters by
 * period, person's IIN and staff login, paging, and the same list as CSV in the language of the screen.
 */
export function ReadAuditPage({ staff }: { readonly staff: Staff }) {
  const i18n = useI18n();
  const { t, text, language } = i18n;
  const isAdmin = staff.role === 'admin';
  const [form, setForm] = useState<ReadAuditFilters>(() => {
    const base = filtersFromSearch(window.location.search, new Date());
    const params = new URLSearchParams(window.location.search);
    return { region: base.region, from: base.from, to: base.to, iin: params.get('iin') ?? '', staff: params.get('staff') ?? '' };
  });
  const [applied, setApplied] = useState(form);
  const [page, setPage] = useState(1);
  const audit = useLoad(() => unwrap(api.GET('/api/supervision/read-audit', { params: { query: queryOf(applied, page) } })), [applied, page]);
  const { data, loading } = audit;
  const [csvError, setError] = useState<unknown>(null);
  const error = csvError ?? audit.error;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const params = new URLSearchParams(Object.entries(form).filter(([, value]) => value !== ''));
    window.history.replaceState(null, '', `${window.location.pathname}?${params.toString()}`);
    setPage(1);
    setApplied(form);
  };

  const downloadCsv = async () => {
    try {
      const blob = await unwrap(api.GET('/api/supervision/read-audit.csv', { params: { query: { ...queryOf(applied, 1), lang: language } }, parseAs: 'blob' }));
      downloadBlob(blob as Blob, `read-audit-${applied.from}-${applied.to}.csv`);
    } catch (failure) {
      setError(failure);
    }
  };

  const set = (field: keyof ReadAuditFilters) => (value: string) => setForm((current) => ({ ...current, [field]: value }));
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;

  return (
    <Page title={t('audit.title')}>
      <p>{t('audit.intro')}</p>
      <form onSubmit={submit} className="filter-bar" aria-label={t('supervision.filters')}>
        {isAdmin ? (
          <Field label={t('supervision.filter.region')}>
            {({ inputId }) => (
              <select id={inputId} value={form.region} onChange={(e) => set('region')(e.target.value)}>
                <option value="">{t('supervision.filter.all')}</option>
                {REGIONS.map((region) => (
                  <option key={region} value={region}>
                    {t(`supervision.region.${region}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        <Field label={t('supervision.filter.from')}>
          {({ inputId }) => <input id={inputId} type="date" name="from" required value={form.from} onChange={(e) => set('from')(e.target.value)} />}
        </Field>
        <Field label={t('supervision.filter.to')}>
          {({ inputId }) => <input id={inputId} type="date" name="to" required value={form.to} onChange={(e) => set('to')(e.target.value)} />}
        </Field>
        <Field label={t('audit.filter.iin')}>
          {({ inputId }) => <input id={inputId} name="iin" inputMode="numeric" pattern="\d{12}" maxLength={12} value={form.iin} onChange={(e) => set('iin')(e.target.value.trim())} />}
        </Field>
        <Field label={t('audit.filter.staff')}>
          {({ inputId }) => <input id={inputId} name="staff" value={form.staff} onChange={(e) => set('staff')(e.target.value.trim())} />}
        </Field>
        <button type="submit" disabled={loading}>
          {t('audit.filter.apply')}
        </button>
        <button type="button" className="button-secondary" onClick={() => void downloadCsv()} disabled={!data}>
          {t('audit.downloadCsv')}
        </button>
      </form>
      <ErrorAlert error={error} />
      <p aria-live="polite" className="counts">
        {loading ? t('audit.loading') : data ? t('audit.total', { count: data.total }) : null}
      </p>
      {data && data.items.length === 0 ? <p>{t('audit.empty')}</p> : null}
      {data && data.items.length > 0 ? (
        <>
          <DataTable caption={t('audit.title')} captionClassName="visually-hidden" columns={[t('audit.col.at'), t('audit.col.staff'), t('audit.col.position'), t('audit.col.organisation'), t('audit.col.iin'), t('audit.col.object'), t('audit.col.purpose')]} className="">
            {data.items.map((entry) => (
              <tr key={entry.id}>
                <td>
                  <DateTime iso={entry.at} />
                </td>
                <td>
                  {entry.staff.fullName} <span className="muted">({entry.staff.login})</span>
                </td>
                <td>{roleLabel(i18n, entry.staff.role)}</td>
                <td>{entry.organisation ? text(entry.organisation) : t('common.empty')}</td>
                <td>{entry.subjectIin}</td>
                <td>{t(`audit.object.${entry.objectKind}`)}</td>
                <td>{i18n.tDynamic(`audit.purpose.${entry.purpose}`, entry.purpose)}</td>
              </tr>
            ))}
          </DataTable>
          <nav className="pager" aria-label={t('audit.page', { page, pages })}>
            <button type="button" className="button-secondary" disabled={page <= 1 || loading} onClick={() => setPage(page - 1)}>
              {t('audit.previous')}
            </button>
            <span>{t('audit.page', { page, pages })}</span>
            <button type="button" className="button-secondary" disabled={page >= pages || loading} onClick={() => setPage(page + 1)}>
              {t('audit.next')}
            </button>
          </nav>
        </>
      ) : null}
    </Page>
  );
}
