import { z } from 'zod';
import type { WeekdayIndex } from './civil-date.ts';

/** A span of working time in local clock minutes since midnight: [startMinute, endMinute). */
export interface WorkingInterval {
  readonly startMinute: number;
  readonly endMinute: number;
}

/** A provider's working time per weekday, index 0 = Sunday … 6 = Saturday; an empty list is a closed day. */
export interface WorkingHours {
  readonly intervalsByWeekday: readonly [
    readonly WorkingInterval[],
    readonly WorkingInterval[],
    readonly WorkingInterval[],
    readonly WorkingInterval[],
    readonly WorkingInterval[],
    readonly WorkingInterval[],
    readonly WorkingInterval[],
  ];
}

export const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
export type WeekdayName = (typeof WEEKDAY_NAMES)[number];

const ZClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'a local time HH:MM from 00:00 to 24:00');

/** How an administrator writes a provider's hours in configuration: `{ "monday": [{ "from": "09:00", "to": "13:00" }] }`. */
export const ZWorkingHoursSpec = z.partialRecord(
  z.enum(WEEKDAY_NAMES),
  z.array(z.strictObject({ from: ZClockTime, to: ZClockTime })),
);
export type WorkingHoursSpec = z.infer<typeof ZWorkingHoursSpec>;

function minuteOf(clockTime: string): number {
  const [hours, minutes] = clockTime.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/**
 * Builds working hours from a spec; weekdays the spec leaves out are closed. Intervals must be non-empty, ascending
 * and non-overlapping within a day, and some day must have one, or counting working time could never end.
 */
export function workingHoursFromSpec(spec: WorkingHoursSpec): WorkingHours {
  const parsed = ZWorkingHoursSpec.parse(spec);
  const days = WEEKDAY_NAMES.map((name) => {
    const intervals = (parsed[name] ?? []).map(({ from, to }) => ({ startMinute: minuteOf(from), endMinute: minuteOf(to) }));
    intervals.forEach((interval, index) => {
      if (interval.endMinute <= interval.startMinute) throw new RangeError(`${name}[${index}]: "to" must be after "from"`);
      const previous = intervals[index - 1];
      if (previous && interval.startMinute < previous.endMinute) {
        throw new RangeError(`${name}[${index}]: intervals must be in order and must not overlap`);
      }
    });
    return intervals;
  });
  if (days.every((intervals) => intervals.length === 0)) throw new RangeError('working hours need at least one working interval');
  const [sunday = [], monday = [], tuesday = [], wednesday = [], thursday = [], friday = [], saturday = []] = days;
  return { intervalsByWeekday: [sunday, monday, tuesday, wednesday, thursday, friday, saturday] };
}

/**
 * OUR default, not the seeds': the seed regulations give no office hours. Monday–Friday 09:00–18:30 with a lunch
 * break 13:00–14:30 is typical of how the MHSD (Ministry of Health and Social Development) service standards word a
 * state body's schedule; we have not checked it against a specific standard. Configure each provider's published
 * schedule where it differs.
 */
export const DEFAULT_WORKING_HOURS_SPEC: WorkingHoursSpec = Object.fromEntries(
  (['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const).map((day) => [
    day,
    [
      { from: '09:00', to: '13:00' },
      { from: '14:30', to: '18:30' },
    ],
  ]),
);

export const DEFAULT_WORKING_HOURS: WorkingHours = workingHoursFromSpec(DEFAULT_WORKING_HOURS_SPEC);

export function intervalsOn(hours: WorkingHours, weekday: WeekdayIndex): readonly WorkingInterval[] {
  return hours.intervalsByWeekday[weekday];
}
