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
import type { Citizen } from '../../core/org/citizen.ts';
import type { AppContext } from '../app-context.ts';
import { purgeExpiredEdsChallenges } from '../../adapters/db/identity-store.ts';
import { underLockout } from '../identity/sign-in-guard.ts';
import { registriesOf } from '../registries/registries.ts';
import { citizenSessionCache } from './citizen-session-cache.ts';


export interface CitizenSession {
  readonly token: string;
  readonly expiresAt: Date;
  readonly citizen: Citizen;
}

/** Same cost as a real check, so an unknown IIN and a wrong password take the same time. */
const DECOY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';
const CHALLENGE_VALID_SECONDS = 300;
/** At most this many unspent challenges live at once; expired ones are purged on every new one (issue #13, finding 4). */
export const MAX_LIVE_EDS_CHALLENGES = 10_000;

export function citizenOf(person: PersonRecord): Citizen {
  return { iin: person.iin, fullName: fullNameOf(person), region: person.address.region };
}

/**
 * Process 1 and condition 1 of the portal flows (seed 000 lines 762-766): IIN and password are checked; any failure —
 * unknown IIN, wrong password, a closed account, a person no longer in the persons database — gets the regulations'
 * one refusal message, so it does not tell which part was wrong.
 */
export async function signInCitizen(app: AppContext, iin: string, password: string, address?: string): Promise<CitizenSession> {
  // A mistyped IIN (wrong check digit) is said to be one: a format check that tells nothing about accounts (issue #17).
  if (!checkIin(iin).valid) throw new AppError('INVALID_IIN', `portal sign-in with invalid IIN ${iin}`, { field: 'iin' });
  const account = await findCitizenAccount(app.db, iin);
  // Everything else — unknown IIN, wrong password, closed account — one answer in plain words with condition 1's text.
  const refusal = () => new AppError('CITIZEN_SIGN_IN_FAILED', `portal sign-in refused for ${iin}`);
  await underLockout(app, { scope: 'citizen', login: iin, ...(address ? { address } : {}) }, async () => (await verifyPassword(password, account?.passwordHash ?? DECOY_HASH)) && !!account?.active, refusal);
  const person = await registriesOf(app).persons(app.db).findByIin(iin);
  if (!person) throw refusal();
  return { ...(await createCitizenSession(app.db, iin, 'password', app.clock(), app.sessionHours)), citizen: citizenOf(person) };
}

/** A one-time nonce the citizen signs with an EDS to sign in. */
export async function createEdsChallenge(app: AppContext): Promise<{ nonce: string; expiresAt: Date }> {
  const now = app.clock();
  if ((await purgeExpiredEdsChallenges(app.db, now)) >= MAX_LIVE_EDS_CHALLENGES) {
    throw new AppError('TOO_MANY_REQUESTS', 'too many live EDS challenges', { retryAfterSeconds: CHALLENGE_VALID_SECONDS });
  }
  return insertEdsChallenge(app.db, now, CHALLENGE_VALID_SECONDS);
}

/** The bytes an EDS sign-in signature covers: the nonce, UTF-8. */
export function challengeBytes(nonce: string): Uint8Array {
  return new TextEncoder().encode(nonce);
}

/**
 * Proof of identity with an EDS (issue #13, findings 1-2): the signature over an unspent challenge must verify with
 * an AUTHENTICATION key (chain, validity, revocation, key usage for signing in); the IIN comes from the certificate and
 * must be in the persons database.
 */
export async function proveIdentityWithEds(app: AppContext, nonce: string, signature: string): Promise<PersonRecord> {
  const now = app.clock();
  if (!app.signatureVerifier) throw new AppError('CITIZEN_AUTHORIZATION_REFUSED', 'EDS sign-in needs QYZMET_EDS_VERIFICATION=local', { cause: 'verificationOff' });
  if (!(await spendEdsChallenge(app.db, nonce, now))) throw new AppError('EDS_CHALLENGE_INVALID', 'unknown, used or expired challenge');
  const verdict = await app.signatureVerifier.verify({ contentBytes: challengeBytes(nonce), signature, purpose: 'authenticate', at: now });
  if (!verdict.valid) throw new AppError(verdict.code, `EDS sign-in: ${verdict.reason}`, verdict.details ?? {});
  const iin = verdict.signer.iin;
  const person = iin ? await registriesOf(app).persons(app.db).findByIin(iin) : null;
  if (!iin || !person) throw new AppError('CITIZEN_AUTHORIZATION_REFUSED', `EDS sign-in: ${iin ?? 'no IIN'} not in the persons database`);
  return person;
}

/**
 * EDS sign-in with the authentication key. A person in the persons database without an account gets one (with an
 * unusable random password): the EDS is the proof an account needs.
 */
export async function signInCitizenWithEds(app: AppContext, nonce: string, signature: string): Promise<CitizenSession> {
  const person = await proveIdentityWithEds(app, nonce, signature);
  const now = app.clock();
  const account = await findCitizenAccount(app.db, person.iin);
  if (account && !account.active) throw new AppError('CITIZEN_AUTHORIZATION_REFUSED', `account ${person.iin} closed`);
  if (!account) await insertCitizenAccount(app.db, person.iin, await hashPassword(randomBytes(24).toString('base64url')), now);
  return { ...(await createCitizenSession(app.db, person.iin, 'eds', now, app.sessionHours)), citizen: citizenOf(person) };
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
