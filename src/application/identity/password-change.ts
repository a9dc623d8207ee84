import { createHash, randomBytes } from 'node:crypto';
import { findCitizenAccount } from '../../adapters/db/citizen-store.ts';
import { findStaffPasswordHash, recordPasswordEvent, setCitizenPassword, setStaffPassword } from '../../adapters/db/identity-store.ts';
import { findStaff } from '../../adapters/db/staff-store.ts';
import type { StaffMember } from '../../core/org/staff-member.ts';
import { hashPassword, verifyPassword } from '../../adapters/security/password-hash.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { passwordAcceptable } from '../../core/identity/password-rule.ts';
import type { AppContext } from '../app-context.ts';
import type { Citizen } from '../../core/org/citizen.ts';
import { liftLock, underLockout } from './sign-in-guard.ts';

const DECOY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';
const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

function requireStrongPassword(password: string, personalWords: readonly string[]): void {
  if (!passwordAcceptable(password, personalWords)) throw new AppError('PASSWORD_TOO_WEAK', 'new password rejected by the rule', { field: 'newPassword' });
}

/** The words of a staff member's own identity a password must not be built on. */
const staffWords = (staff: StaffMember) => [staff.login, ...staff.login.split(/[._-]/), staff.iin, ...staff.fullName.split(/\s+/)];

export interface PasswordChange {
  readonly currentPassword: string;
  readonly newPassword: string;
  /** The session asking; it stays signed in, every other session of the account ends. */
  readonly sessionToken: string;
  readonly address?: string;
}

/**
 * Any staff member changes their own password (issue #13, finding 4). The current password is checked under the
 * same lockout as sign-in — a stolen session cannot guess it — and the change is recorded in password_events.
 */
export async function changeStaffPassword(app: AppContext, staff: StaffMember, change: PasswordChange): Promise<void> {
  requireStrongPassword(change.newPassword, staffWords(staff));
  const stored = await findStaffPasswordHash(app.db, staff.id);
  await underLockout(
    app,
    { scope: 'staff', login: staff.login, ...(change.address ? { address: change.address } : {}) },
    async () => verifyPassword(change.currentPassword, stored ?? DECOY_HASH),
    () => new AppError('CURRENT_PASSWORD_WRONG', `${staff.id}: wrong current password`),
  );
  const passwordHash = await hashPassword(change.newPassword);
  await app.db.transaction(async (tx) => {
    await setStaffPassword(tx, staff.id, passwordHash, tokenHash(change.sessionToken));
    await recordPasswordEvent(tx, { kind: 'changed', accountKind: 'staff', accountId: staff.id, actorId: staff.id, at: app.clock() });
  });
}

/** A citizen changes their password the same way (an account made by EDS sign-in has a random one: reset by code). */
export async function changeCitizenPassword(app: AppContext, citizen: Citizen, change: PasswordChange): Promise<void> {
  requireStrongPassword(change.newPassword, [citizen.iin, ...citizen.fullName.split(/\s+/)]);
  const account = await findCitizenAccount(app.db, citizen.iin);
  await underLockout(
    app,
    { scope: 'citizen', login: citizen.iin, ...(change.address ? { address: change.address } : {}) },
    async () => verifyPassword(change.currentPassword, account?.passwordHash ?? DECOY_HASH),
    () => new AppError('CURRENT_PASSWORD_WRONG', `${citizen.iin}: wrong current password`),
  );
  const passwordHash = await hashPassword(change.newPassword);
  await app.db.transaction(async (tx) => {
    await setCitizenPassword(tx, citizen.iin, passwordHash, tokenHash(change.sessionToken));
    await recordPasswordEvent(tx, { kind: 'changed', accountKind: 'citizen', accountId: citizen.iin, actorId: citizen.iin, at: app.clock() });
  });
}

/**
 * An administrator resets a staff member's password: a random temporary password (shown once, to hand over), every
 * session of that person ends, a lock on the login is lifted, and password_events records who, whom and when.
 */
export async function resetStaffPassword(app: AppContext, administrator: StaffMember, staffId: string): Promise<{ temporaryPassword: string }> {
  if (administrator.role !== 'admin') {
    throw new AppError('FORBIDDEN_ROLE', `${administrator.role} may not reset passwords`, { requiredRole: 'admin', actualRole: administrator.role });
  }
  const target = await findStaff(app.db, staffId);
  if (!target) throw new AppError('NOT_FOUND', `no active staff ${staffId}`, { what: `staff ${staffId}` });
  // 15 random bytes: 120 bits, far beyond any guessing; letters, digits, - and _.
  const temporaryPassword = randomBytes(15).toString('base64url');
  const passwordHash = await hashPassword(temporaryPassword);
  await app.db.transaction(async (tx) => {
    await setStaffPassword(tx, target.id, passwordHash, null);
    await recordPasswordEvent(tx, { kind: 'resetByAdministrator', accountKind: 'staff', accountId: target.id, actorId: administrator.id, at: app.clock() });
  });
  await liftLock(app, 'staff', target.login);
  return { temporaryPassword };
}
