import type { Text } from '../i18n/text.ts';
import { daysInMonth, epochDayOf, formatIsoDate, isWeekend, parseIsoDate, yearOf } from './civil-date.ts';
import type { BaseHoliday, HolidayCalendarData } from './holiday-calendar-schema.ts';

/** Why a date is not a working day. */
export type DayOffReason =
  | { readonly kind: 'weekend' }
  /** A holiday on its own date, including 7 January and Kurban Ait, which are never moved. */
  | { readonly kind: 'holiday'; readonly holidayId: string; readonly name: Text }
  /** The working day that replaces a holiday which fell on a Saturday or Sunday. */
  | { readonly kind: 'movedHoliday'; readonly holidayId: string; readonly name: Text; readonly holidayDate: string }
  /** A Government transfer (Labour Code art. 85 p.3) made this date a day off. */
  | { readonly kind: 'transferredDayOff'; readonly workingDayInstead: string; readonly source: string };

export interface DayOff {
  readonly date: string;
  readonly reason: DayOffReason;
  /** False where the data marks the entry behind this day off as unverified (e.g. an estimated Kurban Ait date). */
  readonly verified: boolean;
}

/**
 * The Kazakh working calendar of the five-day week. Pure: it answers from the data it was built with and caches
 * each year it has computed. Rules, in order (kz-ecosystem.md §4):
 * 1. Saturday and Sunday are days off;
 * 2. the holidays of the data are days off in their years (`fromYear`..`untilYear`), as is the year's Kurban Ait;
 * 3. a holiday with `movesWhenOnWeekend` that falls on Saturday or Sunday gives the next day that is neither a weekend,
 *    nor a holiday, nor an earlier moved day off (so moves cascade: Nauryz 2026 falls Sat–Mon, Tue 24 and Wed 25 March
 *    are off); 7 January and Kurban Ait never move (Labour Code art. 84 p.5);
 * 4. Government transfers are applied last: `dayOff` is off, `workingDay` works even on a Saturday or Sunday.
 * Outside the data's coverage years rules 1–3 still apply without Kurban Ait or transfers (see `isYearCovered`).
 */
export interface WorkingCalendar {
  isWorkingDay(isoDate: string): boolean;
  /** The same as `isWorkingDay`, on a day number since 1970-01-01 (for loops that count days). */
  isWorkingEpochDay(epochDay: number): boolean;
  /**
   * For a day that works only because of a transfer, the transferred day off it stands in for (its work moved here);
   * null for any other day. Working hours of such a day follow the weekday of that day off.
   */
  dayOffReplacedBy(epochDay: number): number | null;
  /** Every date of the year that is not a working day, in date order, with its reason. */
  daysOffOf(year: number): readonly DayOff[];
  /** True when the data holds the year's Kurban Ait date and transfers, so the answer for that year is exact. */
  isYearCovered(year: number): boolean;
}

interface HolidayDayOff {
  readonly holidayId: string;
  readonly name: Text;
  readonly verified: boolean;
}

interface MovedDayOff extends HolidayDayOff {
  readonly holidayEpochDay: number;
}

interface YearDaysOff {
  /** Holidays on their own dates (weekday or weekend). */
  readonly holidays: ReadonlyMap<number, HolidayDayOff>;
  /** Days off created by moving this year's weekend holidays (may spill into January of the next year). */
  readonly moved: ReadonlyMap<number, MovedDayOff>;
}

interface TransferDay {
  readonly otherDay: number;
  readonly verified: boolean;
  readonly source: string;
}

function isActiveIn(holiday: BaseHoliday, year: number): boolean {
  return holiday.fromYear <= year && (holiday.untilYear === undefined || year <= holiday.untilYear);
}

/** The holiday's dates in a year, skipping a 29 February in a common year. */
function datesIn(holiday: BaseHoliday, year: number): number[] {
  return holiday.days.filter((day) => day <= daysInMonth(year, holiday.month)).map((day) => epochDayOf(year, holiday.month, day));
}

export function createWorkingCalendar(data: HolidayCalendarData): WorkingCalendar {
  const kurbanAitByYear = new Map(data.kurbanAit.dates.map((entry) => [entry.year, entry]));
  const transferDaysOff = new Map<number, TransferDay>();
  const transferWorkingDays = new Map<number, TransferDay>();
  for (const transfer of data.transfers) {
    const dayOff = parseIsoDate(transfer.dayOff);
    const workingDay = parseIsoDate(transfer.workingDay);
    transferDaysOff.set(dayOff, { otherDay: workingDay, verified: transfer.verified, source: transfer.source });
    transferWorkingDays.set(workingDay, { otherDay: dayOff, verified: transfer.verified, source: transfer.source });
  }

  const holidayCache = new Map<number, Map<number, HolidayDayOff>>();
  function holidaysOf(year: number): Map<number, HolidayDayOff> {
    const cached = holidayCache.get(year);
    if (cached) return cached;
    const holidays = new Map<number, HolidayDayOff>();
    for (const holiday of data.holidays) {
      if (!isActiveIn(holiday, year)) continue;
      for (const epochDay of datesIn(holiday, year)) {
        if (!holidays.has(epochDay)) holidays.set(epochDay, { holidayId: holiday.id, name: holiday.name, verified: holiday.verified });
      }
    }
    const kurbanAit = kurbanAitByYear.get(year);
    if (kurbanAit) {
      const epochDay = parseIsoDate(kurbanAit.date);
      if (!holidays.has(epochDay)) holidays.set(epochDay, { holidayId: 'kurbanAit', name: data.kurbanAit.name, verified: kurbanAit.verified });
    }
    holidayCache.set(year, holidays);
    return holidays;
  }

  const isHoliday = (epochDay: number) => holidaysOf(yearOf(epochDay)).has(epochDay);

  const yearCache = new Map<number, YearDaysOff>();
  function daysOffGeneratedBy(year: number): YearDaysOff {
    const cached = yearCache.get(year);
    if (cached) return cached;
    const holidays = holidaysOf(year);
    const moved = new Map<number, MovedDayOff>();
    const weekendHolidays = data.holidays
      .filter((holiday) => holiday.movesWhenOnWeekend && isActiveIn(holiday, year))
      .flatMap((holiday) => datesIn(holiday, year).map((epochDay) => ({ holiday, epochDay })))
      .filter(({ epochDay }) => isWeekend(epochDay))
      .sort((a, b) => a.epochDay - b.epochDay);
    for (const { holiday, epochDay } of weekendHolidays) {
      // Law "On holidays" art. 5: the next working day; it must not be a holiday or a day another move already took.
      let target = epochDay + 1;
      while (isWeekend(target) || isHoliday(target) || moved.has(target)) target += 1;
      moved.set(target, { holidayId: holiday.id, name: holiday.name, verified: holiday.verified, holidayEpochDay: epochDay });
    }
    const result: YearDaysOff = { holidays, moved };
    yearCache.set(year, result);
    return result;
  }

  function movedDayOff(epochDay: number): MovedDayOff | undefined {
    const year = yearOf(epochDay);
    // A December holiday's move may land in January, so the previous year's moves are looked at too.
    return daysOffGeneratedBy(year).moved.get(epochDay) ?? daysOffGeneratedBy(year - 1).moved.get(epochDay);
  }

  function isWorkingEpochDay(epochDay: number): boolean {
    if (transferWorkingDays.has(epochDay)) return true;
    if (transferDaysOff.has(epochDay)) return false;
    if (isHoliday(epochDay)) return false;
    if (movedDayOff(epochDay)) return false;
    return !isWeekend(epochDay);
  }

  function reasonFor(epochDay: number): { reason: DayOffReason; verified: boolean } {
    const transfer = transferDaysOff.get(epochDay);
    if (transfer) {
      return {
        reason: { kind: 'transferredDayOff', workingDayInstead: formatIsoDate(transfer.otherDay), source: transfer.source },
        verified: transfer.verified,
      };
    }
    const holiday = holidaysOf(yearOf(epochDay)).get(epochDay);
    if (holiday) return { reason: { kind: 'holiday', holidayId: holiday.holidayId, name: holiday.name }, verified: holiday.verified };
    const moved = movedDayOff(epochDay);
    if (moved) {
      return {
        reason: { kind: 'movedHoliday', holidayId: moved.holidayId, name: moved.name, holidayDate: formatIsoDate(moved.holidayEpochDay) },
        verified: moved.verified,
      };
    }
    return { reason: { kind: 'weekend' }, verified: true };
  }

  const daysOffCache = new Map<number, readonly DayOff[]>();

  return {
    isWorkingDay: (isoDate) => isWorkingEpochDay(parseIsoDate(isoDate)),
    isWorkingEpochDay,
    dayOffReplacedBy: (epochDay) => transferWorkingDays.get(epochDay)?.otherDay ?? null,
    daysOffOf(year) {
      const cached = daysOffCache.get(year);
      if (cached) return cached;
      const daysOff: DayOff[] = [];
      for (let epochDay = epochDayOf(year, 1, 1); epochDay < epochDayOf(year + 1, 1, 1); epochDay++) {
        if (isWorkingEpochDay(epochDay)) continue;
        daysOff.push({ date: formatIsoDate(epochDay), ...reasonFor(epochDay) });
      }
      daysOffCache.set(year, daysOff);
      return daysOff;
    },
    isYearCovered: (year) => data.coverage.fromYear <= year && year <= data.coverage.untilYear && kurbanAitByYear.has(year),
  };
}
