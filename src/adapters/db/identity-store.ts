import type { ThrottleRecord } from '../../core/identity/sign-in-throttle.ts';
import type { NotificationChannel, PersonContact } from '../../core/ports/notification-sender.ts';
import type { Database, SqlExecutor } from './database.ts';

/** Tables of migration 0011: sign-in throttle, one-time sign-up codes, password events, contacts on record. */

export type ThrottleScope = 'staff' | 'citizen' | 'address' | 'signUpCode';

export interface ThrottleSubject {
  readonly scope: ThrottleScope;
  readonly subject: string;
}

interface ThrottleRow {
  failures: number;
  last_failure_at: Date | string;
  locked_until: Date | string | null;
}

const toRecord = (row: ThrottleRow): ThrottleRecord => ({
  failures: row.failures,
  lastFailureAt: new Date(row.last_failure_at),
  lockedUntil: row.locked_until === null ? null : new Date(row.locked_until),
});

export async function readThrottle(db: SqlExecutor, key: ThrottleSubject): Promise<ThrottleRecord | null> {
  const [row] = await db.execute<ThrottleRow>('select failures, last_failure_at, locked_until from sign_in_throttle where scope = $1 and subject = $2', [
    key.scope,
    key.subject,
  ]);
  return row ? toRecord(row) : null;
}

/**
 * Reads, changes and writes one subject's record under a row lock, so concurrent failures from several server
 * processes are all counted.
 */
export async function updateThrottle(db: Database, key: ThrottleSubject, change: (record: ThrottleRecord | null) => ThrottleRecord): Promise<ThrottleRecord> {
  return db.transaction(async (tx) => {
    const [row] = await tx.execute<ThrottleRow>('select failures, last_failure_at, locked_until from sign_in_throttle where scope = $1 and subject = $2 for update', [
      key.scope,
      key.subject,
    ]);
    const next = change(row ? toRecord(row) : null);
    await tx.execute(
      `insert into sign_in_throttle (scope, subject, failures, last_failure_at, locked_until) values ($1, $2, $3, $4, $5)
       on conflict (scope, subject) do update set failures = excluded.failures, last_failure_at = excluded.last_failure_at, locked_until = excluded.locked_until`,
      [key.scope, key.subject, next.failures, next.lastFailureAt.toISOString(), next.lockedUntil?.toISOString() ?? null],
    );
    return next;
  });
}

export async function clearThrottle(db: SqlExecutor, key: ThrottleSubject): Promise<void> {
  await db.execute('delete from sign_in_throttle where scope = $1 and subject = $2', [key.scope, key.subject]);
}

/** The contact on record in the persons database: the phone first (SMS), else the e-mail address. */
export async function findPersonContact(db: SqlExecutor, iin: string): Promise<PersonContact | null> {
  const [row] = await db.execute<{ phone: string | null; email: string | null }>('select phone, email from persons where iin = $1', [iin]);
  if (row?.phone) return { channel: 'sms' satisfies NotificationChannel, recipient: row.phone };
  if (row?.email) return { channel: 'email', recipient: row.email };
  return null;
}

export async function citizenAccountExists(db: SqlExecutor, iin: string): Promise<boolean> {
  return (await db.execute('select 1 from citizen_accounts where iin = $1', [iin])).length > 0;
}

/** Replaces the IIN's live code: a new request voids the old one. */
export async function storeSignUpCode(db: SqlExecutor, iin: string, codeHash: string, now: Date, expiresAt: Date, attempts: number): Promise<void> {
  await db.execute(
    `insert into sign_up_codes (iin, code_hash, created_at, expires_at, attempts_left) values ($1, $2, $3, $4, $5)
     on conflict (iin) do update set code_hash = excluded.code_hash, created_at = excluded.created_at, expires_at = excluded.expires_at, attempts_left = excluded.attempts_left`,
    [iin, codeHash, now.toISOString(), expiresAt.toISOString(), attempts],
  );
}

/** Takes one attempt off the IIN's live code and returns its hash; null when there is none, it expired or is used up. */
export async function takeSignUpCodeAttempt(db: SqlExecutor, iin: string, now: Date): Promise<string | null> {
  const [row] = await db.execute<{ code_hash: string }>(
    'update sign_up_codes set attempts_left = attempts_left - 1 where iin = $1 and expires_at > $2 and attempts_left > 0 returning code_hash',
    [iin, now.toISOString()],
  );
  return row?.code_hash ?? null;
}

export async function deleteSignUpCode(db: SqlExecutor, iin: string): Promise<void> {
  await db.execute('delete from sign_up_codes where iin = $1', [iin]);
}

export interface PasswordEvent {
  readonly kind: 'changed' | 'resetByAdministrator';
  readonly accountKind: 'staff' | 'citizen';
  readonly accountId: string;
  readonly actorId: string;
  readonly at: Date;
}

export async function recordPasswordEvent(db: SqlExecutor, event: PasswordEvent): Promise<void> {
  await db.execute('insert into password_events (kind, account_kind, account_id, actor_id, at) values ($1, $2, $3, $4, $5)', [
    event.kind,
    event.accountKind,
    event.accountId,
    event.actorId,
    event.at.toISOString(),
  ]);
}

export async function listPasswordEvents(db: SqlExecutor, accountKind: 'staff' | 'citizen', accountId: string): Promise<PasswordEvent[]> {
  const rows = await db.execute<{ kind: PasswordEvent['kind']; account_id: string; actor_id: string; at: Date | string }>(
    'select kind, account_id, actor_id, at from password_events where account_kind = $1 and account_id = $2 order by at desc, id',
    [accountKind, accountId],
  );
  return rows.map((row) => ({ kind: row.kind, accountKind, accountId: row.account_id, actorId: row.actor_id, at: new Date(row.at) }));
}

export async function findStaffPasswordHash(db: SqlExecutor, staffId: string): Promise<string | null> {
  const [row] = await db.execute<{ password_hash: string }>('select password_hash from staff where id = $1 and active', [staffId]);
  return row?.password_hash ?? null;
}

/** Sets a staff member's password and ends their sessions except `keepTokenHash` (the one changing it). */
export async function setStaffPassword(db: SqlExecutor, staffId: string, passwordHash: string, keepTokenHash: string | null): Promise<boolean> {
  const rows = await db.execute('update staff set password_hash = $2 where id = $1 and active returning id', [staffId, passwordHash]);
  await db.execute('delete from sessions where staff_id = $1 and token_hash is distinct from $2', [staffId, keepTokenHash]);
  return rows.length > 0;
}

export async function setCitizenPassword(db: SqlExecutor, iin: string, passwordHash: string, keepTokenHash: string | null): Promise<void> {
  await db.execute('update citizen_accounts set password_hash = $2 where iin = $1', [iin, passwordHash]);
  await db.execute('delete from citizen_sessions where citizen_iin = $1 and token_hash is distinct from $2', [iin, keepTokenHash]);
}

/** Removes expired EDS challenges and counts the live ones, so anonymous calls cannot pile up rows. */
export async function purgeExpiredEdsChallenges(db: SqlExecutor, now: Date): Promise<number> {
  await db.execute('delete from citizen_eds_challenges where expires_at <= $1', [now.toISOString()]);
  const [row] = await db.execute<{ live: number }>('select count(*)::int as live from citizen_eds_challenges where used_at is null');
  return row?.live ?? 0;
}
