/**
 * Calendar dates without a time or a time zone ("civil dates"), as whole days since 1970-01-01.
 * Day numbers make "the next day" plain integer arithmetic, so holiday moves and day counting need no Date objects.
 */

export const DAY_MS = 86_400_000;

/** 0 = Sunday … 6 = Saturday, as `Date.prototype.getUTCDay`. */
export type WeekdayIndex = 0 | 1 | 2 | 3 | 4 | 5 | 6;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function epochDayOf(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** Parses a real `YYYY-MM-DD` date (2023-02-29 is rejected) into a day number. */
export function parseIsoDate(isoDate: string): number {
  const match = ISO_DATE.exec(isoDate);
  if (!match) throw new RangeError(`not an ISO date (YYYY-MM-DD): ${JSON.stringify(isoDate)}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const epochDay = epochDayOf(year, month, day);
  if (formatIsoDate(epochDay) !== isoDate) throw new RangeError(`no such date: ${isoDate}`);
  return epochDay;
}

export function formatIsoDate(epochDay: number): string {
  return new Date(epochDay * DAY_MS).toISOString().slice(0, 10);
}

export function weekdayOf(epochDay: number): WeekdayIndex {
  // 1970-01-01 was a Thursday (4); the double modulo keeps days before 1970 in range.
  return ((((epochDay + 4) % 7) + 7) % 7) as WeekdayIndex;
}

export function isWeekend(epochDay: number): boolean {
  const weekday = weekdayOf(epochDay);
  return weekday === 0 || weekday === 6;
}

export function yearOf(epochDay: number): number {
  return new Date(epochDay * DAY_MS).getUTCFullYear();
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The same day of the month `months` months later, clamped to the last day of a shorter month
 * (31 January + 1 month = 28/29 February), as Law No. 107-II "On administrative procedures" art. 12-1 p.3 counted
 * month terms (http://www.pavlodar.com/zakon/?dok=00768&uro=080015; the APPK replaced that law in 2021).
 */
export function addMonthsClamped(epochDay: number, months: number): number {
  const date = new Date(epochDay * DAY_MS);
  const monthIndex = date.getUTCMonth() + months;
  const year = date.getUTCFullYear() + Math.floor(monthIndex / 12);
  const month = (((monthIndex % 12) + 12) % 12) + 1;
  return epochDayOf(year, month, Math.min(date.getUTCDate(), daysInMonth(year, month)));
}
