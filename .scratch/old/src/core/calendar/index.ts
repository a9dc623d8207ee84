import type { RegionCode } from '../regulation/schema.ts';
import { createDeadlineCalculator } from './create-deadline-calculator.ts';
import type { DeadlineCalculator } from './deadline-calculator.ts';
import { parseHolidayCalendar } from './holiday-calendar-schema.ts';
import { timeZoneOfRegion } from './time-zones.ts';
import { createWorkingCalendar, type WorkingCalendar } from './working-calendar.ts';
import { DEFAULT_WORKING_HOURS, type WorkingHours } from './working-hours.ts';

export type { DeadlineCalculator, LimitSpec } from './deadline-calculator.ts';
export { createDeadlineCalculator, type DeadlineCalculatorOptions } from './create-deadline-calculator.ts';
export {
  checkHolidayCalendar,
  parseHolidayCalendar,
  ZHolidayCalendar,
  HOLIDAY_CALENDAR_SCHEMA_VERSION,
  type HolidayCalendarData,
  type HolidayCalendarIssue,
} from './holiday-calendar-schema.ts';
export { createWorkingCalendar, type DayOff, type DayOffReason, type WorkingCalendar } from './working-calendar.ts';
export {
  DEFAULT_WORKING_HOURS,
  DEFAULT_WORKING_HOURS_SPEC,
  workingHoursFromSpec,
  ZWorkingHoursSpec,
  type WorkingHours,
  type WorkingHoursSpec,
} from './working-hours.ts';
export { REGION_TIME_ZONES, timeZoneOfRegion } from './time-zones.ts';

export interface KazakhstanDeadlineCalculatorOptions {
  readonly region: RegionCode;
  /**
   * The contents of calendar/kz-holidays.json, parsed but not necessarily validated (core does no I/O; the adapter
   * src/adapters/calendar/load-holiday-calendar.ts reads the file). Invalid data throws CONFIG_INVALID.
   */
  readonly holidayCalendarJson: unknown;
  /** The provider's hours; DEFAULT_WORKING_HOURS (our default, Mon–Fri 09:00–18:30, lunch 13:00–14:30) when absent. */
  readonly workingHours?: WorkingHours;
}

// One calendar per data object, so every provider built from the same file shares the per-year cache.
const calendars = new WeakMap<object, WorkingCalendar>();

function calendarFor(holidayCalendarJson: unknown): WorkingCalendar {
  const key = typeof holidayCalendarJson === 'object' && holidayCalendarJson !== null ? holidayCalendarJson : null;
  const cached = key ? calendars.get(key) : undefined;
  if (cached) return cached;
  const calendar = createWorkingCalendar(parseHolidayCalendar(holidayCalendarJson, 'calendar/kz-holidays.json'));
  if (key) calendars.set(key, calendar);
  return calendar;
}

/** The deadline calculator of a provider in one of our regions, on the Kazakh working calendar (issue #4). */
export function createKazakhstanDeadlineCalculator(options: KazakhstanDeadlineCalculatorOptions): DeadlineCalculator {
  return createDeadlineCalculator({
    calendar: calendarFor(options.holidayCalendarJson),
    workingHours: options.workingHours ?? DEFAULT_WORKING_HOURS,
    timeZone: timeZoneOfRegion(options.region),
  });
}
