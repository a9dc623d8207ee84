import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKING_HOURS, workingHoursFromSpec } from '../../src/core/calendar/working-hours.ts';

describe('provider working hours', () => {
  it('defaults to Monday–Friday 09:00–13:00 and 14:30–18:30 (our default, not the seeds)', () => {
    const weekday = [
      { startMinute: 9 * 60, endMinute: 13 * 60 },
      { startMinute: 14 * 60 + 30, endMinute: 18 * 60 + 30 },
    ];
    expect(DEFAULT_WORKING_HOURS.intervalsByWeekday).toEqual([[], weekday, weekday, weekday, weekday, weekday, []]);
  });

  it('reads per-weekday intervals and leaves unnamed weekdays closed', () => {
    const hours = workingHoursFromSpec({ saturday: [{ from: '10:00', to: '14:00' }], monday: [{ from: '08:00', to: '24:00' }] });
    expect(hours.intervalsByWeekday[1]).toEqual([{ startMinute: 480, endMinute: 1440 }]);
    expect(hours.intervalsByWeekday[6]).toEqual([{ startMinute: 600, endMinute: 840 }]);
    expect(hours.intervalsByWeekday[2]).toEqual([]);
  });

  it.each([
    ['an interval that ends before it starts', { monday: [{ from: '13:00', to: '09:00' }] }],
    ['overlapping intervals', { monday: [{ from: '09:00', to: '13:00' }, { from: '12:00', to: '18:00' }] }],
    ['intervals out of order', { monday: [{ from: '14:00', to: '18:00' }, { from: '09:00', to: '13:00' }] }],
    ['no interval on any day', {}],
    ['a malformed clock time', { monday: [{ from: '9:00', to: '18:00' }] }],
  ])('rejects %s', (_label, spec) => {
    expect(() => workingHoursFromSpec(spec)).toThrow();
  });
});
