import type { ReadObject, ReadObjectKind, ReadPurpose } from '../../core/audit/read-purposes.ts';
import type { Text } from '../../core/i18n/text.ts';
import type { StaffMember } from '../../core/org/staff-member.ts';
import type { SqlExecutor } from './database.ts';

/**
 * Appends one staff read to `read_audit_log` (its trigger chains it per person, migration 0014b). A staff member
 * without a region of their own is recorded with their provider's region.
 */
export async function insertStaffRead(db: SqlExecutor, at: Date, staff: StaffMember, object: ReadObject, purpose: ReadPurpose): Promise<void> {
  await db.execute(
    `insert into read_audit_log (at, staff_id, staff_role, provider_id, region, subject_iin, object_kind, object_id, purpose)
     values ($1, $2, $3, $4, coalesce($5, (select region from providers where id = $4)), $6, $7, $8, $9)`,
    [at.toISOString(), staff.id, staff.role, staff.providerId, staff.region, object.subjectIin, object.kind, object.id, purpose],
  );
}

// ===== Reading the read audit (supervisors, administrators, the citizen's own log) =====

export interface ReadAuditRow {
  id: string | number;
  at: Date | string;
  staff_id: string;
  login: string;
  full_name: string;
  staff_role: string;
  provider_name: Text | null;
  region: string | null;
  subject_iin: string;
  object_kind: ReadObjectKind;
  object_id: string;
  purpose: ReadPurpose;
}

/** Reads in [fromAt, toAt) with the optional conditions; `staff` is a login or a staff id. */
export interface ReadAuditQuery {
  readonly fromAt: string;
  readonly toAt: string;
  readonly region?: string | null | undefined;
  readonly iin?: string | undefined;
  readonly staff?: string | undefined;
}

const ENTRY_COLUMNS = `r.id, r.at, r.staff_id, s.login, s.full_name, r.staff_role, p.name as provider_name, r.region, r.subject_iin,
  r.object_kind, r.object_id, r.purpose
  from read_audit_log r join staff s on s.id = r.staff_id left join providers p on p.id = r.provider_id`;

function whereOf(query: ReadAuditQuery): { sql: string; parameters: unknown[] } {
  const parameters: unknown[] = [query.fromAt, query.toAt];
  const conditions = ['r.at >= $1', 'r.at < $2'];
  const add = (condition: (placeholder: string) => string, value: unknown) => {
    parameters.push(value);
    conditions.push(condition(`$${parameters.length}`));
  };
  if (query.region) add((p) => `r.region = ${p}`, query.region);
  if (query.iin) add((p) => `r.subject_iin = ${p}`, query.iin);
  if (query.staff) add((p) => `(s.login = ${p} or r.staff_id = ${p})`, query.staff);
  return { sql: conditions.join(' and '), parameters };
}

/** One page of reads, newest first, and how many match in all. */
export async function readAuditPage(db: SqlExecutor, query: ReadAuditQuery, page: number, pageSize: number): Promise<{ rows: ReadAuditRow[]; total: number }> {
  const where = whereOf(query);
  const [count] = await db.execute<{ total: string | number }>(`select count(*) as total from read_audit_log r join staff s on s.id = r.staff_id where ${where.sql}`, where.parameters);
  const rows = await db.execute<ReadAuditRow>(
    `select ${ENTRY_COLUMNS} where ${where.sql} order by r.at desc, r.id desc limit ${pageSize} offset ${(page - 1) * pageSize}`,
    where.parameters,
  );
  return { rows, total: Number(count?.total ?? 0) };
}

/** The newest reads of one person's data. */
export async function readsOfPerson(db: SqlExecutor, iin: string, limit: number): Promise<ReadAuditRow[]> {
  return db.execute<ReadAuditRow>(`select ${ENTRY_COLUMNS} where r.subject_iin = $1 order by r.subject_seq desc limit ${limit}`, [iin]);
}

// ===== Checkpoints of the case chains (migration 0014) =====

/** The key every event insert takes shared (migration 0014); a checkpoint takes it exclusively. */
const CHAIN_LOCK_KEY = 7_244_120;

/** Holds new event inserts until the transaction ends and waits for the running ones. */
export async function lockEventChains(tx: SqlExecutor): Promise<void> {
  await tx.execute('select pg_advisory_xact_lock($1)', [CHAIN_LOCK_KEY]);
}

export async function lastCheckpoint(tx: SqlExecutor): Promise<{ id: number; covers_position: string; root: string } | undefined> {
  const [last] = await tx.execute<{ id: number; covers_position: string; root: string }>('select id, covers_position, root from audit_checkpoints order by id desc limit 1');
  return last;
}

export async function eventsAfterPosition(tx: SqlExecutor, fromPosition: number): Promise<{ case_id: string; seq: number; hash: string; chain_position: string }[]> {
  return tx.execute<{ case_id: string; seq: number; hash: string; chain_position: string }>(
    'select case_id, seq, hash, chain_position from case_events where chain_position > $1 order by chain_position',
    [fromPosition],
  );
}

export async function insertCheckpoint(
  tx: SqlExecutor,
  checkpoint: { id: number; takenAt: string; coversPosition: number; headCount: number; root: string; signature: string },
  heads: readonly { caseId: string; seq: number; hash: string }[],
): Promise<void> {
  await tx.execute('insert into audit_checkpoints (id, taken_at, covers_position, head_count, root, signature) values ($1, $2, $3, $4, $5, $6)', [
    checkpoint.id,
    checkpoint.takenAt,
    checkpoint.coversPosition,
    checkpoint.headCount,
    checkpoint.root,
    checkpoint.signature,
  ]);
  await tx.execute(
    `insert into audit_checkpoint_heads (checkpoint_id, case_id, seq, hash)
     select $1, h.case_id, h.seq, h.hash from jsonb_to_recordset($2::jsonb) as h(case_id uuid, seq integer, hash text)`,
    [checkpoint.id, JSON.stringify(heads.map((head) => ({ case_id: head.caseId, seq: head.seq, hash: head.hash })))],
  );
}

// ===== Verifying the history (audit verify): the stored rows, as text where the hash covers text =====

const AT_UTC = `to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

export interface CheckpointRow {
  id: number;
  taken_at: Date;
  covers_position: string;
  head_count: number;
  root: string;
  signature: string;
}

export interface ChainEventRow {
  case_id: string;
  seq: number;
  type: string;
  at_utc: string;
  actor_json: string;
  data_json: string;
  prev_hash: string;
  hash: string;
  chain_position: string;
}

export interface CheckpointHeadRow {
  checkpoint_id: number;
  case_id: string;
  seq: number;
  hash: string;
}

export interface ChainReadRow {
  subject_iin: string;
  subject_seq: number;
  at_utc: string;
  staff_id: string;
  object_kind: string;
  object_id: string;
  purpose: string;
  prev_hash: string;
  hash: string;
}

export async function allCheckpoints(db: SqlExecutor): Promise<CheckpointRow[]> {
  return db.execute<CheckpointRow>('select id, taken_at, covers_position, head_count, root, signature from audit_checkpoints order by id');
}

export async function headsOfCheckpoint(db: SqlExecutor, checkpointId: number): Promise<{ case_id: string; seq: number; hash: string }[]> {
  return db.execute<{ case_id: string; seq: number; hash: string }>('select case_id, seq, hash from audit_checkpoint_heads where checkpoint_id = $1', [checkpointId]);
}

/** The next page of case ids: every case the database knows, and every case a checkpoint ever named. */
export async function caseIdsAfter(db: SqlExecutor, after: string, limit: number): Promise<string[]> {
  const rows = await db.execute<{ id: string }>(
    `select id from (select id from cases union select case_id as id from audit_checkpoint_heads) ids where id > $1::uuid order by id limit ${limit}`,
    [after],
  );
  return rows.map((row) => row.id);
}

export async function chainEventsOf(db: SqlExecutor, caseIds: readonly string[]): Promise<ChainEventRow[]> {
  return db.execute<ChainEventRow>(
    `select case_id, seq, type, ${AT_UTC} as at_utc, actor::text as actor_json, data::text as data_json, prev_hash, hash, chain_position
       from case_events where case_id = any($1::uuid[]) order by case_id, seq`,
    [caseIds],
  );
}

export async function checkpointHeadsOf(db: SqlExecutor, caseIds: readonly string[]): Promise<CheckpointHeadRow[]> {
  return db.execute<CheckpointHeadRow>('select checkpoint_id, case_id, seq, hash from audit_checkpoint_heads where case_id = any($1::uuid[]) order by checkpoint_id', [caseIds]);
}

export async function readSubjectsAfter(db: SqlExecutor, after: string, limit: number): Promise<string[]> {
  const rows = await db.execute<{ subject_iin: string }>(`select distinct subject_iin from read_audit_log where subject_iin > $1 order by subject_iin limit ${limit}`, [after]);
  return rows.map((row) => row.subject_iin);
}

export async function chainReadsOf(db: SqlExecutor, subjects: readonly string[]): Promise<ChainReadRow[]> {
  return db.execute<ChainReadRow>(
    `select subject_iin, subject_seq, ${AT_UTC} as at_utc, staff_id, object_kind, object_id, purpose, prev_hash, hash
       from read_audit_log where subject_iin = any($1::text[]) order by subject_iin, subject_seq`,
    [subjects],
  );
}
