import { formatIsoDate } from './civil-date.ts';
import { localPositionOf, utcOffsetMinutesAt } from './time-zones.ts';

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * An instant as the provider's wall clock shows it, with the offset, e.g. "2026-12-07 05:25 (UTC+05:00)": a document
 * dated the 7th in Taraz must not say it was signed on the 6th (issue #14, finding 5).
 */
export function localDateTimeText(timeZone: string, atMs: number): string {
  const { epochDay, msOfDay } = localPositionOf(timeZone, atMs);
  const minutesOfDay = Math.floor(msOfDay / 60_000);
  const offset = utcOffsetMinutesAt(timeZone, atMs);
  const sign = offset < 0 ? '-' : '+';
  const offsetText = `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return `${formatIsoDate(epochDay)} ${pad(Math.floor(minutesOfDay / 60))}:${pad(minutesOfDay % 60)} (UTC${offsetText})`;
}
