import { useState } from 'react';
import { useLoad, type Loaded } from './useLoad.ts';

/** A page of a long list as every paged API answers it (GET /api/inbox and the others): `{ items, total, limit, offset }`. */
export interface ListPage<T> {
  readonly items: readonly T[];
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
}

export interface PageRequest {
  readonly limit: number;
  readonly offset: number;
  /** What was typed in the list's search box; absent when empty. */
  readonly q?: string;
}

export interface PagedList<P> extends Loaded<P> {
  readonly offset: number;
  readonly setOffset: (offset: number) => void;
  readonly search: string;
  /** A new search starts again at the first page. */
  readonly setSearch: (search: string) => void;
  readonly limit: number;
}

/**
 * The state of a paged list (answers of the `ListPage` shape, or null when there is nothing to ask yet): the page shown, the search typed, and the load of that page (useLoad). A new search or
 * new filters (`deps`) go back to the first page.
 */
export function usePagedList<P>(load: (request: PageRequest) => Promise<P>, deps: readonly unknown[], limit: number): PagedList<P> {
  const [offset, setOffset] = useState(0);
  const [search, setSearchText] = useState('');
  // The caller's deps are checked at its call site (eslint.config.js: additionalHooks), as for useCallback itself.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const loaded = useLoad(() => load({ limit, offset, ...(search ? { q: search } : {}) }), [limit, offset, search, ...deps]);
  const setSearch = (next: string) => {
    setSearchText(next);
    setOffset(0);
  };
  return { ...loaded, offset, setOffset, search, setSearch, limit };
}
