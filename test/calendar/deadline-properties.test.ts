import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '../../src/core/calendar/civil-date.ts';
import type { LimitSpec } from '../../src/core/calendar/deadline-calculator.ts';
import { createKazakhstanDeadlineCalculator } from '../../src/core/calendar/index.ts';
import { localPositionOf, timeZoneOfRegion } from '../../src/core/calendar/time-zones.ts';
import { REGIONS } from '../../src/core/regulation/schema.ts';
import { shippedCalendar, shippedHolidayJson } from './calendar-fixtures.ts';

const holidayCalendarJson = shippedHolidayJson();
const calendar = shippedCalendar();
const calculators = Object.fromEntries(REGIONS.map((region) => [region, createKazakhstanDeadlineCalculator({ region, holidayCalendarJson })]));

// Starts across the covered years, including the 2024 time-zone change; fixed seed keeps the runs deterministic.
const arbStart = fc.date({ min: new Date('2023-01-01T00:00:00Z'), max: new Date('2027-10-31T00:00:00Z'), noInvalidDate: true });
const arbRegion = fc.constantFrom(...REGIONS);
const arbLimit: fc.Arbitrary<LimitSpec> = fc.oneof(
  fc.record({ unit: fc.constant('minutes' as const), value: fc.integer({ min: 0, max: 5000 }), receiptDayNotCounted: fc.boolean() }),
  fc.record({ unit: fc.constant('hours' as const), value: fc.double({ min: 0, max: 120, noNaN: true }), receiptDayNotCounted: fc.boolean() }),
  fc.record({ unit: fc.constant('workingDays' as const), value: fc.integer({ min: 0, max: 60 }), receiptDayNotCounted: fc.boolean() }),
  fc.record({ unit: fc.constant('calendarDays' as const), value: fc.integer({ min: 0, max: 90 }), receiptDayNotCounted: fc.boolean() }),
  fc.record({ unit: fc.constant('months' as const), value: fc.integer({ min: 0, max: 12 }), receiptDayNotCounted: fc.boolean() }),
);
const runs = { seed: 20260401, numRuns: 300 };

const localDateOf = (region: (typeof REGIONS)[number], at: Date) => formatIsoDate(localPositionOf(timeZoneOfRegion(region), at.getTime()).epochDay);

describe('deadline properties', () => {
  it('never gives a due time before its start, for every unit', () => {
    fc.assert(
      fc.property(arbRegion, arbStart, arbLimit, (region, startAt, limit) => {
        expect(calculators[region]!.dueAt(startAt, limit).getTime()).toBeGreaterThanOrEqual(startAt.getTime());
      }),
      runs,
    );
  });

  it('never lands working days on a day off, and ends them at 18:30 local', () => {
    fc.assert(
      fc.property(arbRegion, arbStart, fc.integer({ min: 0, max: 60 }), (region, startAt, termWorkingDays) => {
        const dueAt = calculators[region]!.dueAt(startAt, { value: termWorkingDays, unit: 'workingDays' });
        expect(calendar.isWorkingDay(localDateOf(region, dueAt))).toBe(true);
        expect(localPositionOf(timeZoneOfRegion(region), dueAt.getTime()).msOfDay).toBe((18 * 60 + 30) * 60_000);
      }),
      runs,
    );
  });

  it('makes N + 1 working days strictly later than N', () => {
    fc.assert(
      fc.property(arbRegion, arbStart, fc.integer({ min: 0, max: 60 }), (region, startAt, termWorkingDays) => {
        const calculator = calculators[region]!;
        const dueN = calculator.dueAt(startAt, { value: termWorkingDays, unit: 'workingDays' });
        const dueNPlus1 = calculator.dueAt(startAt, { value: termWorkingDays + 1, unit: 'workingDays' });
        expect(dueNPlus1.getTime()).toBeGreaterThan(dueN.getTime());
      }),
      runs,
    );
  });

  it('puts a minutes due time inside the working hours of a working day', () => {
    fc.assert(
      fc.property(arbRegion, arbStart, fc.integer({ min: 1, max: 5000 }), (region, startAt, limitMinutes) => {
        const dueAt = calculators[region]!.dueAt(startAt, { value: limitMinutes, unit: 'minutes' });
        const minuteOfDay = localPositionOf(timeZoneOfRegion(region), dueAt.getTime()).msOfDay / 60_000;
        expect(calendar.isWorkingDay(localDateOf(region, dueAt))).toBe(true);
        const inMorning = minuteOfDay > 9 * 60 && minuteOfDay <= 13 * 60;
        const inAfternoon = minuteOfDay > 14 * 60 + 30 && minuteOfDay <= 18 * 60 + 30;
        expect(inMorning || inAfternoon).toBe(true);
      }),
      runs,
    );
  });

  it('ends calendar-day terms at 24:00 local of a working day', () => {
    fc.assert(
      fc.property(arbRegion, arbStart, fc.integer({ min: 0, max: 90 }), (region, startAt, termCalendarDays) => {
        const dueAt = calculators[region]!.dueAt(startAt, { value: termCalendarDays, unit: 'calendarDays' });
        expect(calendar.isWorkingDay(localDateOf(region, dueAt))).toBe(true);
        expect(localDateOf(region, new Date(dueAt.getTime() + 1))).not.toBe(localDateOf(region, dueAt));
      }),
      runs,
    );
  });
});
