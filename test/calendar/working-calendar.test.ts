import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../src/core/calendar/civil-date.ts';
import type { HolidayCalendarData } from '../../src/core/calendar/holiday-calendar-schema.ts';
import { createWorkingCalendar } from '../../src/core/calendar/working-calendar.ts';
import { shippedCalendar, shippedHolidayData } from './calendar-fixtures.ts';

const calendar = shippedCalendar();

function reasonOf(isoDate: string) {
  return calendar.daysOffOf(Number(isoDate.slice(0, 4))).find((dayOff) => dayOff.date === isoDate)?.reason ?? null;
}

describe('Kazakh working calendar on real dates 2023–2027 (kz-ecosystem.md §4)', () => {
  it.each([
    // [date, status, why]
    ['2026-03-20', 'working', 'Friday before Nauryz 2026'],
    ['2026-03-21', 'a day off', 'Nauryz, Saturday'],
    ['2026-03-22', 'a day off', 'Nauryz, Sunday'],
    ['2026-03-23', 'a day off', 'Nauryz, Monday'],
    ['2026-03-24', 'a day off', 'Nauryz Saturday moved to Tuesday (cascade past Monday 23, itself Nauryz)'],
    ['2026-03-25', 'a day off', 'Nauryz Sunday moved to Wednesday (cascade past Tuesday 24, already a moved day)'],
    ['2026-03-26', 'working', 'Thursday after the cascade'],
    ['2026-03-08', 'a day off', "Women's Day 2026, Sunday"],
    ['2026-03-09', 'a day off', "Women's Day 2026 moved to Monday 9 March"],
    ['2026-05-09', 'a day off', 'Victory Day 2026, Saturday'],
    ['2026-05-11', 'a day off', 'Victory Day 2026 moved to Monday 11 May'],
    ['2026-05-12', 'working', 'Tuesday after Victory Day 2026'],
    ['2026-05-27', 'a day off', 'Kurban Ait 2026 (Wednesday)'],
    ['2024-01-07', 'a day off', 'Orthodox Christmas 2024, a Sunday'],
    ['2024-01-08', 'working', 'Monday 8 January 2024: 7 January is not moved'],
    ['2024-06-16', 'a day off', 'Kurban Ait 2024, a Sunday'],
    ['2024-06-17', 'working', 'Monday 17 June 2024: Kurban Ait is not moved'],
    ['2025-08-30', 'a day off', 'Constitution Day 2025, Saturday'],
    ['2025-09-01', 'a day off', 'Constitution Day 2025 moved to Monday 1 September'],
    ['2026-08-31', 'working', 'Monday 31 August 2026: no Constitution Day on 30 August in 2026, nothing to move'],
    ['2026-03-16', 'working', 'Monday 16 March 2026: 15 March is a holiday only from 2027'],
    ['2027-03-15', 'a day off', 'Constitution Day on 15 March from 2027'],
    ['2027-08-30', 'working', 'Monday 30 August 2027 is an ordinary working day'],
    ['2026-10-25', 'a day off', 'Republic Day 2026, Sunday'],
    ['2026-10-26', 'a day off', 'Republic Day 2026 moved to Monday 26 October'],
    ['2024-05-04', 'working', 'Saturday 4 May 2024, a working day by transfer'],
    ['2024-05-08', 'a day off', 'Wednesday 8 May 2024, the transferred day off'],
    ['2025-01-05', 'working', 'Sunday 5 January 2025, a working day by transfer'],
    ['2025-01-03', 'a day off', 'Friday 3 January 2025, the transferred day off'],
    ['2023-07-01', 'working', 'Saturday 1 July 2023, a working day by transfer'],
    ['2023-07-07', 'a day off', 'Friday 7 July 2023, the transferred day off'],
    ['2023-01-03', 'a day off', 'New Year 2023 (1 January a Sunday) moved to Tuesday 3 January'],
    ['2023-12-18', 'a day off', 'Independence Day 2023 (Saturday 16 December) moved to Monday 18 December'],
    ['2023-12-01', 'working', 'Friday 1 December 2023: First President Day ended with 2021'],
    ['2023-12-15', 'working', 'Friday 15 December 2023: only 16 December since 2022'],
    ['2021-12-17', 'a day off', 'Friday 17 December 2021: the second Independence Day until 2021'],
    ['2027-01-04', 'a day off', 'New Year 2027 (2 January a Saturday) moved to Monday 4 January'],
    ['2027-05-16', 'a day off', 'Kurban Ait 2027 (estimate), a Sunday'],
    ['2027-05-17', 'working', 'Monday 17 May 2027: Kurban Ait is not moved'],
  ] as const)('%s is %s: %s', (isoDate, status, _why) => {
    expect(calendar.isWorkingDay(isoDate)).toBe(status === 'working');
  });

  it('lists the days off of 2026 other than weekends, each with its reason', () => {
    const notWeekend = calendar.daysOffOf(2026).filter((dayOff) => dayOff.reason.kind !== 'weekend');
    expect(notWeekend.map((dayOff) => dayOff.date)).toEqual([
      '2026-01-01', '2026-01-02', '2026-01-07', '2026-03-08', '2026-03-09', '2026-03-21', '2026-03-22', '2026-03-23',
      '2026-03-24', '2026-03-25', '2026-05-01', '2026-05-07', '2026-05-09', '2026-05-11', '2026-05-27', '2026-07-06',
      '2026-10-25', '2026-10-26', '2026-12-16',
    ]);
  });

  it('names the holiday a moved day off comes from', () => {
    expect(reasonOf('2026-03-24')).toMatchObject({ kind: 'movedHoliday', holidayId: 'nauryz', holidayDate: '2026-03-21' });
    expect(reasonOf('2026-03-25')).toMatchObject({ kind: 'movedHoliday', holidayId: 'nauryz', holidayDate: '2026-03-22' });
    expect(reasonOf('2026-05-27')).toMatchObject({ kind: 'holiday', holidayId: 'kurbanAit' });
    expect(reasonOf('2024-05-08')).toMatchObject({ kind: 'transferredDayOff', workingDayInstead: '2024-05-04' });
    expect(reasonOf('2026-03-28')).toEqual({ kind: 'weekend' });
  });

  it('marks a day off that rests on an unverified entry (the estimated Kurban Ait 2027)', () => {
    expect(calendar.daysOffOf(2027).find((dayOff) => dayOff.date === '2027-05-16')?.verified).toBe(false);
    expect(calendar.daysOffOf(2026).find((dayOff) => dayOff.date === '2026-05-27')?.verified).toBe(true);
  });

  it('tells which transferred day off a working Saturday stands in for', () => {
    expect(calendar.dayOffReplacedBy(parseIsoDate('2024-05-04'))).toBe(parseIsoDate('2024-05-08'));
    expect(calendar.dayOffReplacedBy(parseIsoDate('2024-05-06'))).toBeNull();
  });

  it('is exact only within the coverage years of the data', () => {
    expect(calendar.isYearCovered(2018)).toBe(true);
    expect(calendar.isYearCovered(2027)).toBe(true);
    expect(calendar.isYearCovered(2028)).toBe(false);
    expect(calendar.isYearCovered(2017)).toBe(false);
  });

  it('still applies the weekend and holiday rules after the coverage (2028: Nauryz Tue–Thu, 9 May a Tuesday)', () => {
    expect(calendar.isWorkingDay('2028-03-21')).toBe(false);
    expect(calendar.isWorkingDay('2028-05-09')).toBe(false);
    expect(calendar.isWorkingDay('2028-05-10')).toBe(true);
  });
});

describe('weekend moves cascade past every kind of day off', () => {
  const base = shippedHolidayData();
  // A synthetic year: 2030-06-01 is a Saturday; Kurban Ait is put on Monday 3 June and 7 January-like fixed day on Tuesday 4 June.
  const data: HolidayCalendarData = {
    ...base,
    coverage: { fromYear: 2030, untilYear: 2030 },
    holidays: [
      { ...base.holidays[0]!, id: 'testMoving', month: 6, days: [1, 2], fromYear: 2030, untilYear: undefined, movesWhenOnWeekend: true },
      { ...base.holidays[0]!, id: 'testFixed', month: 6, days: [4], fromYear: 2030, untilYear: undefined, movesWhenOnWeekend: false },
    ],
    kurbanAit: { ...base.kurbanAit, dates: [{ year: 2030, date: '2030-06-03', verified: true, source: 'test' }] },
    transfers: [],
  };
  const syntheticCalendar = createWorkingCalendar(data);

  it('moves Saturday 1 June past Kurban Ait (Mon) and the fixed day off (Tue) to Wednesday, and Sunday 2 June to Thursday', () => {
    expect(syntheticCalendar.daysOffOf(2030).filter((d) => d.date.startsWith('2030-06-0')).map((d) => [d.date, d.reason.kind])).toEqual([
      ['2030-06-01', 'holiday'],
      ['2030-06-02', 'holiday'],
      ['2030-06-03', 'holiday'],
      ['2030-06-04', 'holiday'],
      ['2030-06-05', 'movedHoliday'],
      ['2030-06-06', 'movedHoliday'],
      ['2030-06-08', 'weekend'],
      ['2030-06-09', 'weekend'],
    ]);
    expect(syntheticCalendar.isWorkingDay('2030-06-07')).toBe(true);
  });

  it('never moves a fixed day off that falls on a weekend', () => {
    const fixedOnSunday = createWorkingCalendar({
      ...data,
      holidays: [{ ...data.holidays[1]!, month: 6, days: [9] }],
      kurbanAit: { ...data.kurbanAit, dates: [{ year: 2030, date: '2030-06-08', verified: true, source: 'test' }] },
    });
    expect(fixedOnSunday.isWorkingDay('2030-06-10')).toBe(true);
    expect(fixedOnSunday.isWorkingDay('2030-06-11')).toBe(true);
  });
});
