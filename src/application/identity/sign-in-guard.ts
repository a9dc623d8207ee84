import { clearThrottle, readThrottle, updateThrottle, type ThrottleScope, type ThrottleSubject } from '../../adapters/db/identity-store.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { activeLockUntil, ADDRESS_THROTTLE, afterFailure, lockEndText, LOGIN_THROTTLE, type ThrottlePolicy } from '../../core/identity/sign-in-throttle.ts';
import type { AppContext } from '../app-context.ts';

const POLICY: Readonly<Record<Exclude<ThrottleScope, 'signUpCode'>, ThrottlePolicy>> = { staff: LOGIN_THROTTLE, citizen: LOGIN_THROTTLE, address: ADDRESS_THROTTLE };

/** Who is trying: the login (or IIN) and, when the request has one, the address it comes from. */
export interface SignInAttempt {
  readonly scope: 'staff' | 'citizen';
  /** A staff login or a citizen's IIN, as typed: a lock applies whether or not such an account exists. */
  readonly login: string;
  readonly address?: string;
}

function subjectsOf(attempt: SignInAttempt): ThrottleSubject[] {
  const login: ThrottleSubject = { scope: attempt.scope, subject: attempt.login.trim().toLowerCase() };
  return attempt.address ? [login, { scope: 'address', subject: attempt.address }] : [login];
}

function lockedError(attempt: SignInAttempt, lockedUntil: Date): AppError {
  return new AppError('SIGN_IN_LOCKED', `sign-in of ${attempt.scope} ${attempt.login} from ${attempt.address ?? '?'} locked until ${lockedUntil.toISOString()}`, {
    lockedUntil: lockedUntil.toISOString(),
    lockedUntilLocal: lockEndText(lockedUntil),
  });
}

async function latestLock(app: AppContext, subjects: readonly ThrottleSubject[], now: Date): Promise<Date | null> {
  let latest: Date | null = null;
  for (const subject of subjects) {
    const until = activeLockUntil(await readThrottle(app.db, subject), now);
    if (until && (!latest || until > latest)) latest = until;
  }
  return latest;
}

/**
 * Runs a password check under the lockout (issue #13, finding 4): while the login or the address is locked the check
 * does not even run — the right password is refused too — and every failure is counted in the database, so the count
 * holds across server processes. `check` answers true when the password is right; a success clears the login's count.
 */
export async function underLockout(app: AppContext, attempt: SignInAttempt, check: () => Promise<boolean>, refusal: () => AppError): Promise<void> {
  const subjects = subjectsOf(attempt);
  const now = app.clock();
  const lock = await latestLock(app, subjects, now);
  if (lock) throw lockedError(attempt, lock);
  if (await check()) {
    await clearThrottle(app.db, subjects[0]!);
    return;
  }
  let newLock: Date | null = null;
  for (const subject of subjects) {
    const policy = POLICY[subject.scope as keyof typeof POLICY];
    const record = await updateThrottle(app.db, subject, (current) => afterFailure(current, now, policy));
    const until = activeLockUntil(record, now);
    if (until && (!newLock || until > newLock)) newLock = until;
  }
  // The failure that reaches the limit already answers with the lock, so the person learns until when.
  if (newLock) throw lockedError(attempt, newLock);
  throw refusal();
}

/** An administrator's reset lifts the lock on the login. */
export async function liftLock(app: AppContext, scope: 'staff' | 'citizen', login: string): Promise<void> {
  await clearThrottle(app.db, { scope, subject: login.trim().toLowerCase() });
}
