import type { Text } from '../i18n/text.ts';
import type { RegionCode } from '../regulation/schema.ts';
import type { DiffStatus, LimitChange } from './comparison-schema.ts';

/** The words of a comparison in kk/ru/en (role, kind and channel names are in ../bpmn/handbook-texts.ts). */

export const REGION_NAMES: Readonly<Record<RegionCode, Text>> = {
  zhambyl: { kk: 'Жамбыл облысы', ru: 'Жамбылская область', en: 'Zhambyl region' },
  kyzylorda: { kk: 'Қызылорда облысы', ru: 'Кызылординская область', en: 'Kyzylorda region' },
  aktobe: { kk: 'Ақтөбе облысы', ru: 'Актюбинская область', en: 'Aktobe region' },
  northKazakhstan: { kk: 'Солтүстік Қазақстан облысы', ru: 'Северо-Казахстанская область', en: 'North Kazakhstan region' },
  akmola: { kk: 'Ақмола облысы', ru: 'Акмолинская область', en: 'Akmola region' },
};

export const CONDITION_CHECK_LABELS = {
  authorization: { kk: 'Авторизация', ru: 'Авторизация', en: 'Authorization' },
  signature: { kk: 'ЭЦҚ тексеру', ru: 'Проверка ЭЦП', en: 'EDS check' },
  personInRegistry: { kk: 'Адам «Жеке тұлғалар» МДБ-да бар', ru: 'Наличие лица в ГБД «Физические лица»', en: 'Person in the State database "Individuals"' },
  documentsComplete: { kk: 'Құжаттардың толықтығы', ru: 'Полнота документов', en: 'Documents complete' },
} as const satisfies Record<string, Text>;

export const STATUS_LABELS: Readonly<Record<DiffStatus, Text>> = {
  same: { kk: 'бірдей', ru: 'совпадает', en: 'same' },
  changed: { kk: 'өзгеше', ru: 'отличается', en: 'differs' },
  leftOnly: { kk: 'тек сол жақта', ru: 'только слева', en: 'left only' },
  rightOnly: { kk: 'тек оң жақта', ru: 'только справа', en: 'right only' },
};

export const LIMIT_CHANGE_LABELS: Readonly<Record<LimitChange, Text>> = {
  same: { kk: 'мерзімі бірдей', ru: 'срок тот же', en: 'same limit' },
  longer: { kk: 'оң жақта ұзағырақ', ru: 'справа дольше', en: 'longer on the right' },
  shorter: { kk: 'оң жақта қысқарақ', ru: 'справа короче', en: 'shorter on the right' },
  otherUnit: { kk: 'өлшем бірлігі басқа', ru: 'другая единица', en: 'other unit' },
  onlyLeft: { kk: 'мерзім тек сол жақта', ru: 'срок только слева', en: 'limit on the left only' },
  onlyRight: { kk: 'мерзім тек оң жақта', ru: 'срок только справа', en: 'limit on the right only' },
  neither: { kk: 'мерзімсіз', ru: 'без срока', en: 'no limit' },
};

export const COMPARISON_LABELS = {
  title: { kk: 'Регламенттерді салыстыру', ru: 'Сравнение регламентов', en: 'Comparison of regulations' },
  left: { kk: 'Сол жақ', ru: 'Слева', en: 'Left' },
  right: { kk: 'Оң жақ', ru: 'Справа', en: 'Right' },
  regulation: { kk: 'Регламент', ru: 'Регламент', en: 'Regulation' },
  service: { kk: 'Қызмет', ru: 'Услуга', en: 'Service' },
  region: { kk: 'Өңір', ru: 'Регион', en: 'Region' },
  act: { kk: 'Акт', ru: 'Акт', en: 'Act' },
  provider: { kk: 'Қызметті беруші', ru: 'Услугодатель', en: 'Provider' },
  differences: { kk: 'Айырмашылықтар саны', ru: 'Число различий', en: 'Differences' },
  channels: { kk: 'Арналар', ru: 'Каналы', en: 'Channels' },
  channel: { kk: 'Арна', ru: 'Канал', en: 'Channel' },
  routes: { kk: 'маршрут', ru: 'маршрутов', en: 'routes' },
  route: { kk: 'Маршрут', ru: 'Маршрут', en: 'Route' },
  step: { kk: 'Қадам', ru: 'Шаг', en: 'Step' },
  role: { kk: 'Рөл', ru: 'Роль', en: 'Role' },
  limit: { kk: 'Мерзім', ru: 'Срок', en: 'Limit' },
  difference: { kk: 'Айырмашылық', ru: 'Различие', en: 'Difference' },
  roleChanged: { kk: 'орындаушы рөлі басқа', ru: 'другая роль', en: 'other role' },
  total: { kk: 'Мерзімдер қосындысы', ru: 'Сумма сроков', en: 'Sum of limits' },
  withoutLimit: { kk: 'мерзімсіз қадамдар', ru: 'шагов без срока', en: 'steps without a limit' },
  conditions: { kk: 'Шарттар', ru: 'Условия', en: 'Conditions' },
  condition: { kk: 'Шарт', ru: 'Условие', en: 'Condition' },
  roles: { kk: 'Рөлдер (қадамдар саны)', ru: 'Роли (число шагов)', en: 'Roles (number of steps)' },
  results: { kk: 'Нәтижелер', ru: 'Результаты', en: 'Results' },
  positive: { kk: 'оң', ru: 'положительных', en: 'positive' },
  refusal: { kk: 'бас тарту', ru: 'отказ', en: 'refusal' },
  informationSystems: { kk: 'Ақпараттық жүйелер', ru: 'Информационные системы', en: 'Information systems' },
  none: { kk: '—', ru: '—', en: '—' },
} as const satisfies Record<string, Text>;
