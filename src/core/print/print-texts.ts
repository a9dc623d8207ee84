import type { CaseStatus } from '../case/case-events.ts';
import type { Text } from '../i18n/text.ts';

/*
 * The words on the sheets staff print for people (issue #17): the receipt of accepted documents and the incoming
 * journal. No seed regulation words either form (searched /work/shared/seeds and the seed extracts for "расписк",
 * "қолхат" and "журнал регистрации": the Standards only require that the documents are accepted and registered), so
 * they hold what the issue lists, in the words the web app shows (web/src/i18n/messages, `print.*`).
 */

export const RECEIPT_LABELS = {
  title: { kk: 'Құжаттарды қабылдағаны туралы қолхат', ru: 'Расписка о приёме документов', en: 'Receipt of accepted documents' },
  bin: { kk: 'БСН', ru: 'БИН', en: 'BIN' },
  iin: { kk: 'ЖСН', ru: 'ИИН', en: 'IIN' },
  service: { kk: 'Қызмет', ru: 'Услуга', en: 'Service' },
  caseNumber: { kk: 'Өтініш нөмірі', ru: 'Номер заявления', en: 'Application number' },
  applicant: { kk: 'Өтініш беруші', ru: 'Заявитель', en: 'Applicant' },
  provider: { kk: 'Қызмет беруші', ru: 'Услугодатель', en: 'Service provider' },
  acceptedAt: { kk: 'Құжаттар қабылданды', ru: 'Документы приняты', en: 'Documents accepted' },
  resultDue: { kk: 'Нәтижені беру мерзімі', ru: 'Срок выдачи результата', en: 'The result is due by' },
  noDue: { kk: 'регламент жалпы мерзімді белгілемейді', ru: 'регламент не устанавливает общий срок', en: 'the regulation states no total term' },
  documents: { kk: 'Қабылданған құжаттар', ru: 'Принятые документы', en: 'Documents accepted' },
  document: { kk: 'Құжат', ru: 'Документ', en: 'Document' },
  form: { kk: 'Түрі', ru: 'Вид', en: 'Form' },
  paper: { kk: 'қағаз түпнұсқа', ru: 'бумажный оригинал', en: 'paper original' },
  noDocuments: { kk: 'Құжаттар тіркелмеген.', ru: 'Документы не приложены.', en: 'No documents were attached.' },
  acceptedBy: { kk: 'Қабылдаған', ru: 'Принял', en: 'Accepted by' },
  receivedBy: { kk: 'Өтініш берушінің қолы', ru: 'Подпись заявителя', en: 'Applicant’s signature' },
} as const satisfies Record<string, Text>;

export const JOURNAL_LABELS = {
  title: { kk: 'Кіріс құжаттарды тіркеу журналы', ru: 'Журнал регистрации входящих документов', en: 'Incoming registration journal' },
  period: { kk: 'Кезең', ru: 'Период', en: 'Period' },
  allTime: { kk: 'барлық уақыт', ru: 'за всё время', en: 'all time' },
  entries: { kk: 'Жазбалар саны', ru: 'Количество записей', en: 'Entries' },
  truncated: { kk: 'Тізім толық емес: кезеңді қысқартыңыз', ru: 'Список неполный: сократите период', en: 'The list is incomplete: narrow the period' },
  number: { kk: 'Тіркеу нөмірі', ru: 'Рег. номер', en: 'Reg. number' },
  registeredAt: { kk: 'Тіркелген уақыты', ru: 'Дата регистрации', en: 'Registered' },
  applicant: { kk: 'Өтініш беруші', ru: 'Заявитель', en: 'Applicant' },
  service: { kk: 'Қызмет', ru: 'Услуга', en: 'Service' },
  channel: { kk: 'Арна', ru: 'Канал', en: 'Channel' },
  status: { kk: 'Мәртебесі', ru: 'Статус', en: 'Status' },
  empty: { kk: 'Кезеңде тіркелген өтініштер жоқ.', ru: 'За период заявлений не зарегистрировано.', en: 'No applications were registered in the period.' },
  printedBy: { kk: 'Басып шығарған', ru: 'Распечатал', en: 'Printed by' },
} as const satisfies Record<string, Text>;

/** A case's status as the back office names it (web/src/i18n/messages, `status.*`). */
export const CASE_STATUS_LABELS: Readonly<Record<CaseStatus, Text>> = {
  received: { kk: 'Қабылданды', ru: 'Принято', en: 'Received' },
  inWork: { kk: 'Жұмыста', ru: 'В работе', en: 'In work' },
  completed: { kk: 'Орындалды', ru: 'Исполнено', en: 'Completed' },
  refused: { kk: 'Бас тартылды', ru: 'Отказано', en: 'Refused' },
};
