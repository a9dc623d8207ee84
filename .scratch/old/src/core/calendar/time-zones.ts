import type { RegionCode } from '../regulation/schema.ts';
import { DAY_MS } from './civil-date.ts';

/**
 * The IANA zone of each region we serve. The zones carry the history, so past instants keep their old offsets:
 * - Zhambyl (Taraz), Akmola and North Kazakhstan (Petropavl) are in Asia/Almaty ("most of Kazakhstan" in tzdata's
 *   zone1970.tab): UTC+6 until 1 March 2024, when Kazakhstan moved to a single UTC+5 (clocks went back one hour at
 *   00:00, so 23:00–24:00 on 29 February 2024 happened twice);
 * - Aktobe: Asia/Aqtobe, UTC+5 throughout;
 * - Kyzylorda: Asia/Qyzylorda, UTC+5 since 21 December 2018 (UTC+6 before).
 * Offsets come from the runtime's ICU time-zone data (Node 20 here ships tzdata 2025c); test/calendar/time-zones.test.ts
 * pins them, so an older runtime without the 2024 change fails loudly.
 */
export const REGION_TIME_ZONES: Readonly<Record<RegionCode, string>> = {
  zhambyl: 'Asia/Almaty',
  akmola: 'Asia/Almaty',
  northKazakhstan: 'Asia/Almaty',
  aktobe: 'Asia/Aqtobe',
  kyzylorda: 'Asia/Qyzylorda',
};

export function timeZoneOfRegion(region: RegionCode): string {
  return REGION_TIME_ZONES[region];
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Throws RangeError for a zone the runtime does not know, at construction rather than mid-count.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Checks a zone name against the runtime's data; throws RangeError for an unknown one. */
export function assertTimeZone(timeZone: string): void {
  formatterFor(timeZone);
}

/*
 * Offsets are cached per zone and quarter hour: zones change offset only at quarter-hour boundaries, and
 * Intl.formatToParts is the hottest call of deadline arithmetic (12% of the server's CPU in the surge benchmark).
 */
const QUARTER_HOUR_MS = 15 * 60_000;
const MAX_CACHED_OFFSETS = 100_000;
const offsetCache = new Map<string, number>();

/** The zone's offset from UTC at an instant, in minutes (e.g. 300 for UTC+5). */
export function utcOffsetMinutesAt(timeZone: string, atMs: number): number {
  const key = `${timeZone}|${Math.floor(atMs / QUARTER_HOUR_MS)}`;
  const cached = offsetCache.get(key);
  if (cached !== undefined) return cached;
  if (offsetCache.size >= MAX_CACHED_OFFSETS) offsetCache.clear();
  const offset = computeUtcOffsetMinutes(timeZone, Math.floor(atMs / QUARTER_HOUR_MS) * QUARTER_HOUR_MS);
  offsetCache.set(key, offset);
  return offset;
}

function computeUtcOffsetMinutes(timeZone: string, atMs: number): number {
  const wholeSecondMs = Math.floor(atMs / 1000) * 1000;
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(wholeSecondMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const localAsUtcMs = Date.UTC(parts.year ?? 0, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
  return Math.round((localAsUtcMs - wholeSecondMs) / 60_000);
}

/** Where an instant falls on the local clock: the local calendar day (days since 1970-01-01) and ms since local midnight. */
export interface LocalPosition {
  readonly epochDay: number;
  readonly msOfDay: number;
}

export function localPositionOf(timeZone: string, atMs: number): LocalPosition {
  const localMs = atMs + utcOffsetMinutesAt(timeZone, atMs) * 60_000;
  const epochDay = Math.floor(localMs / DAY_MS);
  return { epochDay, msOfDay: localMs - epochDay * DAY_MS };
}

/**
 * The instant a local clock reading happens. A reading that happens twice (clocks went back) gives the earlier instant;
 * one that never happens (clocks went forward) gives the first instant after the gap, shifted by the gap's length.
 */
export function instantOfLocal(timeZone: string, epochDay: number, msOfDay: number): number {
  const localMs = epochDay * DAY_MS + msOfDay;
  // The offsets a day either side bracket any transition near this reading (zones never change twice in two days).
  const offsetBefore = utcOffsetMinutesAt(timeZone, localMs - DAY_MS);
  const offsetAfter = utcOffsetMinutesAt(timeZone, localMs + DAY_MS);
  const matches = [...new Set([offsetBefore, offsetAfter])]
    .filter((offset) => utcOffsetMinutesAt(timeZone, localMs - offset * 60_000) === offset)
    .map((offset) => localMs - offset * 60_000);
  if (matches.length > 0) return Math.min(...matches);
  return localMs - offsetBefore * 60_000;
}

/** The first instant of a local calendar day. */
export function startOfLocalDay(timeZone: string, epochDay: number): number {
  return instantOfLocal(timeZone, epochDay, 0);
}

/** The last millisecond of a local calendar day: one before the next day starts (the 24:00 of civil-law terms). */
export function endOfLocalDay(timeZone: string, epochDay: number): number {
  return startOfLocalDay(timeZone, epochDay + 1) - 1;
}
