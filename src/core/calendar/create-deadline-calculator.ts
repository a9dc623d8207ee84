import { addMonthsClamped, weekdayOf } from './civil-date.ts';
import type { DeadlineCalculator, LimitSpec } from './deadline-calculator.ts';
import { assertTimeZone, endOfLocalDay, instantOfLocal, localPositionOf } from './time-zones.ts';
import type { WorkingCalendar } from './working-calendar.ts';
import { intervalsOn, type WorkingHours, type WorkingInterval } from './working-hours.ts';

export interface DeadlineCalculatorOptions {
  readonly calendar: WorkingCalendar;
  readonly workingHours: WorkingHours;
  /** The provider's IANA zone (see time-zones.ts); every "day" and "hour" below is on this zone's local clock. */
  readonly timeZone: string;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
/** No Kazakh calendar has ten years without a working day: reaching this means the working hours are empty. */
const MAX_DAYS_SEARCHED = 3660;
const DAY_UNITS = new Set<LimitSpec['unit']>(['workingDays', 'calendarDays', 'months']);

function checkLimit(startAt: Date, limit: LimitSpec): void {
  if (Number.isNaN(startAt.getTime())) throw new RangeError('dueAt: startAt is not a valid date');
  if (!Number.isFinite(limit.value) || limit.value < 0) throw new RangeError(`dueAt: a limit must be a non-negative number, got ${limit.value}`);
  if (DAY_UNITS.has(limit.unit) && !Number.isInteger(limit.value)) {
    throw new RangeError(`dueAt: a limit in ${limit.unit} must be a whole number, got ${limit.value}`);
  }
}

/**
 * Deadline arithmetic for one provider on the Kazakh working calendar. Pure: no clock, no I/O.
 *
 * The "receipt day" of a start is its local day when that day is a working day of the provider and the start is before
 * the end of its working hours; otherwise it is the provider's next working day. Under the APPK an appeal received on a
 * non-working day is registered on the next working day (https://forensic.gov.kz/en/news/poriadok-podachi-i-rassmotreniia-obrashe),
 * and service standards usually say the same of an application handed in after hours (kz-ecosystem.md §4
 * "Working days", marked [?] there: not yet read in the current Rules).
 * A provider's working day is a working day of the calendar on which its working hours have an interval; a Saturday
 * made working by a Government transfer works the hours of the weekday whose day off was transferred.
 *
 * - minutes / hours: the provider's working time. Counting starts at the start, or at the next working moment when the
 *   start is outside working hours (evening, lunch, weekend, holiday); lunch and closed time do not count. A due time
 *   that uses up an interval exactly is the interval's end (13:00, not 14:30).
 * - workingDays N: N whole working days after the receipt day, which is not counted; due at the end of the working
 *   hours of the N-th one. N = 0 is the end of the receipt day's working hours.
 * - calendarDays N: the day after the start's local day is day 1 (the start day is never counted, as civil-law terms
 *   begin the next day); due at the end (24:00) of the N-th day. If that day is not a working day of the calendar, the
 *   term ends at 24:00 of the next working day: a term ending on a day off moves to the next working day in Kazakh
 *   civil and procedure law. This is an assumption from the rules on calculating terms in the Civil Code and the APPK,
 *   whose texts we have not read (kz-ecosystem.md §4 marks the term rules [?]); check it against the APPK.
 * - months N: the same day of the month N months after the start's local day, clamped to the month's last day
 *   (Law No. 107-II art. 12-1 p.3, which the APPK replaced); due at its end, moved off a day off as for calendarDays.
 * - receiptDayNotCounted (seed 002, State Corporation: "the days of receiving and issuing documents are not counted"):
 *   for workingDays it is already the rule. For calendarDays and months counting starts the day after the receipt day
 *   (so an application handed in on Saturday counts from the day after the next working day). For minutes and hours
 *   no working time of the receipt day counts: counting starts when the next working day's hours begin.
 * - issueDayNotCounted (seed 002 line 261: neither the day of acceptance nor the day of issue is counted): a term in
 *   working days, calendar days or months ends one working day later — the day of issue follows the counted days.
 *
 * The result is never before `startAt`. Values must be non-negative; day and month limits whole numbers.
 */
export function createDeadlineCalculator(options: DeadlineCalculatorOptions): DeadlineCalculator {
  const { calendar, workingHours, timeZone } = options;
  assertTimeZone(timeZone);

  function intervalsOfDay(epochDay: number): readonly WorkingInterval[] {
    if (!calendar.isWorkingEpochDay(epochDay)) return [];
    return intervalsOn(workingHours, weekdayOf(calendar.dayOffReplacedBy(epochDay) ?? epochDay));
  }

  const isProviderWorkingDay = (epochDay: number) => intervalsOfDay(epochDay).length > 0;
  const atLocalMinute = (epochDay: number, minute: number) => instantOfLocal(timeZone, epochDay, minute * MINUTE_MS);

  function nextProviderWorkingDay(afterEpochDay: number): number {
    for (let epochDay = afterEpochDay + 1; epochDay <= afterEpochDay + MAX_DAYS_SEARCHED; epochDay++) {
      if (isProviderWorkingDay(epochDay)) return epochDay;
    }
    throw new RangeError(`no working day within ${MAX_DAYS_SEARCHED} days: the working hours have no interval on a working day`);
  }

  function endOfWorkingHours(epochDay: number): number {
    const intervals = intervalsOfDay(epochDay);
    const last = intervals[intervals.length - 1];
    if (!last) throw new RangeError('endOfWorkingHours: not a working day of the provider');
    return atLocalMinute(epochDay, last.endMinute);
  }

  function receiptDayOf(startMs: number): number {
    const { epochDay } = localPositionOf(timeZone, startMs);
    if (isProviderWorkingDay(epochDay) && startMs < endOfWorkingHours(epochDay)) return epochDay;
    return nextProviderWorkingDay(epochDay);
  }

  function addWorkingTime(startMs: number, durationMs: number): number {
    let remainingMs = durationMs;
    const firstDay = localPositionOf(timeZone, startMs).epochDay;
    for (let epochDay = firstDay; epochDay <= firstDay + MAX_DAYS_SEARCHED; epochDay++) {
      for (const interval of intervalsOfDay(epochDay)) {
        const intervalEndMs = atLocalMinute(epochDay, interval.endMinute);
        const beginMs = Math.max(startMs, atLocalMinute(epochDay, interval.startMinute));
        if (beginMs >= intervalEndMs) continue;
        if (intervalEndMs - beginMs >= remainingMs) return beginMs + remainingMs;
        remainingMs -= intervalEndMs - beginMs;
      }
    }
    throw new RangeError(`no working time within ${MAX_DAYS_SEARCHED} days: the working hours have no interval on a working day`);
  }

  function addWorkingDays(startMs: number, termWorkingDays: number): number {
    let epochDay = receiptDayOf(startMs);
    for (let counted = 0; counted < termWorkingDays; counted++) epochDay = nextProviderWorkingDay(epochDay);
    return endOfWorkingHours(epochDay);
  }

  /** 24:00 of the term's last day, or of the next working day when the last day is a day off. */
  function endOfTermOn(lastEpochDay: number, issueDays = 0): number {
    let epochDay = lastEpochDay;
    while (!calendar.isWorkingEpochDay(epochDay)) {
      epochDay += 1;
      if (epochDay > lastEpochDay + MAX_DAYS_SEARCHED) throw new RangeError('no working day in the calendar');
    }
    for (let added = 0; added < issueDays; added++) epochDay = nextProviderWorkingDay(epochDay);
    return endOfLocalDay(timeZone, epochDay);
  }

  /** The day counting of calendar days and months starts after. */
  function countingBaseDay(startMs: number, receiptDayNotCounted: boolean): number {
    return receiptDayNotCounted ? receiptDayOf(startMs) : localPositionOf(timeZone, startMs).epochDay;
  }

  function dueAtMs(startMs: number, limit: LimitSpec): number {
    const receiptDayNotCounted = limit.receiptDayNotCounted ?? false;
    const issueDays = limit.issueDayNotCounted ? 1 : 0;
    switch (limit.unit) {
      case 'minutes':
      case 'hours': {
        const durationMs = Math.round(limit.value * (limit.unit === 'hours' ? HOUR_MS : MINUTE_MS));
        const countFromMs = receiptDayNotCounted ? atLocalMinute(nextProviderWorkingDay(receiptDayOf(startMs)), 0) : startMs;
        return addWorkingTime(countFromMs, durationMs);
      }
      case 'workingDays':
        return addWorkingDays(startMs, limit.value + issueDays);
      case 'calendarDays':
        return endOfTermOn(countingBaseDay(startMs, receiptDayNotCounted) + limit.value, issueDays);
      case 'months':
        return endOfTermOn(addMonthsClamped(countingBaseDay(startMs, receiptDayNotCounted), limit.value), issueDays);
      default: {
        const unknownUnit: never = limit.unit;
        throw new RangeError(`dueAt: unknown limit unit ${String(unknownUnit)}`);
      }
    }
  }

  return {
    dueAt(startAt: Date, limit: LimitSpec): Date {
      checkLimit(startAt, limit);
      return new Date(dueAtMs(startAt.getTime(), limit));
    },
  };
}
