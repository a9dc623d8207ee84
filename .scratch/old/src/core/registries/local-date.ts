import { formatIsoDate } from '../calendar/civil-date.ts';
import { localPositionOf, timeZoneOfRegion } from '../calendar/time-zones.ts';
import { ZRegion } from '../regulation/schema.ts';

/** The calendar date (YYYY-MM-DD) at an instant in a region's time zone: the date a registry record carries. */
export function localDateIn(region: string, at: Date): string {
  const known = ZRegion.safeParse(region);
  // Most of Kazakhstan is in Asia/Almaty; a region outside the seeds' five falls back to it.
  const timeZone = known.success ? timeZoneOfRegion(known.data) : 'Asia/Almaty';
  return formatIsoDate(localPositionOf(timeZone, at.getTime()).epochDay);
}
