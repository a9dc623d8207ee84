/** en messages of the shared web kit (web/src/shared): lists with pages and search, sessions, drafts (issue #17). */
export const sharedEn = {
  'list.total': '{count} in all',
  'list.showing': '{from}–{to} of {total}',
  'list.previous': 'Previous page',
  'list.next': 'Next page',
  'list.page': 'Page {page} of {pages}',
  'list.pager': 'Pages of the list',
  'list.search': 'Search',
  'list.searchHint': 'Part of the journal number or the start of the IIN',
  'list.searchApply': 'Find',
  'list.empty': 'Nothing found.',
  'session.expired': 'Your session has ended. Please sign in again; you will return to this page.',
  'draft.restored': 'Your unsent entries were restored from this browser.',
  'draft.discard': 'Clear the form',
} as const satisfies Record<string, string>;
