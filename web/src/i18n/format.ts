import { LOCALES, type Language } from './languages.ts';
import { translate } from './translate.ts';

const MINUTES_PER_HOUR = 60;
const MINUTES_PER_DAY = 24 * MINUTES_PER_HOUR;

/** A duration in whole minutes as "2 d 3 h", "1 h 5 min" or "under a minute" (wall-clock, sign dropped). */
export function formatDurationMinutes(language: Language, durationMinutes: number): string {
  const total = Math.abs(Math.trunc(durationMinutes));
  if (total === 0) return translate(language, 'time.underMinute');
  const days = Math.floor(total / MINUTES_PER_DAY);
  const hours = Math.floor((total % MINUTES_PER_DAY) / MINUTES_PER_HOUR);
  const minutes = total % MINUTES_PER_HOUR;
  const parts: string[] = [];
  if (days > 0) parts.push(translate(language, 'time.days', { n: days }));
  if (hours > 0) parts.push(translate(language, 'time.hours', { n: hours }));
  // Minutes matter under a day; past that they are noise on a countdown.
  if (minutes > 0 && days === 0) parts.push(translate(language, 'time.minutes', { n: minutes }));
  return parts.join(' ');
}

/** "2 h left" or "overdue by 15 min". */
export function formatRemaining(language: Language, remainingMinutes: number): string {
  const duration = formatDurationMinutes(language, remainingMinutes);
  return remainingMinutes < 0 ? translate(language, 'time.overdueBy', { duration }) : translate(language, 'time.left', { duration });
}

/**
 * Minutes left now, from what the server said when the data was fetched. The server's clock decides (the client's
 * may be wrong); only the time elapsed since the fetch is measured here.
 */
export function liveRemainingMinutes(serverRemainingMinutes: number, fetchedAtEpochMs: number, nowEpochMs: number): number {
  const elapsedMinutes = Math.floor(Math.max(0, nowEpochMs - fetchedAtEpochMs) / 60_000);
  return serverRemainingMinutes - elapsedMinutes;
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** An instant as local date and time, e.g. 24.11.2026, 10:20 (the browser's time zone unless one is given). */
export function formatDateTime(language: Language, iso: string, timeZone?: string): string {
  const key = `${language}|${timeZone ?? ''}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[language], {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      ...(timeZone ? { timeZone } : {}),
    });
    dateTimeFormats.set(key, format);
  }
  return format.format(new Date(iso));
}

/** A calendar date (YYYY-MM-DD) in the language's format, without time-zone shifts. */
export function formatDate(language: Language, isoDate: string): string {
  return new Intl.DateTimeFormat(LOCALES[language], { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}
