import { createSession, findStaffForSignIn } from '../../adapters/db/staff-store.ts';
import type { StaffMember } from '../../core/org/staff-member.ts';
import { verifyPassword } from '../../adapters/security/password-hash.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { AppContext } from '../app-context.ts';
import { underLockout } from '../identity/sign-in-guard.ts';

/** A hash of nothing in particular, verified when the login is unknown so both failures take the same time. */
const DECOY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

/** Staff sign-in; 10 wrong passwords lock the login (and many from one address lock the address), see sign-in-guard.ts. */
export async function signIn(app: AppContext, login: string, password: string, address?: string): Promise<{ token: string; expiresAt: Date; staff: StaffMember }> {
  const found = await findStaffForSignIn(app.db, login);
  await underLockout(
    app,
    { scope: 'staff', login, ...(address ? { address } : {}) },
    async () => (await verifyPassword(password, found?.passwordHash ?? DECOY_HASH)) && found !== null,
    () => new AppError('SIGN_IN_FAILED', `sign-in failed for ${login}`),
  );
  const session = await createSession(app.db, found!.staff.id, app.clock(), app.sessionHours);
  return { ...session, staff: found!.staff };
}
