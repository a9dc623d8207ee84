import { useState, type FormEvent, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Field } from '../ui/Field.tsx';
import { DataTable } from './DataTable.tsx';
import type { ListPage } from './usePagedList.ts';
import './shared.css';

/** Where a list stands: how many rows a page holds, where this one starts, how many there are in all. */
export interface PageWindow {
  readonly limit: number;
  readonly offset: number;
  readonly total: number;
}

/**
 * A table of one page of a long list (issue #17): "from–to of N", the table (caption, columns, the caller's rows) and
 * a pager (previous / next, the page number) under it. The pager reports the new offset.
 */
export function PagedTable({
  caption,
  window: page,
  onOffset,
  loading,
  columns,
  children,
  className,
  testId,
}: {
  readonly caption: string;
  readonly window: PageWindow;
  readonly onOffset: (offset: number) => void;
  readonly loading: boolean;
  readonly columns: readonly ReactNode[];
  readonly children: ReactNode;
  readonly className?: string;
  readonly testId?: string;
}) {
  const { t } = useI18n();
  const first = page.total === 0 ? 0 : page.offset + 1;
  const last = Math.min(page.total, page.offset + page.limit);
  return (
    <div data-testid={testId}>
      <p className="counts" aria-live="polite" data-testid="list-showing">
        {t('list.showing', { from: first, to: last, total: page.total })}
      </p>
      <DataTable caption={caption} columns={columns} {...(className ? { className } : {})}>
        {children}
      </DataTable>
      <Pager window={page} onOffset={onOffset} loading={loading} />
    </div>
  );
}

/** Previous / next and "page N of M"; nothing when the list fits one page. */
export function Pager({ window: page, onOffset, loading }: { readonly window: PageWindow; readonly onOffset: (offset: number) => void; readonly loading: boolean }) {
  const { t } = useI18n();
  const pages = Math.max(1, Math.ceil(page.total / page.limit));
  const current = Math.floor(page.offset / page.limit) + 1;
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label={t('list.pager')}>
      <button type="button" className="button-secondary" disabled={current <= 1 || loading} onClick={() => onOffset(Math.max(0, page.offset - page.limit))}>
        {t('list.previous')}
      </button>
      <span>{t('list.page', { page: current, pages })}</span>
      <button type="button" className="button-secondary" disabled={current >= pages || loading} onClick={() => onOffset(page.offset + page.limit)}>
        {t('list.next')}
      </button>
    </nav>
  );
}

/** A search box for a list: the search applies on "Find" (or Enter), not on every key, so paging stays put. */
export function ListSearch({ value, onSearch, hint, label }: { readonly value: string; readonly onSearch: (value: string) => void; readonly hint?: string; readonly label?: string }) {
  const { t } = useI18n();
  const [typed, setTyped] = useState(value);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(typed.trim());
  };
  return (
    <form className="filter-bar" role="search" onSubmit={submit}>
      <Field label={label ?? t('list.search')} hint={hint ?? t('list.searchHint')}>
        {({ inputId, describedBy }) => <input id={inputId} type="search" name="q" value={typed} maxLength={100} onChange={(e) => setTyped(e.target.value)} aria-describedby={describedBy} />}
      </Field>
      <button type="submit">{t('list.searchApply')}</button>
    </form>
  );
}

/**
 * A paged list as the screens show it (usePagedList's state): "loading" before the first page, the empty message when
 * nothing matches, else the paged table with the caller's rows.
 */
export function PagedList<T>({
  list,
  empty,
  children,
  ...table
}: {
  readonly list: { readonly data: ListPage<T> | null; readonly error: unknown; readonly loading: boolean; readonly setOffset: (offset: number) => void };
  readonly empty: string;
  readonly caption: string;
  readonly columns: readonly ReactNode[];
  readonly className?: string;
  readonly testId?: string;
  readonly children: (items: readonly T[]) => ReactNode;
}) {
  const { t } = useI18n();
  const page = list.data;
  if (!page) return list.error ? null : <p>{t('app.loading')}</p>;
  if (page.items.length === 0) return <p className="empty">{empty}</p>;
  return (
    <PagedTable {...table} window={page} onOffset={list.setOffset} loading={list.loading}>
      {children(page.items)}
    </PagedTable>
  );
}
