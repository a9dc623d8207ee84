import { describe, expect, it } from 'vitest';
import { localDateTimeText } from '../../src/core/calendar/local-time-text.ts';

describe('a time printed on a document', () => {
  it('shows the provider’s wall clock and offset: 23:25 UTC on the 6th is the 7th in Taraz', () => {
    expect(localDateTimeText('Asia/Almaty', Date.parse('2026-12-06T23:25:16Z'))).toBe('2026-12-07 04:25 (UTC+05:00)');
  });

  it('writes offsets west of Greenwich and in half hours', () => {
    expect(localDateTimeText('America/New_York', Date.parse('2026-12-07T03:05:00Z'))).toBe('2026-12-06 22:05 (UTC-05:00)');
    expect(localDateTimeText('Asia/Kolkata', Date.parse('2026-12-06T23:25:00Z'))).toBe('2026-12-07 04:55 (UTC+05:30)');
  });
});
