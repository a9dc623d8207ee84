import { randomInt } from 'node:crypto';
import { createCitizenSession, findCitizenAccount, insertCitizenAccount } from '../../adapters/db/citizen-store.ts';
import {
  deleteSignUpCode,
  findPersonContact,
  readThrottle,
  recordPasswordEvent,
  setCitizenPassword,
  storeSignUpCode,
  takeSignUpCodeAttempt,
  updateThrottle,
} from '../../adapters/db/identity-store.ts';
import { createOutboxNotificationSender } from '../../adapters/notifications/outbox-notification-sender.ts';
import { hashPassword, verifyPassword } from '../../adapters/security/password-hash.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { checkIin } from '../../core/identity/iin.ts';
import { passwordAcceptable } from '../../core/identity/password-rule.ts';
import { activeLockUntil, afterFailure, type ThrottlePolicy } from '../../core/identity/sign-in-throttle.ts';
import { signUpCodeMessage } from '../../core/identity/sign-up-code-texts.ts';
import type { NotificationSender } from '../../core/ports/notification-sender.ts';
import type { AppContext } from '../app-context.ts';
import { citizenOf, proveIdentityWithEds, type CitizenSession } from '../portal/citizen-auth.ts';
import { registriesOf } from '../registries/registries.ts';

/** Our figures (the seeds set none): a 6-digit code, 10 minutes, 5 tries; at most 3 codes an hour per IIN. */
export const SIGN_UP_CODE_DIGITS = 6;
export const SIGN_UP_CODE_VALID_MINUTES = 10;
export const SIGN_UP_CODE_ATTEMPTS = 5;
const CODE_REQUESTS: ThrottlePolicy = { failuresPerLock: 3, firstLockMinutes: 60, maxLockMinutes: 24 * 60, forgetAfterMinutes: 60 };
const DECOY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

export function notificationSenderOf(app: AppContext): NotificationSender {
  return app.notificationSender ?? createOutboxNotificationSender(app.db);
}

function requireValidIin(iin: string): void {
  if (!checkIin(iin).valid) throw new AppError('INVALID_IIN', `sign-up with invalid IIN ${iin}`, { field: 'iin' });
}

function requireStrongPassword(password: string, iin: string): void {
  if (!passwordAcceptable(password, iin ? [iin] : [])) throw new AppError('PASSWORD_TOO_WEAK', 'password rejected by the rule', { field: 'password' });
}

/**
 * Step 1 of sign-up (or a forgotten password) without an EDS (issue #13, finding 1): a one-time code goes to the
 * contact the persons database holds for the IIN — never to one the caller names. The caller learns nothing: the
 * answer is the same whether the IIN is in the database, has an account, has a contact, or asked too often.
 */
export async function requestSignUpCode(app: AppContext, iin: string): Promise<{ validMinutes: number }> {
  requireValidIin(iin);
  const now = app.clock();
  const answer = { validMinutes: SIGN_UP_CODE_VALID_MINUTES };
  const key = { scope: 'signUpCode' as const, subject: iin };
  if (activeLockUntil(await readThrottle(app.db, key), now)) return answer;
  await updateThrottle(app.db, key, (record) => afterFailure(record, now, CODE_REQUESTS));
  const person = await registriesOf(app).persons(app.db).findByIin(iin);
  const contact = person ? await findPersonContact(app.db, iin) : null;
  const code = randomInt(0, 10 ** SIGN_UP_CODE_DIGITS)
    .toString()
    .padStart(SIGN_UP_CODE_DIGITS, '0');
  // Hashed either way, so a known and an unknown IIN take the same time.
  const codeHash = await hashPassword(code);
  if (!person || !contact) return answer;
  await storeSignUpCode(app.db, iin, codeHash, now, new Date(now.getTime() + SIGN_UP_CODE_VALID_MINUTES * 60_000), SIGN_UP_CODE_ATTEMPTS);
  await notificationSenderOf(app).send({ ...contact, ...signUpCodeMessage(code, SIGN_UP_CODE_VALID_MINUTES), purpose: 'signUpCode' }, now);
  return answer;
}

/** Creates the account, or sets a new password on an existing one (the proof is the same), and audits a change. */
async function setUpAccount(app: AppContext, iin: string, password: string): Promise<void> {
  const now = app.clock();
  const passwordHash = await hashPassword(password);
  await app.db.transaction(async (tx) => {
    if (await insertCitizenAccount(tx, iin, passwordHash, now)) return;
    await setCitizenPassword(tx, iin, passwordHash, null);
    await recordPasswordEvent(tx, { kind: 'changed', accountKind: 'citizen', accountId: iin, actorId: iin, at: now });
  });
}

/**
 * Step 2: the code from step 1 and a new password. A wrong, expired or used-up code — or none at all — gets one
 * answer; each try uses up one of the code's attempts. Only the code's scrypt hash is stored.
 */
export async function signUpWithCode(app: AppContext, iin: string, code: string, password: string): Promise<CitizenSession> {
  requireValidIin(iin);
  requireStrongPassword(password, iin);
  const now = app.clock();
  const codeHash = await takeSignUpCodeAttempt(app.db, iin, now);
  const matches = await verifyPassword(code.trim(), codeHash ?? DECOY_HASH);
  if (!codeHash || !matches) throw new AppError('SIGN_UP_CODE_INVALID', `sign-up code refused for ${iin}`);
  const person = await registriesOf(app).persons(app.db).findByIin(iin);
  if (!person) throw new AppError('SIGN_UP_CODE_INVALID', `${iin} left the persons database`);
  const account = await findCitizenAccount(app.db, iin);
  if (account && !account.active) throw new AppError('CITIZEN_AUTHORIZATION_REFUSED', `account ${iin} closed`);
  await setUpAccount(app, iin, password);
  await deleteSignUpCode(app.db, iin);
  return { ...(await createCitizenSession(app.db, iin, 'password', now, app.sessionHours)), citizen: citizenOf(person) };
}

/** Sign-up with the person's EDS authentication key: the IIN is the certificate's, the password the person's choice. */
export async function signUpWithEds(app: AppContext, nonce: string, signature: string, password: string): Promise<CitizenSession> {
  requireStrongPassword(password, ''); // before the challenge is spent, so a weak password does not cost it
  const person = await proveIdentityWithEds(app, nonce, signature);
  requireStrongPassword(password, person.iin);
  const account = await findCitizenAccount(app.db, person.iin);
  if (account && !account.active) throw new AppError('CITIZEN_AUTHORIZATION_REFUSED', `account ${person.iin} closed`);
  await setUpAccount(app, person.iin, password);
  return { ...(await createCitizenSession(app.db, person.iin, 'eds', app.clock(), app.sessionHours)), citizen: citizenOf(person) };
}
