import { createHash, randomBytes } from 'node:crypto';
import type { SqlExecutor } from './database.ts';
import { queries } from './query-builder.ts';

/** Citizen accounts of the portal, their bearer sessions and the one-time EDS sign-in challenges. */
function sha256(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function insertCitizenAccount(db: SqlExecutor, iin: string, passwordHash: string, now: Date): Promise<boolean> {
  const rows = await db.execute('insert into citizen_accounts (iin, password_hash, created_at) values ($1, $2, $3) on conflict (iin) do nothing returning iin', [
    iin,
    passwordHash,
    now.toISOString(),
  ]);
  return rows.length > 0;
}

export async function findCitizenAccount(db: SqlExecutor, iin: string): Promise<{ iin: string; passwordHash: string; active: boolean } | null> {
  const [row] = await db.execute<{ iin: string; password_hash: string; active: boolean }>('select iin, password_hash, active from citizen_accounts where iin = $1', [iin]);
  return row ? { iin: row.iin, passwordHash: row.password_hash, active: row.active } : null;
}

export async function createCitizenSession(db: SqlExecutor, iin: string, method: 'password' | 'eds', now: Date, hours: number): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + hours * 3_600_000);
  await db.execute('insert into citizen_sessions (token_hash, citizen_iin, created_at, expires_at, method) values ($1, $2, $3, $4, $5)', [
    sha256(token),
    iin,
    now.toISOString(),
    expiresAt.toISOString(),
    method,
  ]);
  return { token, expiresAt };
}

export async function findCitizenSession(
  db: SqlExecutor,
  token: string,
  now: Date,
): Promise<{ iin: string; method: 'password' | 'eds'; expiresAt: Date } | null> {
  const [row] = await db.execute<{ citizen_iin: string; method: 'password' | 'eds'; expires_at: Date | string }>(
    `select s.citizen_iin, s.method, s.expires_at from citizen_sessions s join citizen_accounts a on a.iin = s.citizen_iin
      where s.token_hash = $1 and s.expires_at > $2 and a.active`,
    [sha256(token), now.toISOString()],
  );
  return row ? { iin: row.citizen_iin, method: row.method, expiresAt: new Date(row.expires_at) } : null;
}

export async function deleteCitizenSession(db: SqlExecutor, token: string): Promise<void> {
  await db.execute('delete from citizen_sessions where token_hash = $1', [sha256(token)]);
}

export async function insertEdsChallenge(db: SqlExecutor, now: Date, validSeconds: number): Promise<{ nonce: string; expiresAt: Date }> {
  const nonce = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + validSeconds * 1000);
  await db.execute('insert into citizen_eds_challenges (nonce, created_at, expires_at) values ($1, $2, $3)', [nonce, now.toISOString(), expiresAt.toISOString()]);
  return { nonce, expiresAt };
}

/** Spends a challenge: true once, for an unexpired unused nonce; every later call false. */
export async function spendEdsChallenge(db: SqlExecutor, nonce: string, now: Date): Promise<boolean> {
  const rows = await db.execute('update citizen_eds_challenges set used_at = $2 where nonce = $1 and used_at is null and expires_at > $2 returning nonce', [nonce, now.toISOString()]);
  return rows.length > 0;
}

/** Adds a person to the local persons database unless the IIN is there (the demo data). */
export async function insertPersonIfAbsent(
  db: SqlExecutor,
  person: { iin: string; surname: string; given_name: string; patronymic: string | null; birth_date: string; sex: 'male' | 'female'; region: string },
): Promise<void> {
  await db.query(queries.insertInto('persons').values(person).onConflict((oc) => oc.column('iin').doNothing()).compile());
}

/** Gives the person a phone on record unless they have a phone or an e-mail address already. */
export async function setContactIfNone(db: SqlExecutor, iin: string, phone: string): Promise<void> {
  await db.execute('update persons set phone = $2 where iin = $1 and phone is null and email is null', [iin, phone]);
}

/** A portal account for the IIN unless it has one (the demo citizens). */
export async function ensureCitizenAccount(db: SqlExecutor, iin: string, passwordHash: string): Promise<void> {
  await db.execute('insert into citizen_accounts (iin, password_hash, created_at) values ($1, $2, now()) on conflict (iin) do nothing', [iin, passwordHash]);
}
