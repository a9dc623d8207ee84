import type { SqlExecutor } from './database.ts';

/** The electronic queue and the forwarded-applications register of State Corporation branches (migration 0010). */

export type TicketStatus = 'waiting' | 'called' | 'served' | 'notServed';

export interface DeskTicket {
  readonly id: string;
  readonly branchId: string;
  /** The branch's local calendar day, YYYY-MM-DD. */
  readonly day: string;
  readonly number: number;
  readonly status: TicketStatus;
  readonly takenAt: string;
  readonly calledAt: string | null;
  readonly calledBy: string | null;
  readonly servedAt: string | null;
  /** Why the ticket was closed without serving (status notServed, migration 0017). */
  readonly notServedReason: string | null;
  readonly closedBy: string | null;
}

interface TicketRow {
  id: string;
  branch_id: string;
  day: string | Date;
  number: number;
  status: TicketStatus;
  taken_at: Date;
  called_at: Date | null;
  called_by: string | null;
  served_at: Date | null;
  not_served_reason: string | null;
  closed_by: string | null;
}

const isoDay = (day: string | Date) => (typeof day === 'string' ? day.slice(0, 10) : day.toISOString().slice(0, 10));
const iso = (at: Date | string | null) => (at === null ? null : new Date(at).toISOString());

function toTicket(row: TicketRow): DeskTicket {
  return {
    id: row.id,
    branchId: row.branch_id,
    day: isoDay(row.day),
    number: row.number,
    status: row.status,
    takenAt: new Date(row.taken_at).toISOString(),
    calledAt: iso(row.called_at),
    calledBy: row.called_by,
    servedAt: iso(row.served_at),
    notServedReason: row.not_served_reason,
    closedBy: row.closed_by,
  };
}

// `day::text` keeps the date a plain YYYY-MM-DD on both engines (no time-zone shift through a JS Date).
const TICKET_COLUMNS = 'id, branch_id, day::text as day, number, status, taken_at, called_at, called_by, served_at, not_served_reason, closed_by';

/** Takes the next number of the branch's day and stores a waiting ticket; the counter upsert is atomic. */
export async function insertTicket(tx: SqlExecutor, ticket: { id: string; branchId: string; day: string; takenAt: string }): Promise<DeskTicket> {
  const [counter] = await tx.execute<{ last_number: number }>(
    `insert into desk_ticket_counters (branch_id, day, last_number) values ($1, $2, 1)
     on conflict (branch_id, day) do update set last_number = desk_ticket_counters.last_number + 1
     returning last_number`,
    [ticket.branchId, ticket.day],
  );
  if (!counter) throw new Error('ticket counter returned no row');
  const [row] = await tx.execute<TicketRow>(
    `insert into desk_tickets (id, branch_id, day, number, status, taken_at) values ($1, $2, $3, $4, 'waiting', $5) returning ${TICKET_COLUMNS}`,
    [ticket.id, ticket.branchId, ticket.day, counter.last_number, ticket.takenAt],
  );
  if (!row) throw new Error('ticket insert returned no row');
  return toTicket(row);
}

export async function listTickets(db: SqlExecutor, branchId: string, day: string): Promise<DeskTicket[]> {
  const rows = await db.execute<TicketRow>(`select ${TICKET_COLUMNS} from desk_tickets where branch_id = $1 and day = $2 order by number`, [branchId, day]);
  return rows.map(toTicket);
}

export async function findTicket(db: SqlExecutor, branchId: string, ticketId: string): Promise<DeskTicket | null> {
  const [row] = await db.execute<TicketRow>(`select ${TICKET_COLUMNS} from desk_tickets where branch_id = $1 and id = $2`, [branchId, ticketId]);
  return row ? toTicket(row) : null;
}

/**
 * Calls the lowest-numbered waiting ticket of the day. `for update skip locked` lets two operators call at the same
 * moment and get different people, instead of both calling the same one.
 */
export async function callNextTicket(tx: SqlExecutor, branchId: string, day: string, operatorId: string, at: string): Promise<DeskTicket | null> {
  const [row] = await tx.execute<TicketRow>(
    `update desk_tickets set status = 'called', called_at = $4, called_by = $3
      where id = (select id from desk_tickets where branch_id = $1 and day = $2 and status = 'waiting' order by number limit 1 for update skip locked)
      returning ${TICKET_COLUMNS}`,
    [branchId, day, operatorId, at],
  );
  return row ? toTicket(row) : null;
}

export async function markTicketServed(tx: SqlExecutor, branchId: string, ticketId: string, at: string): Promise<DeskTicket | null> {
  const [row] = await tx.execute<TicketRow>(
    `update desk_tickets set status = 'served', served_at = coalesce(served_at, $3) where branch_id = $1 and id = $2 and status <> 'notServed' returning ${TICKET_COLUMNS}`,
    [branchId, ticketId, at],
  );
  return row ? toTicket(row) : null;
}

/**
 * Closes a waiting or called ticket as not served, with the reason (issue #17: a branch that cannot accept the service
 * must still be able to end the visit). A ticket already served or closed is left as it is (no row returned).
 */
export async function markTicketNotServed(tx: SqlExecutor, branchId: string, ticketId: string, closure: { reason: string; operatorId: string; at: string }): Promise<DeskTicket | null> {
  const [row] = await tx.execute<TicketRow>(
    `update desk_tickets set status = 'notServed', served_at = $3, not_served_reason = $4, closed_by = $5
      where branch_id = $1 and id = $2 and status in ('waiting', 'called') returning ${TICKET_COLUMNS}`,
    [branchId, ticketId, closure.at, closure.reason, closure.operatorId],
  );
  return row ? toTicket(row) : null;
}

export interface Representative {
  readonly iin: string;
  readonly fullName: string;
  readonly powerOfAttorney: { readonly number: string; readonly issuedOn: string; readonly validUntil: string };
}

export interface DeskSubmission {
  readonly caseId: string;
  readonly branchId: string;
  readonly operatorId: string;
  readonly ticketId: string | null;
  readonly messageId: string | null;
  readonly regulationId: string;
  readonly applicantIin: string;
  readonly representative: Representative | null;
  readonly submittedAt: string;
  readonly handedOverAt: string | null;
  readonly handedOverBy: string | null;
  readonly handedOverTo: 'applicant' | 'representative' | null;
}

export async function insertSubmission(tx: SqlExecutor, s: Omit<DeskSubmission, 'handedOverAt' | 'handedOverBy' | 'handedOverTo'>): Promise<void> {
  await tx.execute(
    `insert into desk_submissions (case_id, branch_id, operator_id, ticket_id, message_id, regulation_id, applicant_iin, representative, submitted_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [s.caseId, s.branchId, s.operatorId, s.ticketId, s.messageId, s.regulationId, s.applicantIin, s.representative ? JSON.stringify(s.representative) : null, s.submittedAt],
  );
}

/** A branch's submission with the case's live status and the signed result's verification code, if any. */
export interface TrackedSubmission extends DeskSubmission {
  readonly status: string;
  /** The case's version, for step commands (optimistic concurrency). */
  readonly version: number;
  readonly journalNumber: string | null;
  readonly openStepId: string | null;
  readonly openStepRole: string | null;
  readonly openStepDueAt: string | null;
  readonly verificationCode: string | null;
}

interface TrackedRow {
  case_id: string;
  branch_id: string;
  operator_id: string;
  ticket_id: string | null;
  message_id: string | null;
  regulation_id: string;
  applicant_iin: string;
  representative: Representative | string | null;
  submitted_at: Date;
  handed_over_at: Date | null;
  handed_over_by: string | null;
  handed_over_to: 'applicant' | 'representative' | null;
  status: string;
  version: number;
  journal_number: string | null;
  open_step_id: string | null;
  open_step_role: string | null;
  open_step_due_at: Date | null;
  verification_code: string | null;
}

function toTracked(row: TrackedRow): TrackedSubmission {
  return {
    caseId: row.case_id,
    branchId: row.branch_id,
    operatorId: row.operator_id,
    ticketId: row.ticket_id,
    messageId: row.message_id,
    regulationId: row.regulation_id,
    applicantIin: row.applicant_iin,
    representative: typeof row.representative === 'string' ? (JSON.parse(row.representative) as Representative) : row.representative,
    submittedAt: new Date(row.submitted_at).toISOString(),
    handedOverAt: iso(row.handed_over_at),
    handedOverBy: row.handed_over_by,
    handedOverTo: row.handed_over_to,
    status: row.status,
    version: row.version,
    journalNumber: row.journal_number,
    openStepId: row.open_step_id,
    openStepRole: row.open_step_role,
    openStepDueAt: iso(row.open_step_due_at),
    verificationCode: row.verification_code,
  };
}

const TRACKED_SELECT = `select s.case_id, s.branch_id, s.operator_id, s.ticket_id, s.message_id, s.regulation_id, s.applicant_iin, s.representative,
       s.submitted_at, s.handed_over_at, s.handed_over_by, s.handed_over_to,
       c.status, c.version, c.journal_number, c.open_step_id, c.open_step_role, c.open_step_due_at,
       (select d.verification_code from documents d where d.case_id = s.case_id order by d.signed_at desc limit 1) as verification_code
  from desk_submissions s join cases c on c.id = s.case_id`;

export interface BranchSubmissionPage {
  readonly limit: number;
  readonly offset: number;
  /** Part of the journal number or the start of the applicant's IIN, as the inbox searches (case-store.ts). */
  readonly search?: string | undefined;
}

/** One page of the branch's forwarded applications, newest first (the case id breaks ties), with the total under the search. */
export async function listBranchSubmissions(db: SqlExecutor, branchId: string, page: BranchSubmissionPage): Promise<{ items: TrackedSubmission[]; total: number }> {
  const parameters: unknown[] = [branchId];
  let where = 's.branch_id = $1';
  const search = page.search?.trim();
  if (search) {
    parameters.push(search.replace(/[\\%_]/g, (c) => `\\${c}`));
    where += ` and (c.journal_number ilike '%' || $2 || '%' or s.applicant_iin like $2 || '%')`;
  }
  const [rows, [counted]] = await Promise.all([
    db.execute<TrackedRow>(`${TRACKED_SELECT} where ${where} order by s.submitted_at desc, s.case_id limit $${parameters.length + 1} offset $${parameters.length + 2}`, [
      ...parameters,
      page.limit,
      page.offset,
    ]),
    db.execute<{ total: number | string }>(`select count(*) as total from desk_submissions s join cases c on c.id = s.case_id where ${where}`, parameters),
  ]);
  return { items: rows.map(toTracked), total: Number(counted?.total ?? 0) };
}

export async function findBranchSubmission(db: SqlExecutor, branchId: string, caseId: string): Promise<TrackedSubmission | null> {
  const [row] = await db.execute<TrackedRow>(`${TRACKED_SELECT} where s.branch_id = $1 and s.case_id = $2`, [branchId, caseId]);
  return row ? toTracked(row) : null;
}

export async function recordHandover(tx: SqlExecutor, caseId: string, by: string, to: 'applicant' | 'representative', at: string): Promise<boolean> {
  const rows = await tx.execute(
    'update desk_submissions set handed_over_at = $3, handed_over_by = $2, handed_over_to = $4 where case_id = $1 and handed_over_at is null returning case_id',
    [caseId, by, at, to],
  );
  return rows.length > 0;
}
