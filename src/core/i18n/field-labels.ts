import type { Text } from './text.ts';

/*
 * The names of request fields as a person reads them, so a refusal says «ИИН» and not `body.iin` (issue #13: every
 * refusal names the field in words). Keyed by the field's own name (the last part of its path); a field missing here is
 * named by its path in quotes, which the test of this table keeps rare.
 */
export const FIELD_LABELS: Readonly<Record<string, Text>> = {
  iin: { kk: 'ЖСН', ru: 'ИИН', en: 'IIN' },
  applicantIin: { kk: 'өтініш берушінің ЖСН-і', ru: 'ИИН заявителя', en: "applicant's IIN" },
  login: { kk: 'логин', ru: 'логин', en: 'login' },
  password: { kk: 'құпиясөз', ru: 'пароль', en: 'password' },
  regulationId: { kk: 'регламент', ru: 'регламент', en: 'regulation' },
  channel: { kk: 'өтініш беру арнасы', ru: 'канал подачи', en: 'channel' },
  formData: { kk: 'өтініш деректері', ru: 'данные заявления', en: 'application data' },
  fileName: { kk: 'файл атауы', ru: 'имя файла', en: 'file name' },
  mediaType: { kk: 'файл түрі', ru: 'тип файла', en: 'file type' },
  contentBase64: { kk: 'файл мазмұны', ru: 'содержимое файла', en: 'file content' },
  documentId: { kk: 'құжат', ru: 'документ', en: 'document' },
  paperDocumentIds: { kk: 'қағаз түрінде тапсырылған құжаттар', ru: 'сданные бумажные документы', en: 'paper documents handed over' },
  attachmentIds: { kk: 'тіркелген құжаттар', ru: 'приложенные документы', en: 'attached documents' },
  attachmentId: { kk: 'тіркелген құжат', ru: 'приложенный документ', en: 'attached document' },
  representative: { kk: 'өкіл', ru: 'представитель', en: 'representative' },
  fullName: { kk: 'аты-жөні', ru: 'ФИО', en: 'full name' },
  powerOfAttorney: { kk: 'сенімхат', ru: 'доверенность', en: 'power of attorney' },
  number: { kk: 'нөмір', ru: 'номер', en: 'number' },
  issuedOn: { kk: 'берілген күні', ru: 'дата выдачи', en: 'date of issue' },
  validUntil: { kk: 'жарамдылық мерзімі', ru: 'срок действия', en: 'valid until' },
  stepId: { kk: 'қадам', ru: 'шаг', en: 'step' },
  expectedVersion: { kk: 'іс нұсқасы', ru: 'версия дела', en: 'case version' },
  input: { kk: 'қадам деректері', ru: 'данные шага', en: 'step data' },
  reason: { kk: 'себебі', ru: 'причина', en: 'reason' },
  limit: { kk: 'жазбалар саны', ru: 'количество записей', en: 'number of items' },
  unreadOnly: { kk: 'тек оқылмағандар', ru: 'только непрочитанные', en: 'unread only' },
  caseId: { kk: 'іс', ru: 'дело', en: 'case' },
  ticketId: { kk: 'кезек талоны', ru: 'талон очереди', en: 'queue ticket' },
  notificationId: { kk: 'хабарлама', ru: 'уведомление', en: 'notification' },
  code: { kk: 'тексеру коды', ru: 'код проверки', en: 'verification code' },
  lang: { kk: 'тіл', ru: 'язык', en: 'language' },
  from: { kk: 'кезең басы', ru: 'начало периода', en: 'start of the period' },
  to: { kk: 'кезең соңы немесе алушы', ru: 'конец периода или получатель', en: 'end of the period or recipient' },
  region: { kk: 'өңір', ru: 'регион', en: 'region' },
  deregisteredOn: { kk: 'тіркеуден шығарылған күні', ru: 'дата снятия с учёта', en: 'date taken off the register' },
  outcomeOn: { kk: 'нәтиже күні', ru: 'дата результата', en: 'date of the outcome' },
  providerId: { kk: 'қызмет берушi', ru: 'услугодатель', en: 'service provider' },
  serviceCode: { kk: 'қызмет коды', ru: 'код услуги', en: 'service code' },
  status: { kk: 'мәртебе', ru: 'статус', en: 'status' },
  journalNumber: { kk: 'журнал нөмірі', ru: 'номер в журнале', en: 'journal number' },
  nonce: { kk: 'бір реттік сұрау', ru: 'одноразовый запрос', en: 'one-time challenge' },
  signature: { kk: 'ЭЦҚ қолтаңбасы', ru: 'подпись ЭЦП', en: 'EDS signature' },
  requestSignature: { kk: 'өтініштің ЭЦҚ қолтаңбасы', ru: 'подпись ЭЦП заявления', en: 'EDS signature of the application' },
  processAndResult: { kk: 'үдеріс пен нәтиже бағасы', ru: 'оценка процесса и результата', en: 'rating of the process and result' },
  information: { kk: 'ақпарат бағасы', ru: 'оценка информирования', en: 'rating of the information' },
  comment: { kk: 'пікір', ru: 'комментарий', en: 'comment' },
  data: { kk: 'тізілім деректері', ru: 'данные реестра', en: 'registry data' },
  kind: { kk: 'түрі', ru: 'вид', en: 'kind' },
  sender: { kk: 'жіберуші', ru: 'отправитель', en: 'sender' },
  submittedBy: { kk: 'кім жіберді', ru: 'кем подано', en: 'submitted by' },
  cardId: { kk: 'карточка', ru: 'карточка', en: 'card' },
  referralId: { kk: 'жолдама', ru: 'направление', en: 'referral' },
  recordId: { kk: 'жазба', ru: 'запись', en: 'record' },
  actId: { kk: 'құқықтық акт', ru: 'правовой акт', en: 'legal act' },
  pdfBase64: { kk: 'PDF файлы', ru: 'PDF-файл', en: 'PDF file' },
  date: { kk: 'күні', ru: 'дата', en: 'date' },
  at: { kk: 'уақыт', ru: 'время', en: 'time' },
  left: { kk: 'бірінші редакция', ru: 'первая редакция', en: 'first edition' },
  right: { kk: 'екінші редакция', ru: 'вторая редакция', en: 'second edition' },
  outcome: { kk: 'нәтиже', ru: 'результат', en: 'outcome' },
  body: { kk: 'сұрау мазмұны', ru: 'тело запроса', en: 'request body' },
  querystring: { kk: 'сұрау параметрлері', ru: 'параметры запроса', en: 'query parameters' },
  params: { kk: 'мекенжай бөлігі', ru: 'часть адреса', en: 'part of the address' },
  url: { kk: 'мекенжай', ru: 'адрес запроса', en: 'request address' },
  request: { kk: 'сұрау', ru: 'запрос', en: 'request' },
  'headers.idempotency-key': { kk: 'Idempotency-Key тақырыбы', ru: 'заголовок Idempotency-Key', en: 'Idempotency-Key header' },
  periodFrom: { kk: 'кезеңнің басы', ru: 'начало периода', en: 'start of the period' },
  periodTo: { kk: 'кезеңнің соңы', ru: 'конец периода', en: 'end of the period' },
  offset: { kk: 'тізімдегі орны', ru: 'смещение в списке', en: 'position in the list' },
};

/** The words for a field given by its path (`body.representative.iin` → «ИИН»); unknown ones by the path in quotes. */
export function fieldLabel(path: string): Text {
  const exact = FIELD_LABELS[path];
  if (exact) return exact;
  const parts = path.split('.').filter((p) => !/^\d+$/.test(p));
  for (let i = parts.length - 1; i >= 0; i--) {
    const label = FIELD_LABELS[parts[i] ?? ''];
    if (label) return label;
  }
  return { kk: `«${path}»`, ru: `«${path}»`, en: `"${path}"` };
}
