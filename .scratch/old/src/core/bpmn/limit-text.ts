import type { Language, Text } from '../i18n/text.ts';
import type { Limit, LimitUnit, SourceRef } from '../regulation/schema.ts';

/**
 * A step's limit as an ISO-8601 duration for a BPMN timer. Minutes, hours, calendar days and months are exact
 * (PT20M, PT2H, P10D, P1M). ISO 8601 has no working day, so a working-day limit is written as days (P5D) and the
 * timer's documentation says "working days": the engine counts them on the Kazakh working calendar.
 */
export function limitIsoDuration(limit: Pick<Limit, 'value' | 'unit'>): string {
  const value = String(limit.value);
  switch (limit.unit) {
    case 'minutes':
      return `PT${value}M`;
    case 'hours':
      return `PT${value}H`;
    case 'workingDays':
    case 'calendarDays':
      return `P${value}D`;
    case 'months':
      return `P${value}M`;
  }
}

/** Russian nouns take one of three forms after a number: 1 день, 2 дня, 5 дней (21 день, 22 дня, 11–14 дней). */
function russianForm(value: number, forms: readonly [string, string, string]): string {
  if (!Number.isInteger(value)) return forms[1];
  const lastTwo = value % 100;
  const last = value % 10;
  if (lastTwo >= 11 && lastTwo <= 14) return forms[2];
  if (last === 1) return forms[0];
  if (last >= 2 && last <= 4) return forms[1];
  return forms[2];
}

const RUSSIAN_UNITS: Readonly<Record<LimitUnit, readonly [string, string, string]>> = {
  minutes: ['минута', 'минуты', 'минут'],
  hours: ['час', 'часа', 'часов'],
  workingDays: ['рабочий день', 'рабочих дня', 'рабочих дней'],
  calendarDays: ['календарный день', 'календарных дня', 'календарных дней'],
  months: ['месяц', 'месяца', 'месяцев'],
};

/** Kazakh nouns do not change after a number. */
const KAZAKH_UNITS: Readonly<Record<LimitUnit, string>> = {
  minutes: 'минут',
  hours: 'сағат',
  workingDays: 'жұмыс күні',
  calendarDays: 'күнтізбелік күн',
  months: 'ай',
};

const ENGLISH_UNITS: Readonly<Record<LimitUnit, readonly [string, string]>> = {
  minutes: ['minute', 'minutes'],
  hours: ['hour', 'hours'],
  workingDays: ['working day', 'working days'],
  calendarDays: ['calendar day', 'calendar days'],
  months: ['month', 'months'],
};

/** "20 minutes", "5 жұмыс күні", "22 рабочих дня". */
export function limitText(limit: Pick<Limit, 'value' | 'unit'>): Text {
  const { value, unit } = limit;
  return {
    kk: `${value} ${KAZAKH_UNITS[unit]}`,
    ru: `${value} ${russianForm(value, RUSSIAN_UNITS[unit])}`,
    en: `${value} ${ENGLISH_UNITS[unit][value === 1 ? 0 : 1]}`,
  };
}

/** How the engine counts the unit (ARCHITECTURE.md: minutes and hours are working time). */
const COUNTING_NOTES: Readonly<Record<LimitUnit, Text>> = {
  minutes: {
    kk: 'көрсетілетін қызметті берушінің жұмыс уақытымен есептеледі',
    ru: 'считается в рабочее время услугодателя',
    en: "counted in the provider's working hours",
  },
  hours: {
    kk: 'көрсетілетін қызметті берушінің жұмыс уақытымен есептеледі',
    ru: 'считается в рабочее время услугодателя',
    en: "counted in the provider's working hours",
  },
  workingDays: {
    kk: 'жұмыс күндері Қазақстанның жұмыс күнтізбесі бойынша есептеледі; таймердегі ұзақтық (күндер) шартты',
    ru: 'рабочие дни считаются по рабочему календарю Казахстана; длительность таймера (в днях) условна',
    en: 'working days, counted on the Kazakh working calendar; the timer duration (in days) stands in for them',
  },
  calendarDays: { kk: 'күнтізбелік күндер', ru: 'календарные дни', en: 'calendar days' },
  months: { kk: 'күнтізбелік айлар', ru: 'календарные месяцы', en: 'calendar months' },
};

const ANCHOR_NOTES: Readonly<Record<Limit['countsFrom'], Text | null>> = {
  stepStart: null,
  caseFiled: { kk: 'өтініш берілген сәттен бастап', ru: 'с момента подачи заявления', en: 'from the filing of the application' },
  caseRegistered: { kk: 'өтініш тіркелген сәттен бастап', ru: 'с момента регистрации заявления', en: 'from the registration of the application' },
};

const RECEIPT_DAY_NOTE: Text = {
  kk: 'құжаттарды қабылдау және беру күндері есептелмейді',
  ru: 'дни приема и выдачи документов не учитываются',
  en: 'the days of receiving and issuing documents are not counted',
};

const LABELS = {
  limit: { kk: 'Мерзімі', ru: 'Срок', en: 'Limit' },
  noLimit: { kk: 'Регламентте мерзім көрсетілмеген', ru: 'Срок в регламенте не указан', en: 'The regulation gives no time limit' },
  extension: { kk: 'ұзартуға болады', ru: 'может быть продлен на', en: 'may be extended by' },
  source: { kk: 'Дереккөзі', ru: 'Источник', en: 'Source' },
  line: { kk: 'жол', ru: 'строка', en: 'line' },
} as const satisfies Record<string, Text>;

/** Joins sentences with ". ", without doubling a full stop a sentence already ends with; empty parts are left out. */
export function joinSentences(parts: ReadonlyArray<string | undefined>): string {
  return parts
    .filter((part): part is string => Boolean(part))
    .reduce((text, part) => (text === '' ? part : `${text}${/[.!?]$/.test(text) ? ' ' : '. '}${part}`), '');
}

/** "Source: 000_….txt, line 85: «…»" — the seed line a figure comes from. */
export function sourceText(source: SourceRef, lang: Language): string {
  return `${LABELS.source[lang]}: ${source.seed}, ${LABELS.line[lang]} ${source.line}: «${source.quote}»`;
}

/** The limit in words with how it is counted, e.g. "Limit: 20 minutes (counted in the provider's working hours)". */
export function limitSummary(limit: Limit, lang: Language): string {
  const notes = [
    COUNTING_NOTES[limit.unit][lang],
    ANCHOR_NOTES[limit.countsFrom]?.[lang],
    limit.receiptDayNotCounted ? RECEIPT_DAY_NOTE[lang] : undefined,
    limit.extension ? `${LABELS.extension[lang]} ${limitText(limit.extension)[lang]}: ${limit.extension.when}` : undefined,
  ].filter((note): note is string => note !== undefined);
  return `${LABELS.limit[lang]}: ${limitText(limit)[lang]} (${notes.join('; ')})`;
}

/** What a task or timer documents about its limit: the limit, how it counts, and the seed line it comes from. */
export function limitDocumentation(limit: Limit | null, lang: Language, limitNote?: string): string {
  if (limit === null) return joinSentences([LABELS.noLimit[lang], limitNote]);
  return joinSentences([limitSummary(limit, lang), sourceText(limit.source, lang)]);
}
