import { z } from 'zod';
import { AppError } from '../errors/app-error.ts';
import { reasonText } from '../errors/validation-reasons.ts';
import type { Text } from '../i18n/text.ts';
import { ZText } from '../regulation/schema.ts';
import { daysInMonth, parseIsoDate, yearOf } from './civil-date.ts';

/**
 * The Kazakh holiday calendar as data (calendar/kz-holidays.json): an administrator edits it when the Government
 * publishes a year's transfer act or the Kurban Ait date. Bump HOLIDAY_CALENDAR_SCHEMA_VERSION on a breaking change.
 * Facts and sources: ../shared/reference/kz-ecosystem.md §4.
 */
export const HOLIDAY_CALENDAR_SCHEMA_VERSION = 1;

const ZIsoDate = z.iso.date();
const ZYear = z.number().int().min(1991).max(2100);
const ZSource = z.string().min(3);
const ZHolidayId = z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'a camelCase id such as victoryDay');

/** Where every entry of the calendar comes from: its source (an act, an announcement) and an optional note. */
const PROVENANCE = {
  /** False where the entry is an estimate nobody official has announced yet (a Kurban Ait date ahead of time). */
  verified: z.boolean().default(true),
  source: ZSource,
  note: z.string().optional(),
};

/** A holiday of the list in Law No. 267-II "On holidays in the RK" (or a Labour Code art. 84 p.5 day off). */
export const ZBaseHoliday = z.strictObject({
  id: ZHolidayId,
  name: ZText,
  month: z.number().int().min(1).max(12),
  days: z.array(z.number().int().min(1).max(31)).min(1),
  fromYear: ZYear,
  /** The last year the holiday is a day off; absent while it still is. */
  untilYear: ZYear.optional(),
  /**
   * True for the holidays of the list: one on a Saturday or Sunday gives the next working day off (Law "On holidays"
   * art. 5). False for 7 January, a Labour Code art. 84 p.5 day off that is not moved.
   */
  movesWhenOnWeekend: z.boolean(),
  ...PROVENANCE,
});

export const ZKurbanAitDate = z.strictObject({
  year: ZYear,
  date: ZIsoDate,
  ...PROVENANCE,
});

/** A Government transfer (Labour Code art. 85 p.3): `dayOff` becomes a day off and `workingDay` a working day. */
export const ZTransfer = z.strictObject({
  year: ZYear,
  dayOff: ZIsoDate,
  workingDay: ZIsoDate,
  ...PROVENANCE,
});

export const ZHolidayCalendar = z.strictObject({
  schemaVersion: z.literal(HOLIDAY_CALENDAR_SCHEMA_VERSION),
  country: z.literal('KZ'),
  description: z.string().optional(),
  /** The years whose Kurban Ait date and transfers are entered; the calendar is exact only inside them. */
  coverage: z.strictObject({ fromYear: ZYear, untilYear: ZYear, note: z.string().optional() }),
  holidays: z.array(ZBaseHoliday).min(1),
  /** The first day of Kurban Ait: a day off that is not moved (Labour Code art. 84 p.5), dated per year. */
  kurbanAit: z.strictObject({ name: ZText, source: ZSource, dates: z.array(ZKurbanAitDate) }),
  transfers: z.array(ZTransfer),
  notes: z.array(z.string()).default([]),
});

export type HolidayCalendarData = z.infer<typeof ZHolidayCalendar>;
export type BaseHoliday = z.infer<typeof ZBaseHoliday>;
export type KurbanAitDate = z.infer<typeof ZKurbanAitDate>;
export type HolidayTransfer = z.infer<typeof ZTransfer>;

export interface HolidayCalendarIssue {
  readonly path: string;
  /** In English, for logs and the command line. */
  readonly reason: string;
  /** The same in words an administrator reads in the web app (issue #17), in kk/ru/en. */
  readonly reasonText: Text;
}

const t = (kk: string, ru: string, en: string): Text => ({ kk, ru, en });
const issue = (path: string, reason: Text): HolidayCalendarIssue => ({ path, reason: reason.en, reasonText: reason });

export type HolidayCalendarCheck =
  | { readonly ok: true; readonly data: HolidayCalendarData }
  | { readonly ok: false; readonly issues: readonly HolidayCalendarIssue[] };

function formatPath(path: readonly PropertyKey[]): string {
  return (
    path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '') ||
    '(root)'
  );
}

/** Rules a schema cannot express: real dates, one Kurban Ait date per covered year, no date both off and working. */
function crossCheckIssues(data: HolidayCalendarData): HolidayCalendarIssue[] {
  const issues: HolidayCalendarIssue[] = [];
  const { coverage } = data;
  if (coverage.untilYear < coverage.fromYear) issues.push(issue('coverage.untilYear', t('coverage.fromYear жылынан ерте', 'раньше coverage.fromYear', 'is before coverage.fromYear')));

  const ids = new Set<string>();
  data.holidays.forEach((holiday, index) => {
    if (ids.has(holiday.id)) issues.push(issue(`holidays[${index}].id`, t(`«${holiday.id}» идентификаторы қайталанады`, `идентификатор «${holiday.id}» повторяется`, `duplicate id "${holiday.id}"`)));
    ids.add(holiday.id);
    if (holiday.untilYear !== undefined && holiday.untilYear < holiday.fromYear) {
      issues.push(issue(`holidays[${index}].untilYear`, t('fromYear жылынан ерте', 'раньше fromYear', 'is before fromYear')));
    }
    holiday.days.forEach((day, dayIndex) => {
      // 2024 is a leap year: the longest a month ever is.
      if (day > daysInMonth(2024, holiday.month)) {
        issues.push(issue(`holidays[${index}].days[${dayIndex}]`, t(`${holiday.month}-айда ${day} күн жоқ`, `в месяце ${holiday.month} нет дня ${day}`, `month ${holiday.month} has no day ${day}`)));
      }
    });
  });
  if (ids.has('kurbanAit')) issues.push(issue('holidays', t('«kurbanAit» идентификаторы kurbanAit бөліміне арналған', 'идентификатор «kurbanAit» зарезервирован для раздела kurbanAit', 'the id "kurbanAit" is reserved for the kurbanAit section')));

  const kurbanYears = new Set<number>();
  data.kurbanAit.dates.forEach((entry, index) => {
    if (kurbanYears.has(entry.year)) issues.push(issue(`kurbanAit.dates[${index}].year`, t(`${entry.year} жылға екінші күн`, `вторая дата на ${entry.year} год`, `a second date for ${entry.year}`)));
    kurbanYears.add(entry.year);
    if (yearOf(parseIsoDate(entry.date)) !== entry.year) {
      issues.push(issue(`kurbanAit.dates[${index}].date`, t(`${entry.year} жылға жатпайды`, `не в ${entry.year} году`, `is not in the year ${entry.year}`)));
    }
  });
  for (let year = coverage.fromYear; year <= coverage.untilYear; year++) {
    if (!kurbanYears.has(year)) issues.push(issue('kurbanAit.dates', t(`қамтылған ${year} жылға Құрбан айт күні жоқ`, `нет даты Курбан айта на охваченный ${year} год`, `no Kurban Ait date for the covered year ${year}`)));
  }

  const daysOff = new Set(data.transfers.map((t) => t.dayOff));
  const workingDays = new Set<string>();
  data.transfers.forEach((transfer, index) => {
    if (transfer.dayOff === transfer.workingDay) {
      issues.push(issue(`transfers[${index}].workingDay`, t('dayOff күнімен бірдей', 'совпадает с dayOff', 'is the same date as dayOff')));
    }
    if (yearOf(parseIsoDate(transfer.dayOff)) !== transfer.year) {
      issues.push(issue(`transfers[${index}].dayOff`, t(`${transfer.year} жылға жатпайды`, `не в ${transfer.year} году`, `is not in the year ${transfer.year}`)));
    }
    if (daysOff.has(transfer.workingDay)) {
      issues.push(issue(`transfers[${index}].workingDay`, t(`${transfer.workingDay} ауыстырылған демалыс күні де болып табылады`, `${transfer.workingDay} также перенесённый выходной`, `${transfer.workingDay} is also a transferred day off`)));
    }
    if (workingDays.has(transfer.workingDay)) {
      issues.push(issue(`transfers[${index}].workingDay`, t(`${transfer.workingDay} ауыстыру бойынша жұмыс күні болып қойған`, `${transfer.workingDay} уже рабочий день по переносу`, `${transfer.workingDay} is already a working day by transfer`)));
    }
    workingDays.add(transfer.workingDay);
  });
  return issues;
}

/** Validates parsed JSON; every issue names the path inside the file and the reason. */
export function checkHolidayCalendar(raw: unknown): HolidayCalendarCheck {
  const parsed = ZHolidayCalendar.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, issues: parsed.error.issues.map((zodIssue) => issue(formatPath(zodIssue.path), reasonText({ code: zodIssue.code, params: zodIssue as unknown as Record<string, unknown>, message: zodIssue.message }))) };
  }
  const issues = crossCheckIssues(parsed.data);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, data: parsed.data };
}

/**
 * Validates parsed JSON or throws CONFIG_INVALID naming the file, the first issue's path and its reason
 * (the calendar is configuration an administrator edits, so a broken file must say where it is broken).
 */
export function parseHolidayCalendar(raw: unknown, file: string): HolidayCalendarData {
  const check = checkHolidayCalendar(raw);
  if (check.ok) return check.data;
  const [first] = check.issues;
  const path = first?.path ?? '(root)';
  const reason = first?.reason ?? 'invalid';
  const more = check.issues.length > 1 ? ` (and ${check.issues.length - 1} more issue(s))` : '';
  throw new AppError('CONFIG_INVALID', `${file}: ${path}: ${reason}${more}`, { file, path, reason });
}
