import type { sharedEn } from './shared.en.ts';

/** ru messages of the shared web kit (web/src/shared): lists with pages and search, sessions, drafts (issue #17). */
export const sharedRu: Record<keyof typeof sharedEn, string> = {
  'list.total': 'Всего: {count}',
  'list.showing': '{from}–{to} из {total}',
  'list.previous': 'Предыдущая страница',
  'list.next': 'Следующая страница',
  'list.page': 'Страница {page} из {pages}',
  'list.pager': 'Страницы списка',
  'list.search': 'Поиск',
  'list.searchHint': 'Часть номера в журнале или начало ИИН',
  'list.searchApply': 'Найти',
  'list.empty': 'Ничего не найдено.',
  'session.expired': 'Сеанс завершён. Войдите снова — вы вернётесь на эту страницу.',
  'draft.restored': 'Неотправленные данные формы восстановлены из этого браузера.',
  'draft.discard': 'Очистить форму',
};
