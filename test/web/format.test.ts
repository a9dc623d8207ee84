import { describe, expect, it } from 'vitest';
import { formatDurationMinutes, formatRemaining, liveRemainingMinutes } from '../../web/src/i18n/format.ts';

describe('web due-time formatting', () => {
  it('should show minutes under an hour, hours and minutes under a day, and days and hours beyond', () => {
    expect(formatDurationMinutes('en', 20)).toBe('20 min');
    expect(formatDurationMinutes('en', 135)).toBe('2 h 15 min');
    expect(formatDurationMinutes('en', 120)).toBe('2 h');
    expect(formatDurationMinutes('en', 3 * 1440 + 4 * 60 + 59)).toBe('3 d 4 h');
    expect(formatDurationMinutes('kk', 135)).toBe('2 сағ 15 мин');
    expect(formatDurationMinutes('ru', 1440)).toBe('1 дн.');
    expect(formatDurationMinutes('en', 0)).toBe('under a minute');
  });

  it('should say time left before the due time and overdue after it, in each language', () => {
    expect(formatRemaining('en', 45)).toBe('45 min left');
    expect(formatRemaining('en', -15)).toBe('overdue by 15 min');
    expect(formatRemaining('kk', -345)).toBe('5 сағ 45 мин кешікті');
    expect(formatRemaining('ru', 80)).toBe('осталось 1 ч 20 мин');
  });

  it('should count down from the server figure by the time elapsed since the fetch, whatever the client clock says', () => {
    const fetchedAtEpochMs = Date.UTC(2020, 0, 1); // a client clock years off does not matter
    expect(liveRemainingMinutes(20, fetchedAtEpochMs, fetchedAtEpochMs)).toBe(20);
    expect(liveRemainingMinutes(20, fetchedAtEpochMs, fetchedAtEpochMs + 59_999)).toBe(20);
    expect(liveRemainingMinutes(20, fetchedAtEpochMs, fetchedAtEpochMs + 25 * 60_000)).toBe(-5);
    expect(liveRemainingMinutes(20, fetchedAtEpochMs, fetchedAtEpochMs - 60_000)).toBe(20); // clock stepped back
  });
});
