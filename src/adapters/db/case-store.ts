import type { CaseEvent } from '../../core/case/case-events.ts';
import { documentRows, storeDocumentsCte, type DocumentToStore } from './document-store.ts';
import { openStep, type CaseState } from '../../core/case/case-state.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { SqlExecutor } from './database.ts';
import { sql } from 'kysely';
import { queries } from './query-builder.ts';

/** The columns inboxes and reports filter on, kept beside the state so they need no JSON lookups. */
function caseColumns(state: CaseState) {
  const open = openStep(state);
  return {
    status: state.status,
    version: state.version,
    open_step_id: open?.stepId ?? null,
    open_step_role: open?.role ?? null,
    open_step_due_at: open?.dueAt ?? null,
    executor_id: state.executorId,
    journal_number: state.journalNumber,
    overall_due_at: state.overallDueAt,
    closed_at: state.closedAt,
    outcome: state.closedAt ? (state.status === 'refused' ? 'refused' : 'completed') : null,
    refusal_ground_id: state.decision?.outcome === 'refusal' ? state.decision.groundId : null,
    state: JSON.stringify(state),
  };
}

/** The report projection rows of the steps these events touched (case_steps), to keep in step with the case. */
function touchedStepRows(state: CaseState, events: readonly CaseEvent[]) {
  const touched = new Set(events.flatMap((e) => ('stepId' in e.data && typeof e.data.stepId === 'string' ? [e.data.stepId] : [])));
  // A return for rework puts the head's step back to pending (and only then is a touched step pending).
  const returnedFrom = new Set(events.flatMap((e) => (e.data.type === 'returnedForRework' ? [e.data.returnedFromStepId] : [])));
  return state.steps
    .filter((step) => (touched.has(step.stepId) && step.status !== 'pending') || returnedFrom.has(step.stepId))
    .map((step) => ({
      step_id: step.stepId,
      role: step.role,
      status: step.status,
      opened_at: step.openedAt,
      due_at: step.dueAt,
      completed_at: step.completedAt,
      overdue: step.overdue,
    }));
}

const eventRows = (events: readonly CaseEvent[]) => events.map((e) => ({ seq: e.seq, type: e.data.type, at: e.at, actor: e.actor, data: e.data }));

/**
 * The tail every write shares: the events appended and the touched steps projected, both fed from the `written` CTE
 * (the inserted or updated case row), so a command's whole write is ONE statement — one round trip to the database
 * instead of three (issue #9: the engine's cost is dominated by round trips). When `written` is empty (a version
 * conflict) nothing is appended.
 */
function appendAndProjectSql(eventsParam: number, stepsParam: number, moreCtes = ''): string {
  return `, appended as (
  insert into case_events (case_id, seq, type, at, actor, data)
  select written.id, e.seq, e.type, e.at, e.actor, e.data
  from written, jsonb_to_recordset($${eventsParam}::jsonb) as e(seq integer, type text, at timestamptz, actor jsonb, data jsonb)
), projected as (
  insert into case_steps (case_id, step_id, provider_id, regulation_id, service_code, channel, role, status, opened_at, due_at, completed_at, overdue)
  select written.id, s.step_id, written.provider_id, written.regulation_id, written.service_code, written.channel, s.role, s.status, s.opened_at, s.due_at, s.completed_at, s.overdue
  from written, jsonb_to_recordset($${stepsParam}::jsonb) as s(step_id text, role text, status text, opened_at timestamptz, due_at timestamptz, completed_at timestamptz, overdue boolean)
  on conflict (case_id, step_id) do update set status = excluded.status, opened_at = excluded.opened_at, due_at = excluded.due_at,
    completed_at = excluded.completed_at, overdue = excluded.overdue
)${moreCtes}
select written.id from written`;
}

export async function insertCase(tx: SqlExecutor, state: CaseState, serviceCode: string, events: readonly CaseEvent[]): Promise<void> {
  const row: Record<string, unknown> = {
    id: state.id,
    provider_id: state.providerId,
    regulation_id: state.regulationId,
    service_code: serviceCode,
    route_id: state.routeId,
    channel: state.channel,
    applicant_iin: state.applicant.iin,
    filed_at: state.filedAt,
    ...caseColumns(state),
  };
  // Column names come from caseColumns (constants), never from input; every value is a parameter.
  const columns = Object.keys(row);
  const values = Object.values(row);
  await tx.execute(
    `with written as (
  insert into cases (${columns.join(', ')}) values (${columns.map((_, i) => `$${i + 1}`).join(', ')})
  returning id, provider_id, regulation_id, service_code, channel
)${appendAndProjectSql(values.length + 1, values.length + 2)}`,
    [...values, JSON.stringify(eventRows(events)), JSON.stringify(touchedStepRows(state, events))],
  );
}

/**
 * Saves a command's outcome only if nobody changed the case since `expectedVersion` was read (optimistic
 * concurrency): otherwise VERSION_CONFLICT, and the caller's transaction rolls back.
 */
export async function saveCaseProgress(
  tx: SqlExecutor,
  expectedVersion: number,
  state: CaseState,
  events: readonly CaseEvent[],
  /** The documents a sign step signed, written in the same statement (issue #15: one write per step). */
  documents: readonly DocumentToStore[] = [],
): Promise<void> {
  const columns = caseColumns(state);
  const names = Object.keys(columns);
  const values = Object.values(columns);
  const base = values.length;
  const withDocuments = documents.length > 0;
  const updated = await tx.execute<{ id: string }>(
    `with written as (
  update cases set ${names.map((name, i) => `${name} = $${i + 1}`).join(', ')}
  where id = $${base + 1} and version = $${base + 2}
  returning id, provider_id, regulation_id, service_code, channel
)${appendAndProjectSql(base + 3, base + 4, withDocuments ? storeDocumentsCte(base + 5) : '')}`,
    [...values, state.id, expectedVersion, JSON.stringify(eventRows(events)), JSON.stringify(touchedStepRows(state, events)), ...(withDocuments ? [documentRows(documents)] : [])],
  );
  if (updated.length === 0) {
    throw new AppError('VERSION_CONFLICT', `case ${state.id} changed after version ${expectedVersion} was read`);
  }
}

export async function findCaseState(db: SqlExecutor, caseId: string): Promise<CaseState | null> {
  const [row] = await db.query(queries.selectFrom('cases').select('state').where('id', '=', caseId).compile());
  return row?.state ?? null;
}

export async function listCaseEvents(db: SqlExecutor, caseId: string): Promise<CaseEvent[]> {
  const rows = await db.query(
    queries.selectFrom('case_events').select(['seq', 'at', 'actor', 'data']).where('case_id', '=', caseId).orderBy('seq').compile(),
  );
  return rows.map((r) => ({ seq: r.seq, at: r.at.toISOString(), actor: r.actor as CaseEvent['actor'], data: r.data as CaseEvent['data'] }));
}

export interface InboxQuery {
  readonly providerId: string;
  readonly role: string;
  /** An executor sees only the cases assigned to them. */
  readonly executorId?: string;
  /** Part of the journal number or the start of the applicant's IIN (issue #17: long lists need a search). */
  readonly search?: string;
  readonly limit: number;
  readonly offset?: number;
}

/** LIKE's wildcards in what a person typed are matched literally. */
const likeLiteral = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function inboxScope(query: InboxQuery) {
  let builder = queries
    .selectFrom('cases')
    .where('provider_id', '=', query.providerId)
    .where('open_step_role', '=', query.role)
    .where('closed_at', 'is', null);
  if (query.executorId) builder = builder.where('executor_id', '=', query.executorId);
  const search = query.search?.trim();
  if (search) {
    const literal = likeLiteral(search);
    builder = builder.where((eb) => eb.or([eb('journal_number', 'ilike', `%${literal}%`), eb('applicant_iin', 'like', `${literal}%`)]));
  }
  return builder;
}

/** One page of an inbox, soonest due first; the case id breaks ties so pages never overlap or skip. */
export async function listInbox(db: SqlExecutor, query: InboxQuery) {
  const builder = inboxScope(query).select([
    'id',
    'regulation_id',
    'service_code',
    'channel',
    'applicant_iin',
    'status',
    'version',
    'open_step_id',
    'open_step_due_at',
    'journal_number',
    'filed_at',
    'overall_due_at',
    // The head's reason while a case returned for rework waits for the executor (issue #17).
    sql<string | null>`state -> 'rework' ->> 'reason'`.as('rework_reason'),
  ]);
  return db.query(builder.orderBy('open_step_due_at', 'asc').orderBy('id').limit(query.limit).offset(query.offset ?? 0).compile());
}

/** How many cases the inbox holds under the same filters, for "N in all" and the pager. */
export async function countInbox(db: SqlExecutor, query: InboxQuery): Promise<number> {
  const [row] = await db.query(inboxScope(query).select((eb) => eb.fn.countAll<number>().as('total')).compile());
  return Number(row?.total ?? 0);
}

/** The case's status column, as a gateway receipt reports it. */
export async function caseStatus(db: SqlExecutor, caseId: string): Promise<string | null> {
  const [row] = await db.execute<{ status: string }>('select status from cases where id = $1', [caseId]);
  return row?.status ?? null;
}

/** What a satisfaction survey of the case is filed under, and whose the case is. */
export async function caseSurveyFacts(
  db: SqlExecutor,
  caseId: string,
): Promise<{ applicant_iin: string; status: string; provider_id: string; regulation_id: string; channel: string } | undefined> {
  const [row] = await db.execute<{ applicant_iin: string; status: string; provider_id: string; regulation_id: string; channel: string }>(
    'select applicant_iin, status, provider_id, regulation_id, channel from cases where id = $1',
    [caseId],
  );
  return row;
}

/** The columns a case list shows of each case (the applicant's name from the state). */
/** The columns every list of cases shows (journal, search). */
export interface CaseListColumns {
  id: string;
  applicant_iin: string;
  applicant_name: string | null;
  regulation_id: string;
  service_code: string;
  channel: string;
  status: string;
}

export interface JournalRow extends CaseListColumns {
  journal_number: string;
  registered_at: Date | string;
}

/**
 * The provider's registered cases in journal order, at most `limit` rows, with the registration time of the
 * `incomingRegistered` event; `fromAt`/`toAt` bound that time (both included).
 */
/** One page of the provider's journal in journal order, and how many entries the period holds. */
export async function journalPage(
  db: SqlExecutor,
  query: { providerId: string; fromAt: string | null; toAt: string | null; limit: number; offset: number },
): Promise<{ rows: JournalRow[]; total: number }> {
  const parameters: unknown[] = [query.providerId];
  const conditions = ['c.provider_id = $1', 'c.journal_number is not null'];
  if (query.fromAt) {
    parameters.push(query.fromAt);
    conditions.push(`e.at >= $${parameters.length}`);
  }
  if (query.toAt) {
    parameters.push(query.toAt);
    // A case is registered after it is filed, so the filing-date index bounds the scan as well.
    conditions.push(`e.at <= $${parameters.length}`, `c.filed_at <= $${parameters.length}`);
  }
  const from = `from cases c
       join case_events e on e.case_id = c.id and e.type = 'incomingRegistered'
      where ${conditions.join(' and ')}`;
  return pageOf(db, {
    select: `select c.id, c.journal_number, e.at as registered_at, c.applicant_iin, c.state->'applicant'->>'fullName' as applicant_name,
            c.regulation_id, c.service_code, c.channel, c.status`,
    from,
    orderBy: 'e.at, c.journal_number',
    parameters,
    limit: query.limit,
    offset: query.offset,
  });
}

/** A page of rows and the count of all of them, read together (the paged-list shape of GET /api/inbox). */
async function pageOf<Row>(
  db: SqlExecutor,
  query: { select: string; from: string; orderBy: string; parameters: unknown[]; limit: number; offset: number },
): Promise<{ rows: Row[]; total: number }> {
  const n = query.parameters.length;
  const [rows, [counted]] = await Promise.all([
    db.execute<Row>(`${query.select} ${query.from} order by ${query.orderBy} limit $${n + 1} offset $${n + 2}`, [...query.parameters, query.limit, query.offset]),
    db.execute<{ total: number | string }>(`select count(*) as total ${query.from}`, query.parameters),
  ]);
  return { rows, total: Number(counted?.total ?? 0) };
}

export interface CaseSearchRow extends CaseListColumns {
  provider_id: string;
  journal_number: string | null;
  open_step_id: string | null;
  open_step_due_at: Date | string | null;
  filed_at: Date | string;
  closed_at: Date | string | null;
}

/** A case search: `providerIds` (a region's) or `providerId` bound it; null bounds nothing (an administrator). */
export interface CaseSearchFilter {
  readonly providers: { readonly providerIds: readonly string[] } | { readonly providerId: string } | null;
  readonly iin?: string | undefined;
  /** Compared upper-cased. */
  readonly journalNumber?: string | undefined;
  readonly status?: string | undefined;
  readonly serviceCode?: string | undefined;
  readonly limit: number;
  readonly offset: number;
}

/** One page of cases, newest filed first, and how many match. */
export async function searchCasePage(db: SqlExecutor, filter: CaseSearchFilter): Promise<{ rows: CaseSearchRow[]; total: number }> {
  const parameters: unknown[] = [];
  const conditions: string[] = [];
  const add = (condition: (placeholder: string) => string, value: unknown) => {
    parameters.push(value);
    conditions.push(condition(`$${parameters.length}`));
  };
  if (filter.providers && 'providerIds' in filter.providers) {
    // As JSON text: node-postgres and PGlite pass a JS array differently (db-schema.ts).
    add((p) => `c.provider_id in (select jsonb_array_elements_text(${p}::jsonb))`, JSON.stringify(filter.providers.providerIds));
  } else if (filter.providers) {
    add((p) => `c.provider_id = ${p}`, filter.providers.providerId);
  }
  if (filter.iin) add((p) => `c.applicant_iin = ${p}`, filter.iin);
  if (filter.journalNumber) add((p) => `upper(c.journal_number) = ${p}`, filter.journalNumber.trim().toUpperCase());
  if (filter.status) add((p) => `c.status = ${p}`, filter.status);
  if (filter.serviceCode) add((p) => `c.service_code = ${p}`, filter.serviceCode);
  return pageOf(db, {
    select: `select c.id, c.provider_id, c.journal_number, c.applicant_iin, c.state->'applicant'->>'fullName' as applicant_name, c.regulation_id,
            c.service_code, c.channel, c.status, c.open_step_id, c.open_step_due_at, c.filed_at, c.closed_at`,
    from: `from cases c ${conditions.length > 0 ? `where ${conditions.join(' and ')}` : ''}`,
    orderBy: 'c.filed_at desc, c.id',
    parameters,
    limit: filter.limit,
    offset: filter.offset,
  });
}
