import { describe, expect, it } from 'vitest';
import { createDeadlineCalculator } from '../../src/core/calendar/create-deadline-calculator.ts';
import type { LimitSpec } from '../../src/core/calendar/deadline-calculator.ts';
import { createKazakhstanDeadlineCalculator } from '../../src/core/calendar/index.ts';
import { workingHoursFromSpec } from '../../src/core/calendar/working-hours.ts';
import { isAppError } from '../../src/core/errors/app-error.ts';
import { at, shippedHolidayJson } from './calendar-fixtures.ts';

const holidayCalendarJson = shippedHolidayJson();
const zhambyl = createKazakhstanDeadlineCalculator({ region: 'zhambyl', holidayCalendarJson });
const due = (startAt: Date, limit: LimitSpec) => zhambyl.dueAt(startAt, limit).toISOString();
const KZ = 5; // UTC+5 everywhere from 1 March 2024
const ALMATY_BEFORE_2024_03 = 6;

describe('minutes and hours count the provider working time (default Mon–Fri 09:00–18:30, lunch 13:00–14:30)', () => {
  it('adds minutes inside the morning interval', () => {
    expect(due(at('2026-03-26T10:00', KZ), { value: 20, unit: 'minutes' })).toBe(at('2026-03-26T10:20', KZ).toISOString());
  });

  it('does not count the lunch break: 20 minutes from 12:50 end at 14:40', () => {
    expect(due(at('2026-03-26T12:50', KZ), { value: 20, unit: 'minutes' })).toBe(at('2026-03-26T14:40', KZ).toISOString());
  });

  it('ends at 13:00, not 14:30, when the morning is used up exactly', () => {
    expect(due(at('2026-03-26T12:40', KZ), { value: 20, unit: 'minutes' })).toBe(at('2026-03-26T13:00', KZ).toISOString());
  });

  it('starts a limit opened during lunch at 14:30', () => {
    expect(due(at('2026-03-26T13:30', KZ), { value: 20, unit: 'minutes' })).toBe(at('2026-03-26T14:50', KZ).toISOString());
  });

  it('starts a limit opened before opening time at 09:00', () => {
    expect(due(at('2026-03-26T07:00', KZ), { value: 30, unit: 'minutes' })).toBe(at('2026-03-26T09:30', KZ).toISOString());
  });

  it('carries hours over to the next working day: 3 hours from Thursday 17:30 end Friday 11:00', () => {
    expect(due(at('2026-03-26T17:30', KZ), { value: 3, unit: 'hours' })).toBe(at('2026-03-27T11:00', KZ).toISOString());
  });

  it('starts a limit opened at 19:00 on Friday on Monday at 09:00', () => {
    expect(due(at('2026-03-27T19:00', KZ), { value: 2, unit: 'hours' })).toBe(at('2026-03-30T11:00', KZ).toISOString());
  });

  it('starts a limit opened on a holiday (Nauryz, Monday 23 March 2026) after the cascade, on Thursday 26 March', () => {
    expect(due(at('2026-03-23T10:00', KZ), { value: 3, unit: 'hours' })).toBe(at('2026-03-26T12:00', KZ).toISOString());
  });

  it('counts fractional hours to the minute', () => {
    expect(due(at('2026-03-26T09:00', KZ), { value: 1.5, unit: 'hours' })).toBe(at('2026-03-26T10:30', KZ).toISOString());
  });

  it('works on Saturday 4 May 2024 (working by transfer) with the hours of the Wednesday it stands in for', () => {
    expect(due(at('2024-05-03T18:00', KZ), { value: 1, unit: 'hours' })).toBe(at('2024-05-04T09:30', KZ).toISOString());
  });

  it('returns the start itself for a zero limit inside working hours', () => {
    expect(due(at('2026-03-26T10:00', KZ), { value: 0, unit: 'minutes' })).toBe(at('2026-03-26T10:00', KZ).toISOString());
  });
});

describe('the 2024 time-zone change (Zhambyl: UTC+6 until 1 March 2024, then UTC+5)', () => {
  it('a 2-hour limit started Thursday 29 February 2024 10:00 local (UTC+6) is due at 12:00 local = 06:00Z', () => {
    expect(due(at('2024-02-29T10:00', ALMATY_BEFORE_2024_03), { value: 2, unit: 'hours' })).toBe('2024-02-29T06:00:00.000Z');
  });

  it('a 2-hour limit started Monday 4 March 2024 10:00 local (UTC+5) is due at 12:00 local = 07:00Z', () => {
    expect(due(at('2024-03-04T10:00', KZ), { value: 2, unit: 'hours' })).toBe('2024-03-04T07:00:00.000Z');
  });

  it('a 2-hour limit from 17:30 on 29 February 2024 ends at 10:00 local on 1 March, in the new offset', () => {
    expect(due(at('2024-02-29T17:30', ALMATY_BEFORE_2024_03), { value: 2, unit: 'hours' })).toBe('2024-03-01T05:00:00.000Z');
  });

  it('uses each region’s own zone: 1 hour from 10:00 on 1 June 2023 is 05:00Z in Zhambyl and 06:00Z in Aktobe', () => {
    const aktobe = createKazakhstanDeadlineCalculator({ region: 'aktobe', holidayCalendarJson });
    expect(zhambyl.dueAt(at('2023-06-01T10:00', 6), { value: 1, unit: 'hours' }).toISOString()).toBe('2023-06-01T05:00:00.000Z');
    expect(aktobe.dueAt(at('2023-06-01T10:00', 5), { value: 1, unit: 'hours' }).toISOString()).toBe('2023-06-01T06:00:00.000Z');
  });
});

describe('working days: N whole working days after the receipt day, due at the end of working hours', () => {
  it('does not count the receipt day: 1 working day from Thursday 10:00 is Friday 18:30', () => {
    expect(due(at('2026-03-26T10:00', KZ), { value: 1, unit: 'workingDays' })).toBe(at('2026-03-27T18:30', KZ).toISOString());
  });

  it('skips the Nauryz 2026 cascade: 3 working days from Friday 20 March end Monday 30 March', () => {
    expect(due(at('2026-03-20T10:00', KZ), { value: 3, unit: 'workingDays' })).toBe(at('2026-03-30T18:30', KZ).toISOString());
  });

  it('crosses New Year 2026 and 7 January: 3 working days from 31 December 2025 end Thursday 8 January', () => {
    expect(due(at('2025-12-31T11:00', KZ), { value: 3, unit: 'workingDays' })).toBe(at('2026-01-08T18:30', KZ).toISOString());
  });

  it('crosses New Year 2027 (2 January a Saturday, moved to Monday 4 January): 5 working days from 25 December 2026 end 5 January', () => {
    expect(due(at('2026-12-25T11:00', KZ), { value: 5, unit: 'workingDays' })).toBe(at('2027-01-05T18:30', KZ).toISOString());
  });

  it('treats a start at 19:00 on Friday as received on Monday: 1 working day ends Tuesday 18:30', () => {
    expect(due(at('2026-03-27T19:00', KZ), { value: 1, unit: 'workingDays' })).toBe(at('2026-03-31T18:30', KZ).toISOString());
  });

  it('treats a start exactly at closing time as received the next working day, one a minute earlier as received today', () => {
    expect(due(at('2026-03-26T18:30', KZ), { value: 1, unit: 'workingDays' })).toBe(at('2026-03-30T18:30', KZ).toISOString());
    expect(due(at('2026-03-26T18:29', KZ), { value: 1, unit: 'workingDays' })).toBe(at('2026-03-27T18:30', KZ).toISOString());
  });

  it('treats a start on a holiday as received the next working day (Kurban Ait 2026 → Thursday 28 May)', () => {
    expect(due(at('2026-05-27T10:00', KZ), { value: 1, unit: 'workingDays' })).toBe(at('2026-05-29T18:30', KZ).toISOString());
  });

  it('counts Saturday 4 May 2024 (working by transfer) and skips Wednesday 8 May', () => {
    expect(due(at('2024-05-03T12:00', KZ), { value: 1, unit: 'workingDays' })).toBe(at('2024-05-04T18:30', KZ).toISOString());
    expect(due(at('2024-05-06T12:00', KZ), { value: 1, unit: 'workingDays' })).toBe(at('2024-05-10T18:30', KZ).toISOString());
  });

  it('gives the end of the receipt day for 0 working days', () => {
    expect(due(at('2026-03-26T10:00', KZ), { value: 0, unit: 'workingDays' })).toBe(at('2026-03-26T18:30', KZ).toISOString());
  });

  it('is the same with receiptDayNotCounted, already the rule for working days (seed 002)', () => {
    expect(due(at('2026-03-26T10:00', KZ), { value: 3, unit: 'workingDays', receiptDayNotCounted: true })).toBe(
      due(at('2026-03-26T10:00', KZ), { value: 3, unit: 'workingDays' }),
    );
  });
});

describe('calendar days and months: the start day is not counted, due at 24:00 local, a day off moves the end', () => {
  it('ends 1 calendar day after Monday 1 June 2026 at 24:00 on Tuesday 2 June (23:59:59.999 local)', () => {
    expect(due(at('2026-06-01T10:00', KZ), { value: 1, unit: 'calendarDays' })).toBe('2026-06-02T18:59:59.999Z');
  });

  it('does not count the start day even for a start one second after midnight', () => {
    expect(due(new Date('2026-06-01T00:00:01+05:00'), { value: 1, unit: 'calendarDays' })).toBe('2026-06-02T18:59:59.999Z');
  });

  it('moves an end on a day off to the next working day: 3 days from Thursday 19 March 2026 land on Nauryz, end Thursday 26 March', () => {
    expect(due(at('2026-03-19T15:00', KZ), { value: 3, unit: 'calendarDays' })).toBe('2026-03-26T18:59:59.999Z');
  });

  it('with receiptDayNotCounted counts from the day after the receipt day: a Saturday start is received Monday', () => {
    const saturday = at('2026-06-06T10:00', KZ);
    expect(due(saturday, { value: 1, unit: 'calendarDays' })).toBe('2026-06-08T18:59:59.999Z'); // Sunday → Monday
    expect(due(saturday, { value: 1, unit: 'calendarDays', receiptDayNotCounted: true })).toBe('2026-06-09T18:59:59.999Z');
  });

  it('keeps the day of the month for months: 15 April 2026 + 1 month ends Friday 15 May', () => {
    expect(due(at('2026-04-15T10:00', KZ), { value: 1, unit: 'months' })).toBe('2026-05-15T18:59:59.999Z');
  });

  it('clamps to the month end and moves off a weekend: 31 January 2026 + 1 month = Saturday 28 February → Monday 2 March', () => {
    expect(due(at('2026-01-31T10:00', KZ), { value: 1, unit: 'months' })).toBe('2026-03-02T18:59:59.999Z');
  });

  it('clamps to 29 February in a leap year, the day Almaty ran an hour longer', () => {
    expect(due(at('2024-01-31T10:00', ALMATY_BEFORE_2024_03), { value: 1, unit: 'months' })).toBe('2024-02-29T18:59:59.999Z');
  });
});

describe('provider-specific working hours', () => {
  it('uses configured hours: 08:00–17:00 without lunch, 2 hours from 16:00 end 09:00 next day', () => {
    const workingHours = workingHoursFromSpec({
      monday: [{ from: '08:00', to: '17:00' }],
      tuesday: [{ from: '08:00', to: '17:00' }],
      wednesday: [{ from: '08:00', to: '17:00' }],
      thursday: [{ from: '08:00', to: '17:00' }],
      friday: [{ from: '08:00', to: '17:00' }],
    });
    const calculator = createKazakhstanDeadlineCalculator({ region: 'kyzylorda', holidayCalendarJson, workingHours });
    expect(calculator.dueAt(at('2026-03-26T16:00', KZ), { value: 2, unit: 'hours' }).toISOString()).toBe(at('2026-03-27T09:00', KZ).toISOString());
    expect(calculator.dueAt(at('2026-03-26T16:00', KZ), { value: 1, unit: 'workingDays' }).toISOString()).toBe(at('2026-03-27T17:00', KZ).toISOString());
  });

  it('treats a weekday the provider is closed on as no working day, though the calendar works', () => {
    const workingHours = workingHoursFromSpec({ monday: [{ from: '09:00', to: '18:00' }] });
    const calculator = createKazakhstanDeadlineCalculator({ region: 'akmola', holidayCalendarJson, workingHours });
    // A start on Tuesday 2 June 2026 is received on the provider's next open day, Monday 8 June; 1 working day later is Monday 15 June.
    expect(calculator.dueAt(at('2026-06-02T10:00', KZ), { value: 1, unit: 'workingDays' }).toISOString()).toBe(at('2026-06-15T18:00', KZ).toISOString());
  });
});

describe('receiptDayNotCounted for minutes and hours', () => {
  it('counts no working time on the receipt day: 20 minutes from Thursday 10:00 end Friday 09:20', () => {
    expect(due(at('2026-03-26T10:00', KZ), { value: 20, unit: 'minutes', receiptDayNotCounted: true })).toBe(at('2026-03-27T09:20', KZ).toISOString());
  });
});

describe('invalid input', () => {
  it.each([
    ['a negative value', { value: -1, unit: 'minutes' }],
    ['NaN', { value: Number.NaN, unit: 'hours' }],
    ['fractional working days', { value: 1.5, unit: 'workingDays' }],
    ['fractional calendar days', { value: 0.5, unit: 'calendarDays' }],
    ['fractional months', { value: 1.5, unit: 'months' }],
  ] as const)('rejects %s', (_label, limit) => {
    expect(() => zhambyl.dueAt(at('2026-03-26T10:00', KZ), limit)).toThrow(RangeError);
  });

  it('rejects an invalid start date', () => {
    expect(() => zhambyl.dueAt(new Date('not a date'), { value: 1, unit: 'hours' })).toThrow(RangeError);
  });

  it('rejects an unknown time zone when the calculator is built', () => {
    const calendar = { isWorkingDay: () => true, isWorkingEpochDay: () => true, dayOffReplacedBy: () => null, daysOffOf: () => [], isYearCovered: () => true };
    expect(() => createDeadlineCalculator({ calendar, workingHours: workingHoursFromSpec({ monday: [{ from: '09:00', to: '10:00' }] }), timeZone: 'Mars/Base' })).toThrow(RangeError);
  });

  it('rejects invalid holiday data with CONFIG_INVALID naming the path and reason', () => {
    try {
      createKazakhstanDeadlineCalculator({ region: 'zhambyl', holidayCalendarJson: { schemaVersion: 1 } });
      expect.unreachable();
    } catch (error) {
      expect(isAppError(error) && error.code).toBe('CONFIG_INVALID');
      expect(isAppError(error) && error.details.path).toBe('country');
    }
  });
});
