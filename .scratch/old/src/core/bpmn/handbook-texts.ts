import type { Text } from '../i18n/text.ts';
import type { Channel, Role, StepKind } from '../regulation/schema.ts';

/**
 * The words of the business-process handbook (diagrams and comparisons) in kk/ru/en. Role, kind and channel names
 * match the web app's (web/src/i18n/messages).
 */

export const ROLE_LABELS: Readonly<Record<Role, Text>> = {
  clerk: { kk: 'Кеңсе қызметкері', ru: 'Работник канцелярии', en: 'Office clerk' },
  head: { kk: 'Басшы', ru: 'Руководитель', en: 'Head' },
  executor: { kk: 'Жауапты орындаушы', ru: 'Ответственный исполнитель', en: 'Responsible executor' },
  scOperator: { kk: 'Мемлекеттік корпорация операторы', ru: 'Оператор Госкорпорации', en: 'State Corporation operator' },
  system: { kk: 'Ақпараттық жүйе', ru: 'Информационная система', en: 'Information system' },
};

export const STEP_KIND_LABELS: Readonly<Record<StepKind, Text>> = {
  register: { kk: 'Тіркеу', ru: 'Регистрация', en: 'Registration' },
  assignExecutor: { kk: 'Бұрыштама (орындаушыны тағайындау)', ru: 'Резолюция (назначение исполнителя)', en: 'Resolution (assigning an executor)' },
  decide: { kk: 'Шешім', ru: 'Решение', en: 'Decision' },
  prepareDocument: { kk: 'Құжатты дайындау', ru: 'Подготовка документа', en: 'Document preparation' },
  sign: { kk: 'Қол қою', ru: 'Подписание', en: 'Signing' },
  issue: { kk: 'Нәтижені беру', ru: 'Выдача результата', en: 'Issue of the result' },
  forward: { kk: 'Жіберу', ru: 'Передача', en: 'Hand-over' },
  automatic: { kk: 'Автоматты әрекет', ru: 'Автоматическое действие', en: 'Automatic action' },
};

export const CHANNEL_LABELS: Readonly<Record<Channel, Text>> = {
  providerOffice: { kk: 'Көрсетілетін қызметті берушінің кеңсесі', ru: 'Канцелярия услугодателя', en: "Provider's office" },
  stateCorporation: { kk: 'Мемлекеттік корпорация', ru: 'Госкорпорация', en: 'State Corporation' },
  portal: { kk: 'Электрондық үкімет порталы', ru: 'Портал электронного правительства', en: 'E-gov portal' },
  ruralAkim: { kk: 'Ауыл әкімі', ru: 'Аким села', en: 'Rural akim' },
  otherAuthority: { kk: 'Басқа орган', ru: 'Другой орган', en: 'Other authority' },
};

/** The participants of a route's collaboration; the provider's pool is named after the regulation's provider. */
export const PARTICIPANT_LABELS = {
  applicant: { kk: 'Көрсетілетін қызметті алушы', ru: 'Услугополучатель', en: 'Applicant' },
  portal: { kk: '«Электрондық үкімет» веб-порталы', ru: 'Веб-портал «электронного правительства»', en: 'E-government portal' },
  stateCorporation: {
    kk: '«Азаматтарға арналған үкімет» мемлекеттік корпорациясы',
    ru: 'Государственная корпорация «Правительство для граждан»',
    en: 'State Corporation "Government for Citizens"',
  },
  gateway: { kk: '«Электрондық үкімет» шлюзі', ru: 'Шлюз «электронного правительства»', en: 'E-government gateway' },
  informationSystems: { kk: 'Мемлекеттік ақпараттық жүйелер', ru: 'Государственные информационные системы', en: 'State information systems' },
  ruralAkim: {
    kk: 'Кент, ауыл, ауылдық округ әкімінің аппараты',
    ru: 'Аппарат акима поселка, села, сельского округа',
    en: 'Office of the akim of the settlement, village or rural district',
  },
} as const satisfies Record<string, Text>;

export const EVENT_LABELS = {
  applicantStart: { kk: 'Мемлекеттік қызмет қажет', ru: 'Нужна государственная услуга', en: 'A state service is needed' },
  submits: { kk: 'Өтініш пен құжаттарды береді', ru: 'Подает заявление и документы', en: 'Submits the application and documents' },
  receivesResult: { kk: 'Нәтижені алады', ru: 'Получает результат', en: 'Receives the result' },
  serviceEnd: { kk: 'Қызмет көрсетілді', ru: 'Услуга оказана', en: 'The service is provided' },
  received: { kk: 'Өтініш келіп түсті', ru: 'Заявление поступило', en: 'The application arrives' },
  poolEnd: { kk: 'Аяқталды', ru: 'Завершено', en: 'Done' },
  overdue: { kk: 'Мерзімі өтті', ru: 'Срок истек', en: 'Overdue' },
  overdueDocumentation: {
    kk: 'Қадам ашық қалады; кешіккені бір рет белгіленеді және хабарланады: қызметкер не орындаушы кешіксе — басшыға, басшы кешіксе — өңір кураторына.',
    ru: 'Шаг остается открытым; просрочка отмечается один раз и сообщается: при просрочке работника или исполнителя — руководителю, при просрочке руководителя — куратору региона.',
    en: "The step stays open; the delay is marked once and reported: a late clerk or executor to the provider's head, a late head to the region's supervisor.",
  },
} as const satisfies Record<string, Text>;

export const GATEWAY_LABELS = {
  conditionMet: { kk: '{n}-шарт орындалды ма?', ru: 'Условие {n} выполнено?', en: 'Condition {n} met?' },
  unnumberedConditionMet: { kk: 'Шарт орындалды ма?', ru: 'Условие выполнено?', en: 'Condition met?' },
  yes: { kk: 'иә', ru: 'да', en: 'yes' },
  no: { kk: 'жоқ', ru: 'нет', en: 'no' },
  positiveDecision: { kk: 'Шешім оң ба?', ru: 'Решение положительное?', en: 'Positive decision?' },
  refusalDecision: { kk: 'Бас тарту ма?', ru: 'Отказ?', en: 'A refusal?' },
  merge: { kk: '', ru: '', en: '' },
} as const satisfies Record<string, Text>;

export const FLOW_ITEM_LABELS = {
  process: { kk: '{n}-процесс', ru: 'Процесс {n}', en: 'Process {n}' },
  condition: { kk: '{n}-шарт', ru: 'Условие {n}', en: 'Condition {n}' },
  unnumbered: { kk: 'Алдын ала әрекет', ru: 'Предварительное действие', en: 'Preliminary action' },
  result: { kk: 'Қызмет нәтижесі', ru: 'Результат услуги', en: 'Result of the service' },
  refusal: { kk: 'Бас тарту', ru: 'Отказ', en: 'Refusal' },
  noInformationSystems: {
    kk: 'Регламентте ақпараттық жүйелер аталмаған',
    ru: 'Информационные системы в регламенте не названы',
    en: 'The regulation names no information systems',
  },
} as const satisfies Record<string, Text>;
