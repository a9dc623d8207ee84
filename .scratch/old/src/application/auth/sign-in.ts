import { createSession, findStaffForSignIn, type StaffMember } from '../../adapters/db/staff-store.ts';
import { verifyPassword } from '../../adapters/security/password-hash.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { AppContext } from '../app-context.ts';

/** A hash of nothing in particular, verified when the login is unknown so both failures take the same time. */
const DECOY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

export async function signIn(app: AppContext, login: string, password: string): Promise<{ token: string; expiresAt: Date; staff: StaffMember }> {
  const found = await findStaffForSignIn(app.db, login);
  const passwordMatches = await verifyPassword(password, found?.passwordHash ?? DECOY_HASH);
  if (!found || !passwordMatches) throw new AppError('SIGN_IN_FAILED', `sign-in failed for ${login}`);
  const session = await createSession(app.db, found.staff.id, app.clock(), app.sessionHours);
  return { ...session, staff: found.staff };
}
