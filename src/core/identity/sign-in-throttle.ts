/**
 * Progressive lockout after wrong passwords (issue #13, finding 4). Pure: the caller passes the clock and keeps the
 * record (in the database, so every server process sees the same count). The seeds set no rule; these figures are ours.
 */
export interface ThrottlePolicy {
  /** Every this many failures in a row the subject is locked. */
  readonly failuresPerLock: number;
  /** The first lock; each next one doubles, up to maxLockMinutes. */
  readonly firstLockMinutes: number;
  readonly maxLockMinutes: number;
  /** Failures older than this (and no lock running) are forgotten. */
  readonly forgetAfterMinutes: number;
}

/** Per login (staff) or IIN (citizen): 10 wrong passwords lock it for 15 minutes, then 30, 60… up to a day. */
export const LOGIN_THROTTLE: ThrottlePolicy = { failuresPerLock: 10, firstLockMinutes: 15, maxLockMinutes: 24 * 60, forgetAfterMinutes: 24 * 60 };

/** Per address, across logins (password spraying): 100 wrong passwords lock the address the same way. */
export const ADDRESS_THROTTLE: ThrottlePolicy = { failuresPerLock: 100, firstLockMinutes: 15, maxLockMinutes: 24 * 60, forgetAfterMinutes: 60 };

export interface ThrottleRecord {
  readonly failures: number;
  readonly lastFailureAt: Date;
  readonly lockedUntil: Date | null;
}

const MINUTE_MS = 60_000;

/** The end of the lock running at `now`, or null when the subject may try. */
export function activeLockUntil(record: ThrottleRecord | null, now: Date): Date | null {
  return record?.lockedUntil && record.lockedUntil.getTime() > now.getTime() ? record.lockedUntil : null;
}

/** The record after one more failure at `now`: the count restarts once forgotten, and every Nth failure locks. */
export function afterFailure(record: ThrottleRecord | null, now: Date, policy: ThrottlePolicy): ThrottleRecord {
  const forgotten = !record || (!activeLockUntil(record, now) && now.getTime() - record.lastFailureAt.getTime() > policy.forgetAfterMinutes * MINUTE_MS);
  const failures = (forgotten ? 0 : record.failures) + 1;
  if (failures % policy.failuresPerLock !== 0) return { failures, lastFailureAt: now, lockedUntil: forgotten ? null : record.lockedUntil };
  const lockNumber = failures / policy.failuresPerLock;
  const minutes = Math.min(policy.firstLockMinutes * 2 ** (lockNumber - 1), policy.maxLockMinutes);
  return { failures, lastFailureAt: now, lockedUntil: new Date(now.getTime() + minutes * MINUTE_MS) };
}

/**
 * The lock's end as people in Kazakhstan read it: day.month.year hours:minutes in Astana time (Asia/Almaty, UTC+5
 * since 1 March 2024; see core/calendar/time-zones.ts).
 */
export function lockEndText(lockedUntil: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Almaty', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
      .formatToParts(lockedUntil)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.day}.${parts.month}.${parts.year} ${parts.hour}:${parts.minute}`;
}
