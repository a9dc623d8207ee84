import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../support/paths.ts';
import { parseHolidayCalendar, type HolidayCalendarData } from '../../src/core/calendar/holiday-calendar-schema.ts';
import { createWorkingCalendar, type WorkingCalendar } from '../../src/core/calendar/working-calendar.ts';

export const HOLIDAY_CALENDAR_FILE = path.join(REPO_ROOT, 'calendar', 'kz-holidays.json');

/** The shipped calendar file, parsed but not validated (what a caller hands to the core). */
export function shippedHolidayJson(): unknown {
  return JSON.parse(readFileSync(HOLIDAY_CALENDAR_FILE, 'utf8'));
}

export function shippedHolidayData(): HolidayCalendarData {
  return parseHolidayCalendar(shippedHolidayJson(), HOLIDAY_CALENDAR_FILE);
}

export function shippedCalendar(): WorkingCalendar {
  return createWorkingCalendar(shippedHolidayData());
}

/** A local wall-clock time in a fixed offset, e.g. at('2026-03-20T19:00', 5), as the UTC instant it is. */
export function at(localDateTime: string, utcOffsetHours: number): Date {
  const sign = utcOffsetHours >= 0 ? '+' : '-';
  const hours = String(Math.abs(utcOffsetHours)).padStart(2, '0');
  return new Date(`${localDateTime}:00${sign}${hours}:00`);
}
