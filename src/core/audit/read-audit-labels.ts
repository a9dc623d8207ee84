import type { Text } from '../i18n/text.ts';
import type { ReadObjectKind, ReadPurpose } from './read-purposes.ts';

/** What each read served, as supervisors and citizens read it (the web app has the same labels in its catalogs). */
export const READ_PURPOSE_LABELS: Readonly<Record<ReadPurpose, Text>> = {
  'case.view': { kk: 'Істі қарау', ru: 'Просмотр дела', en: 'Case view' },
  'case.history': { kk: 'Іс тарихын қарау', ru: 'Просмотр истории дела', en: 'Case history' },
  'case.search-by-iin': { kk: 'ЖСН бойынша істерді іздеу', ru: 'Поиск дел по ИИН', en: 'Case search by IIN' },
  'document.content': { kk: 'Нәтиже құжатының толық мазмұны', ru: 'Полное содержание документа-результата', en: 'Full content of the result document' },
  'attachment.content': { kk: 'Өтінішке тіркелген файл', ru: 'Файл, приложенный к заявлению', en: 'File attached to the application' },
  'person.lookup': { kk: 'Жеке тұлғалар дерекқорынан іздеу', ru: 'Запрос в базу данных физических лиц', en: 'Persons database look-up' },
  'registries.labour-market': { kk: 'Еңбек нарығы карточкалары', ru: 'Карточки рынка труда', en: 'Labour-market cards' },
  'registries.records': { kk: 'Қызмет көрсету жазбалары', ru: 'Записи об оказанных услугах', en: 'Service records' },
  'registries.record': { kk: 'Қызмет көрсету жазбасы', ru: 'Запись об оказанной услуге', en: 'A service record' },
  'registries.unemployed-status': { kk: 'Жұмыссыз мәртебесі', ru: 'Статус безработного', en: 'Unemployed status' },
  'desk.applicant-lookup': { kk: 'ХҚКО: өтініш берушінің деректері', ru: 'ЦОН: данные заявителя', en: 'State Corporation desk: applicant data' },
  'desk.submission': { kk: 'ХҚКО: жіберілген өтініш', ru: 'ЦОН: переданное заявление', en: 'State Corporation desk: forwarded application' },
};

export const READ_OBJECT_LABELS: Readonly<Record<ReadObjectKind, Text>> = {
  person: { kk: 'Жеке деректер', ru: 'Персональные данные', en: 'Personal data' },
  case: { kk: 'Іс', ru: 'Дело', en: 'Case' },
  document: { kk: 'Құжат', ru: 'Документ', en: 'Document' },
  attachment: { kk: 'Тіркеме', ru: 'Вложение', en: 'Attachment' },
};

/** Column headers of the CSV export, in its order. */
export const READ_AUDIT_CSV_HEADERS: readonly Text[] = [
  { kk: 'Уақыты', ru: 'Время', en: 'Time' },
  { kk: 'Қызметкер', ru: 'Сотрудник', en: 'Staff member' },
  { kk: 'Логин', ru: 'Логин', en: 'Login' },
  { kk: 'Лауазымы', ru: 'Должность', en: 'Position' },
  { kk: 'Ұйым', ru: 'Организация', en: 'Organisation' },
  { kk: 'Тұлғаның ЖСН', ru: 'ИИН лица', en: "Person's IIN" },
  { kk: 'Не қаралды', ru: 'Что просмотрено', en: 'What was read' },
  { kk: 'Нысан', ru: 'Объект', en: 'Object' },
  { kk: 'Мақсаты', ru: 'Цель', en: 'Purpose' },
];

export const STAFF_ROLE_LABELS: Readonly<Record<string, Text>> = {
  clerk: { kk: 'Кеңсе қызметкері', ru: 'Сотрудник канцелярии', en: 'Office clerk' },
  head: { kk: 'Басшы', ru: 'Руководитель', en: 'Head' },
  executor: { kk: 'Жауапты орындаушы', ru: 'Ответственный исполнитель', en: 'Responsible executor' },
  scOperator: { kk: 'ХҚКО операторы', ru: 'Оператор ЦОН', en: 'State Corporation operator' },
  supervisor: { kk: 'Бақылаушы', ru: 'Куратор', en: 'Supervisor' },
  admin: { kk: 'Әкімші', ru: 'Администратор', en: 'Administrator' },
};
