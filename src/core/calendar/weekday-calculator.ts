import type { DeadlineCalculator, LimitSpec } from './deadline-calculator.ts';

/**
 * Placeholder until the Kazakh working calendar lands (issue #4): Monday–Friday, no holidays, one fixed UTC offset.
 * Working hours default to a state office's day, 09:00–18:30 with lunch 13:00–14:30 (our default, not the seeds').
 */
export interface WeekdayCalendarOptions {
  readonly utcOffsetMinutes: number;
  readonly dayStartMinute: number;
  readonly dayEndMinute: number;
  readonly breakStartMinute: number;
  readonly breakEndMinute: number;
}

const MINUTE_MS = 60_000;
const DAY_MINUTES = 24 * 60;

export const DEFAULT_WEEKDAY_OPTIONS: WeekdayCalendarOptions = {
  utcOffsetMinutes: 5 * 60,
  dayStartMinute: 9 * 60,
  dayEndMinute: 18 * 60 + 30,
  breakStartMinute: 13 * 60,
  breakEndMinute: 14 * 60 + 30,
};

export function createWeekdayCalculator(options: WeekdayCalendarOptions = DEFAULT_WEEKDAY_OPTIONS): DeadlineCalculator {
  const localMinutes = (at: Date) => Math.floor(at.getTime() / MINUTE_MS) + options.utcOffsetMinutes;
  const toDate = (local: number) => new Date((local - options.utcOffsetMinutes) * MINUTE_MS);
  const isWorkingDay = (localDay: number) => {
    const weekday = (localDay + 4) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
    return weekday !== 0 && weekday !== 6;
  };
  const intervals = [
    [options.dayStartMinute, options.breakStartMinute],
    [options.breakEndMinute, options.dayEndMinute],
  ] as const;

  function addWorkingMinutes(start: Date, minutes: number): Date {
    let cursor = localMinutes(start);
    let remaining = minutes;
    for (;;) {
      const day = Math.floor(cursor / DAY_MINUTES);
      if (isWorkingDay(day)) {
        for (const [from, to] of intervals) {
          const begin = Math.max(cursor, day * DAY_MINUTES + from);
          const end = day * DAY_MINUTES + to;
          if (begin >= end) continue;
          if (end - begin >= remaining) return toDate(begin + remaining);
          remaining -= end - begin;
          cursor = end;
        }
      }
      cursor = (day + 1) * DAY_MINUTES;
    }
  }

  function endOfWorkingDayAfter(start: Date, days: number): Date {
    let day = Math.floor(localMinutes(start) / DAY_MINUTES);
    let counted = 0;
    while (counted < days) {
      day += 1;
      if (isWorkingDay(day)) counted += 1;
    }
    return toDate(day * DAY_MINUTES + options.dayEndMinute);
  }

  return {
    dueAt(startAt: Date, limit: LimitSpec): Date {
      switch (limit.unit) {
        case 'minutes':
          return addWorkingMinutes(startAt, limit.value);
        case 'hours':
          return addWorkingMinutes(startAt, limit.value * 60);
        case 'workingDays':
          return endOfWorkingDayAfter(startAt, limit.value);
        case 'calendarDays': {
          const day = Math.floor(localMinutes(startAt) / DAY_MINUTES) + limit.value;
          return toDate(day * DAY_MINUTES + DAY_MINUTES - 1);
        }
        case 'months': {
          const local = new Date(localMinutes(startAt) * MINUTE_MS);
          const target = Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + limit.value, local.getUTCDate());
          return toDate(Math.floor(target / MINUTE_MS) + DAY_MINUTES - 1);
        }
      }
    },
  };
}
