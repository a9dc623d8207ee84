import { createHash, randomBytes } from 'node:crypto';
import type { StaffRole } from '../../core/case/actor.ts';
import type { StaffMember } from '../../core/org/staff-member.ts';
import type { SqlExecutor } from './database.ts';
import { queries } from './query-builder.ts';


const staffColumns = ['id', 'provider_id', 'login', 'role', 'full_name', 'iin', 'region'] as const;

function toStaff(row: { id: string; provider_id: string | null; login: string; role: string; full_name: string; iin: string; region: string | null }): StaffMember {
  return { id: row.id, providerId: row.provider_id, login: row.login, role: row.role as StaffRole, fullName: row.full_name, iin: row.iin, region: row.region };
}

export async function findStaffForSignIn(db: SqlExecutor, login: string) {
  const [row] = await db.query(
    queries.selectFrom('staff').select([...staffColumns, 'password_hash']).where('login', '=', login).where('active', '=', true).compile(),
  );
  return row ? { staff: toStaff(row), passwordHash: row.password_hash } : null;
}

export async function findStaff(db: SqlExecutor, staffId: string): Promise<StaffMember | null> {
  const [row] = await db.query(queries.selectFrom('staff').select([...staffColumns]).where('id', '=', staffId).where('active', '=', true).compile());
  return row ? toStaff(row) : null;
}

/**
 * Full names and roles of staff members by id, deactivated ones included: a case's history and its executor keep
 * the name of whoever acted (issue #17: screens showed logins).
 */
export async function staffNamesByIds(db: SqlExecutor, staffIds: readonly string[]): Promise<Map<string, { fullName: string; role: StaffRole }>> {
  if (staffIds.length === 0) return new Map();
  const rows = await db.query(queries.selectFrom('staff').select(['id', 'full_name', 'role']).where('id', 'in', [...new Set(staffIds)]).compile());
  return new Map(rows.map((r) => [r.id, { fullName: r.full_name, role: r.role as StaffRole }]));
}

export async function listProviderStaff(db: SqlExecutor, providerId: string, role: StaffRole): Promise<StaffMember[]> {
  const rows = await db.query(
    queries.selectFrom('staff').select([...staffColumns]).where('provider_id', '=', providerId).where('role', '=', role).where('active', '=', true).orderBy('full_name').compile(),
  );
  return rows.map(toStaff);
}

/** Open cases assigned to each executor of a provider: the load the head sees when choosing one. */
export async function executorLoads(db: SqlExecutor, providerId: string): Promise<Map<string, number>> {
  const rows = await db.execute<{ executor_id: string; open_cases: number }>(
    `select executor_id, count(*)::int as open_cases from cases
      where provider_id = $1 and closed_at is null and executor_id is not null group by executor_id`,
    [providerId],
  );
  return new Map(rows.map((r) => [r.executor_id, r.open_cases]));
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Creates a session; only the token's hash is stored, so a database leak does not leak live sessions. */
export async function createSession(db: SqlExecutor, staffId: string, now: Date, lifetimeHours: number): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + lifetimeHours * 3_600_000);
  await db.query(
    queries.insertInto('sessions').values({ token_hash: sha256(token), staff_id: staffId, created_at: now.toISOString(), expires_at: expiresAt.toISOString() }).compile(),
  );
  return { token, expiresAt };
}

export async function findSessionStaff(db: SqlExecutor, token: string, now: Date): Promise<StaffMember | null> {
  const [row] = await db.query(
    queries
      .selectFrom('sessions')
      .innerJoin('staff', 'staff.id', 'sessions.staff_id')
      .select(['staff.id', 'staff.provider_id', 'staff.login', 'staff.role', 'staff.full_name', 'staff.iin', 'staff.region'])
      .where('sessions.token_hash', '=', sha256(token))
      .where('sessions.expires_at', '>', now)
      .where('staff.active', '=', true)
      .compile(),
  );
  return row ? toStaff(row) : null;
}

export async function deleteSession(db: SqlExecutor, token: string): Promise<void> {
  await db.query(queries.deleteFrom('sessions').where('token_hash', '=', sha256(token)).compile());
}

/** Every active staff account, by login: the administrator's list. */
export async function listActiveStaffAccounts(db: SqlExecutor): Promise<{ id: string; login: string; role: string; fullName: string; providerId: string | null }[]> {
  return db.execute<{ id: string; login: string; role: string; fullName: string; providerId: string | null }>(
    'select id, login, role, full_name as "fullName", provider_id as "providerId" from staff where active order by login',
  );
}

/** Every staff login there is. */
export async function listStaffLogins(db: SqlExecutor): Promise<Set<string>> {
  return new Set((await db.query(queries.selectFrom('staff').select('login').compile())).map((r) => r.login));
}

/** Adds a staff account unless its login exists (the demo data); its id is its login. */
export async function insertStaffIfAbsent(
  db: SqlExecutor,
  member: { login: string; role: StaffRole; fullName: string; providerId: string | null; region: string | null; iin: string; passwordHash: string },
): Promise<void> {
  await db.query(
    queries
      .insertInto('staff')
      .values({
        id: member.login,
        login: member.login,
        role: member.role,
        full_name: member.fullName,
        provider_id: member.providerId,
        region: member.region,
        iin: member.iin,
        password_hash: member.passwordHash,
      })
      .onConflict((oc) => oc.column('login').doNothing())
      .compile(),
  );
}
