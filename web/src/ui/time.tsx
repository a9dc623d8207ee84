import { useEffect, useState } from 'react';
import { formatRemaining, liveRemainingMinutes } from '../i18n/format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

/** The current time, re-read every `intervalMs` (countdowns move without reloading the data). */
export function useNow(intervalMs = 15_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}

export function DateTime({ iso }: { readonly iso: string | null }) {
  const { dateTime, t } = useI18n();
  if (!iso) return <>{t('common.empty')}</>;
  return <time dateTime={iso}>{dateTime(iso)}</time>;
}

/**
 * Time left on a due time, counted from what the server said at `fetchedAtEpochMs`; overdue is marked in words and
 * by style (not by colour alone).
 */
export function Countdown({ remainingMinutes, fetchedAtEpochMs, now }: { readonly remainingMinutes: number | null; readonly fetchedAtEpochMs: number; readonly now: number }) {
  const { language, t } = useI18n();
  if (remainingMinutes === null) return <span className="countdown">{t('time.noLimit')}</span>;
  const live = liveRemainingMinutes(remainingMinutes, fetchedAtEpochMs, now);
  const overdue = live < 0;
  return (
    <span className={overdue ? 'countdown countdown-overdue' : 'countdown'}>
      {overdue ? <span className="badge badge-overdue">{t('time.overdue')}</span> : null} {formatRemaining(language, live)}
    </span>
  );
}
