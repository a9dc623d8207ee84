import { randomBytes } from 'node:crypto';
import {
  createCitizenSession,
  findCitizenAccount,
  findCitizenSession,
  insertCitizenAccount,
  insertEdsChallenge,
  spendEdsChallenge,
} from '../../adapters/db/citizen-store.ts';
import { hashPassword, verifyPassword } from '../../adapters/security/password-hash.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { checkIin } from '../../core/identity/iin.ts';
import { fullNameOf, type PersonRecord } from '../../core/ports/persons-registry.ts';
import type { AppContext } from '../app-context.ts';
import { registriesOf } from '../registries/registries.ts';
import { citizenSessionCache } from './citizen-session-cache.ts';

export interface Citizen {
  readonly iin: string;
  readonly fullName: string;
  readonly region: string;
}

export interface CitizenSession {
  readonly token: string;
  readonly expiresAt: Date;
  readonly citizen: Citizen;
}

/** Same cost as a real check, so an unknown IIN and a wrong password take the same time. */
const DECOY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';
const CHALLENGE_VALID_SECONDS = 300;
export const MIN_PASSWORD_LENGTH = 8;

function citizenOf(person: PersonRecord): Citizen {
  return { iin: person.iin, fullName: fullNameOf(person), region: person.address.region };
}

/** Our password rule (the seeds give none): at least 8 characters with a letter and a digit. */
export function passwordAcceptable(password: string): boolean {
  return password.length >= MIN_PASSWORD_LENGTH && /\p{L}/u.test(password) && /\d/.test(password);
}

/**
 * Sign-up on the portal with IIN and password (seed 000 line 760, "осуществляет регистрацию на портале"): the IIN must
 * be valid and present in the persons database (its refusal message is the seeds' "Получение данных невозможно…").
 */
export async function signUpCitizen(app: AppContext, iin: string, password: string): Promise<CitizenSession> {
  if (!checkIin(iin).valid) throw new AppError('INVALID_IIN', `sign-up with invalid IIN ${iin}`, { field: 'iin' });
  if (!passwordAcceptable(password)) throw new AppError('PASSWORD_TOO_WEAK', 'password rejected by the rule');
  const person = await registriesOf(app).persons(app.db).findByIin(iin);
  if (!person) throw new AppError('PERSON_NOT_IN_REGISTRY', `${iin} is not in the persons database`, { iin });
  const now = app.clock();
  if (!(await insertCitizenAccount(app.db, iin, await hashPassword(password), now))) {
    throw new AppError('CITIZEN_ALREADY_REGISTERED', `${iin} already has an account`);
  }
  return { ...(await createCitizenSession(app.db, iin, 'password', now, app.sessionHours)), citizen: citizenOf(person) };
}

/**
 * Process 1 and condition 1 of the portal flows (seed 000 lines 762-766): IIN and password are checked; any failure —
 * unknown IIN, wrong password, a closed account, a person no longer in the persons database — gets the regulations'
 * one refusal message, so it does not tell which part was wrong.
 */
export async function signInCitizen(app: AppContext, iin: string, password: string): Promise<CitizenSession> {
  const account = await findCitizenAccount(app.db, iin);
  const matches = await verifyPassword(password, account?.passwordHash ?? DECOY_HASH);
  const person = account && matches && account.active ? await registriesOf(app).persons(app.db).findByIin(iin) : null;
  if (!person) throw new AppError('CITIZEN_AUTHORIZATION_REFUSED', `portal sign-in refused for ${iin}`);
  return { ...(await createCitizenSession(app.db, iin, 'password', app.clock(), app.sessionHours)), citizen: citizenOf(person) };
}

/** A one-time nonce the citizen signs with an EDS to sign in. */
export async function createEdsChallenge(app: AppContext): Promise<{ nonce: string; expiresAt: Date }> {
  return insertEdsChallenge(app.db, app.clock(), CHALLENGE_VALID_SECONDS);
}

/** The bytes an EDS sign-in signature covers: the nonce, UTF-8. */
export function challengeBytes(nonce: string): Uint8Array {
  return new TextEncoder().encode(nonce);
}

/**
 * EDS sign-in: the signature over the challenge must verify (chain, validity, revocation); the IIN comes from the
 * certificate. A person in the persons database without an account gets one (with an unusable random password).
 */
export async function signInCitizenWithEds(app: AppContext, nonce: string, signature: string): Promise<CitizenSession> {
  const now = app.clock();
  if (!app.signatureVerifier) throw new AppError('CITIZEN_AUTHORIZATION_REFUSED', 'EDS sign-in needs QYZMET_EDS_VERIFICATION=local', { cause: 'verificationOff' });
  if (!(await spendEdsChallenge(app.db, nonce, now))) throw new AppError('EDS_CHALLENGE_INVALID', 'unknown, used or expired challenge');
  const verdict = await app.signatureVerifier.verify({ contentBytes: challengeBytes(nonce), signature, at: now });
  if (!verdict.valid) throw new AppError(verdict.code, `EDS sign-in: ${verdict.reason}`, verdict.details ?? {});
  const iin = verdict.signer.iin;
  const person = iin ? await registriesOf(app).persons(app.db).findByIin(iin) : null;
  if (!iin || !person) throw new AppError('CITIZEN_AUTHORIZATION_REFUSED', `EDS sign-in: ${iin ?? 'no IIN'} not in the persons database`);
  const account = await findCitizenAccount(app.db, iin);
  if (account && !account.active) throw new AppError('CITIZEN_AUTHORIZATION_REFUSED', `account ${iin} closed`);
  if (!account) await insertCitizenAccount(app.db, iin, await hashPassword(randomBytes(24).toString('base64url')), now);
  return { ...(await createCitizenSession(app.db, iin, 'eds', now, app.sessionHours)), citizen: citizenOf(person) };
}

/** The citizen of a bearer token, or UNAUTHENTICATED. */
export async function requireCitizenSession(app: AppContext, token: string | null): Promise<Citizen> {
  if (!token) throw new AppError('UNAUTHENTICATED', 'no valid citizen session');
  const now = app.clock();
  const sessions = citizenSessionCache(app);
  const cached = sessions.get(token, now);
  if (cached) return cached;
  const session = await findCitizenSession(app.db, token, now);
  const person = session ? await registriesOf(app).persons(app.db).findByIin(session.iin) : null;
  if (!session || !person) throw new AppError('UNAUTHENTICATED', 'no valid citizen session');
  const citizen = citizenOf(person);
  sessions.set(token, citizen, now, session.expiresAt);
  return citizen;
}
