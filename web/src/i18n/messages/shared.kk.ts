import type { sharedEn } from './shared.en.ts';

/** kk messages of the shared web kit (web/src/shared): lists with pages and search, sessions, drafts (issue #17). */
export const sharedKk: Record<keyof typeof sharedEn, string> = {
  'list.total': 'Барлығы: {count}',
  'list.showing': '{total} ішінен {from}–{to}',
  'list.previous': 'Алдыңғы бет',
  'list.next': 'Келесі бет',
  'list.page': '{pages} беттің {page}-беті',
  'list.pager': 'Тізім беттері',
  'list.search': 'Іздеу',
  'list.searchHint': 'Журнал нөмірінің бөлігі немесе ЖСН басы',
  'list.searchApply': 'Табу',
  'list.empty': 'Ештеңе табылмады.',
  'session.expired': 'Сеанс аяқталды. Қайта кіріңіз — осы бетке ораласыз.',
  'draft.restored': 'Жіберілмеген деректер осы браузерден қалпына келтірілді.',
  'draft.discard': 'Форманы тазарту',
};
