import type { CaseEvent } from '../../core/case/case-events.ts';
import { openStep, type CaseState } from '../../core/case/case-state.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { SqlExecutor } from './database.ts';
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

/** Keeps the report projection of the steps these events touched in step with the case. */
async function projectSteps(tx: SqlExecutor, state: CaseState, serviceCode: string, events: readonly CaseEvent[]): Promise<void> {
  const touched = new Set(events.flatMap((e) => ('stepId' in e.data && typeof e.data.stepId === 'string' ? [e.data.stepId] : [])));
  const rows = state.steps
    .filter((step) => touched.has(step.stepId) && step.status !== 'pending')
    .map((step) => ({
      case_id: state.id,
      step_id: step.stepId,
      provider_id: state.providerId,
      regulation_id: state.regulationId,
      service_code: serviceCode,
      channel: state.channel,
      role: step.role,
      status: step.status,
      opened_at: step.openedAt,
      due_at: step.dueAt,
      completed_at: step.completedAt,
      overdue: step.overdue,
    }));
  if (rows.length === 0) return;
  await tx.query(
    queries
      .insertInto('case_steps')
      .values(rows)
      .onConflict((oc) =>
        oc.columns(['case_id', 'step_id']).doUpdateSet((eb) => ({
          status: eb.ref('excluded.status'),
          opened_at: eb.ref('excluded.opened_at'),
          due_at: eb.ref('excluded.due_at'),
          completed_at: eb.ref('excluded.completed_at'),
          overdue: eb.ref('excluded.overdue'),
        })),
      )
      .compile(),
  );
}

async function appendEvents(tx: SqlExecutor, caseId: string, events: readonly CaseEvent[]): Promise<void> {
  if (events.length === 0) return;
  await tx.query(
    queries
      .insertInto('case_events')
      .values(
        events.map((e) => ({
          case_id: caseId,
          seq: e.seq,
          type: e.data.type,
          at: e.at,
          actor: JSON.stringify(e.actor),
          data: JSON.stringify(e.data),
        })),
      )
      .compile(),
  );
}

export async function insertCase(tx: SqlExecutor, state: CaseState, serviceCode: string, events: readonly CaseEvent[]): Promise<void> {
  await tx.query(
    queries
      .insertInto('cases')
      .values({
        id: state.id,
        provider_id: state.providerId,
        regulation_id: state.regulationId,
        service_code: serviceCode,
        route_id: state.routeId,
        channel: state.channel,
        applicant_iin: state.applicant.iin,
        filed_at: state.filedAt,
        ...caseColumns(state),
      })
      .compile(),
  );
  await appendEvents(tx, state.id, events);
  await projectSteps(tx, state, serviceCode, events);
}

/**
 * Saves a command's outcome only if nobody changed the case since `expectedVersion` was read (optimistic
 * concurrency): otherwise VERSION_CONFLICT, and the caller's transaction rolls back.
 */
export async function saveCaseProgress(tx: SqlExecutor, expectedVersion: number, state: CaseState, events: readonly CaseEvent[]): Promise<void> {
  const updated = await tx.query(
    queries
      .updateTable('cases')
      .set(caseColumns(state))
      .where('id', '=', state.id)
      .where('version', '=', expectedVersion)
      .returning(['id', 'service_code'])
      .compile(),
  );
  if (updated.length === 0) {
    throw new AppError('VERSION_CONFLICT', `case ${state.id} changed after version ${expectedVersion} was read`);
  }
  await appendEvents(tx, state.id, events);
  await projectSteps(tx, state, updated[0]!.service_code, events);
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

/** The next number of a provider's incoming journal for a year; rolled back with the transaction, so no gaps. */
export async function nextJournalNumber(tx: SqlExecutor, providerId: string, year: number): Promise<number> {
  const [row] = await tx.execute<{ last_number: number }>(
    `insert into journal_counters (provider_id, year, last_number) values ($1, $2, 1)
     on conflict (provider_id, year) do update set last_number = journal_counters.last_number + 1
     returning last_number`,
    [providerId, year],
  );
  if (!row) throw new Error('journal counter returned no row');
  return row.last_number;
}

export interface InboxQuery {
  readonly providerId: string;
  readonly role: string;
  /** An executor sees only the cases assigned to them. */
  readonly executorId?: string;
  readonly limit: number;
}

export async function listInbox(db: SqlExecutor, query: InboxQuery) {
  let builder = queries
    .selectFrom('cases')
    .select([
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
    ])
    .where('provider_id', '=', query.providerId)
    .where('open_step_role', '=', query.role)
    .where('closed_at', 'is', null);
  if (query.executorId) builder = builder.where('executor_id', '=', query.executorId);
  return db.query(builder.orderBy('open_step_due_at', 'asc').orderBy('id').limit(query.limit).compile());
}
