import type { Language, Text } from '../i18n/text.ts';
import type { Limit, LimitUnit, SourceRef } from '../regulation/schema.ts';
import { labelTables } from '../i18n/label-tables.ts';
import labelData from './limit-text.labels.json' with { type: 'json' };

/** The kk/ru/en texts of this module are data: limit-text.labels.json (checked on load by labelTables). */
const labels = labelTables(labelData, 'limit-text.labels.json');

/**
 * The clock a limit runs on, as the exported BPMN states it (qyzmet:calendar, docs/bpmn-export.md): minutes and hours
 * of the provider's working time, working days of the Kazakh working calendar, or plain calendar time
 * (ARCHITECTURE.md, "time limits").
 */
export type LimitCalendar = 'workingHours' | 'workingDays' | 'calendar';

export const LIMIT_CALENDARS: Readonly<Record<LimitUnit, LimitCalendar>> = {
  minutes: 'workingHours',
  hours: 'workingHours',
  workingDays: 'workingDays',
  calendarDays: 'calendar',
  months: 'calendar',
};

/**
 * A limit as an ISO-8601 duration for a BPMN timer, where one exists: calendar days and months (P10D, P1M). A limit
 * in working time has none — ISO 8601 knows no working day or working hour, and P5D or PT20M would tell a BPMN tool
 * a shorter, wrong legal limit (5 working days are 7 calendar days over a weekend; 20 working minutes started at 17:55
 * end the next morning) — so it gets null, and the timer carries the limit in its qyzmet attributes and its name.
 */
export function limitIsoDuration(limit: Pick<Limit, 'value' | 'unit'>): string | null {
  const value = String(limit.value);
  switch (limit.unit) {
    case 'minutes':
    case 'hours':
    case 'workingDays':
      return null;
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

/** A timer's name: the limit and its clock in words, "Срок: 5 рабочих дней", "Limit: 20 minutes of working time". */
export function limitName(limit: Pick<Limit, 'value' | 'unit'>, lang: Language): string {
  const clock = LIMIT_CALENDARS[limit.unit] === 'workingHours' ? ` ${WORKING_TIME[lang]}` : '';
  return `${LABELS.limit[lang]}: ${limitText(limit)[lang]}${clock}`;
}

/** After minutes and hours, which are the provider's working time (working days and calendar units say so already). */
const WORKING_TIME: Text = labels.workingTime;

/** How the engine counts the unit (ARCHITECTURE.md: minutes and hours are working time). */
const COUNTING_NOTES: Readonly<Record<LimitUnit, Text>> = labels.countingNotes;

const ANCHOR_NOTES: Readonly<Record<Limit['countsFrom'], Text | null>> = {
  stepStart: null,
  caseFiled: { kk: 'өтініш берілген сәттен бастап', ru: 'с момента подачи заявления', en: 'from the filing of the application' },
  caseRegistered: { kk: 'өтініш тіркелген сәттен бастап', ru: 'с момента регистрации заявления', en: 'from the registration of the application' },
};

const RECEIPT_DAY_NOTE: Text = labels.receiptDayNote;

const LABELS = labels.limitLabels satisfies Record<string, Text>;

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
