import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../src/core/calendar/civil-date.ts';
import {
  endOfLocalDay,
  instantOfLocal,
  localPositionOf,
  REGION_TIME_ZONES,
  timeZoneOfRegion,
  utcOffsetMinutesAt,
} from '../../src/core/calendar/time-zones.ts';
import { REGIONS } from '../../src/core/regulation/schema.ts';

const HOUR_MS = 3_600_000;
const offsetHours = (timeZone: string, iso: string) => utcOffsetMinutesAt(timeZone, Date.parse(iso)) / 60;

describe('region time zones (Kazakhstan moved to a single UTC+5 on 1 March 2024)', () => {
  it('has a zone for every region a regulation can name', () => {
    for (const region of REGIONS) expect(typeof timeZoneOfRegion(region)).toBe('string');
    expect(REGION_TIME_ZONES).toEqual({
      zhambyl: 'Asia/Almaty',
      akmola: 'Asia/Almaty',
      northKazakhstan: 'Asia/Almaty',
      aktobe: 'Asia/Aqtobe',
      kyzylorda: 'Asia/Qyzylorda',
    });
  });

  // Pins this runtime's ICU data: an older tzdata without the 2024 change would fail here, not in a deadline.
  it.each([
    ['zhambyl', '2023-06-01T00:00:00Z', 6],
    ['akmola', '2023-06-01T00:00:00Z', 6],
    ['northKazakhstan', '2023-06-01T00:00:00Z', 6],
    ['aktobe', '2023-06-01T00:00:00Z', 5],
    ['kyzylorda', '2023-06-01T00:00:00Z', 5],
    ['zhambyl', '2024-06-01T00:00:00Z', 5],
    ['akmola', '2024-06-01T00:00:00Z', 5],
    ['northKazakhstan', '2024-06-01T00:00:00Z', 5],
    ['aktobe', '2024-06-01T00:00:00Z', 5],
    ['kyzylorda', '2024-06-01T00:00:00Z', 5],
    ['kyzylorda', '2018-06-01T00:00:00Z', 6],
  ] as const)('%s at %s is UTC+%i', (region, iso, hours) => {
    expect(offsetHours(timeZoneOfRegion(region), iso)).toBe(hours);
  });

  it('switches Asia/Almaty at local midnight 1 March 2024 (17:59Z is +6, 18:00Z is +5)', () => {
    expect(offsetHours('Asia/Almaty', '2024-02-29T17:59:59Z')).toBe(6);
    expect(offsetHours('Asia/Almaty', '2024-02-29T18:00:00Z')).toBe(5);
  });
});

describe('local clock conversions', () => {
  it('round-trips a local reading to an instant and back', () => {
    const day = parseIsoDate('2026-03-20');
    const instant = instantOfLocal('Asia/Almaty', day, 10 * HOUR_MS);
    expect(new Date(instant).toISOString()).toBe('2026-03-20T05:00:00.000Z');
    expect(localPositionOf('Asia/Almaty', instant)).toEqual({ epochDay: day, msOfDay: 10 * HOUR_MS });
  });

  it('gives the earlier instant for 23:30 on 29 February 2024 in Almaty, which happened twice', () => {
    const instant = instantOfLocal('Asia/Almaty', parseIsoDate('2024-02-29'), 23.5 * HOUR_MS);
    expect(new Date(instant).toISOString()).toBe('2024-02-29T17:30:00.000Z');
  });

  it('ends 29 February 2024 in Almaty after its second 23:59 (one hour longer day)', () => {
    expect(new Date(endOfLocalDay('Asia/Almaty', parseIsoDate('2024-02-29'))).toISOString()).toBe('2024-02-29T18:59:59.999Z');
    expect(new Date(endOfLocalDay('Asia/Almaty', parseIsoDate('2024-03-01'))).toISOString()).toBe('2024-03-01T18:59:59.999Z');
  });

  it('maps a local reading that never happened (a clock moved forward) to the first instant after the gap', () => {
    // Europe/Berlin skipped 02:00–03:00 on 31 March 2024; 02:30 reads as 03:30 CEST = 01:30Z.
    const instant = instantOfLocal('Europe/Berlin', parseIsoDate('2024-03-31'), 2.5 * HOUR_MS);
    expect(new Date(instant).toISOString()).toBe('2024-03-31T01:30:00.000Z');
  });

  it('rejects an unknown zone name', () => {
    expect(() => utcOffsetMinutesAt('Asia/Nowhere', 0)).toThrow(RangeError);
  });
});
