import { describe, expect, it } from 'vitest';
import { createKazakhstanDeadlineCalculator } from '../../src/core/calendar/index.ts';
import { loadRegulation } from '../support/regulations.ts';
import { at, shippedHolidayJson } from './calendar-fixtures.ts';

/*
 * Seed 002 line 261 (Tainsha, State Corporation table, action 7): "3 жұмыс күні (құжаттарды қабылдау және беру күндері
 * мемлекеттік қызмет көрсету мерзіміне енбейді)" — neither the day of acceptance nor the day of issue is counted. On
 * main only the acceptance day was left out, so the term ended a working day early.
 */
const calendar = createKazakhstanDeadlineCalculator({ region: 'northKazakhstan', holidayCalendarJson: shippedHolidayJson() });
const KZ = 5;

describe('days excluded from a term', () => {
  it('counts 3 working days from the day after acceptance and leaves the day of issue out as well (seed 002 line 261)', () => {
    const regulation = loadRegulation('north-kazakhstan-tainsha-2012-517-unemployed-certificate');
    const limit = regulation.steps.find((s) => s.id === 'psc-decide')?.limit;
    expect(limit).toMatchObject({ value: 3, unit: 'workingDays', receiptDayNotCounted: true, issueDayNotCounted: true, source: { line: 261 } });
    // Accepted Monday 23.11.2026: Tue, Wed, Thu counted; Friday 27.11 is the day of issue — due at its end (18:30).
    expect(calendar.dueAt(at('2026-11-23T10:00', KZ), limit!).toISOString()).toBe(at('2026-11-27T18:30', KZ).toISOString());
    expect(calendar.dueAt(at('2026-11-23T10:00', KZ), { ...limit!, issueDayNotCounted: false }).toISOString()).toBe(at('2026-11-26T18:30', KZ).toISOString());
  });

  it('moves the day of issue over a weekend: accepted Wednesday, issued Monday', () => {
    expect(calendar.dueAt(at('2026-11-25T10:00', KZ), { value: 3, unit: 'workingDays', issueDayNotCounted: true }).toISOString()).toBe(at('2026-12-01T18:30', KZ).toISOString());
  });

  it('adds the day of issue after a calendar-day term too', () => {
    // 10 calendar days from Monday 23.11 end on Thursday 03.12; the day of issue is Friday 04.12.
    expect(calendar.dueAt(at('2026-11-23T10:00', KZ), { value: 10, unit: 'calendarDays', issueDayNotCounted: true }).toISOString()).toBe('2026-12-04T18:59:59.999Z'); // the end of Friday 04.12 in UTC+5
  });
});
