import type { CaseState } from '../../core/case/case-state.ts';
import type { Provider } from '../../core/org/provider.ts';
import type { StaffRole } from '../../core/case/actor.ts';
import type { SqlExecutor } from './database.ts';
import { toProvider, type ProviderRow } from './provider-store.ts';

export interface StepReadRequest {
  readonly caseId: string;
  /** The step the command names and the version the person saw. */
  readonly stepId: string;
  readonly expectedVersion: number;
  /** The year of the incoming journal a registration step numbers in. */
  readonly journalYear: number;
  /** The staff member an assignment names (null when the command names none): read with the case. */
  readonly namedStaffId: string | null;
}

export interface StepRead {
  readonly state: CaseState;
  readonly provider: Provider | null;
  /**
   * The provider's next incoming-journal number, taken in the same statement when the command names the case's open
   * register step at its current version; null otherwise. Taken inside the command's transaction, so a command that
   * fails afterwards rolls it back with everything else (no gaps in the journal).
   */
  readonly journalNumber: number | null;
  /** The active staff member the command names, as far as an assignment needs (role and provider). */
  readonly namedStaff: { readonly id: string; readonly role: StaffRole; readonly providerId: string | null } | null;
}

interface StepReadRow extends Partial<ProviderRow> {
  readonly state: CaseState;
  readonly provider_id: string | null;
  readonly journal_number: number | null;
  readonly named_staff_id: string | null;
  readonly named_staff_role: StaffRole | null;
  readonly named_staff_provider_id: string | null;
}

/**
 * Everything a step command reads, in ONE statement (issue #15: a step was a transaction of several round trips):
 * the case, locked for the rest of the transaction (`for update`, so the version read is the version written and no
 * second statement has to secure it before registry effects run), its provider, the staff member an assignment names,
 * and — for a registration — the next journal number.
 */
export async function readCaseForStep(tx: SqlExecutor, request: StepReadRequest): Promise<StepRead | null> {
  const [row] = await tx.execute<StepReadRow>(
    `with target as (
  select c.id, c.state, c.provider_id, c.version, c.open_step_id from cases c where c.id = $1 for update
), journal as (
  insert into journal_counters (provider_id, year, last_number)
  select t.provider_id, $4, 1 from target t
  where t.open_step_id = $2 and t.version = $3
    and t.state -> 'steps' @> jsonb_build_array(jsonb_build_object('stepId', $2::text, 'kind', 'register'))
  on conflict (provider_id, year) do update set last_number = journal_counters.last_number + 1
  returning last_number
)
select t.state, p.id as provider_id, p.code, p.region, p.bin, p.name, p.kind, p.working_hours,
       (select last_number from journal) as journal_number,
       s.id as named_staff_id, s.role as named_staff_role, s.provider_id as named_staff_provider_id
from target t
left join providers p on p.id = t.provider_id
left join staff s on s.id = $5 and s.active`,
    [request.caseId, request.stepId, request.expectedVersion, request.journalYear, request.namedStaffId],
  );
  if (!row) return null;
  const provider =
    row.provider_id === null
      ? null
      : toProvider({ id: row.provider_id, code: row.code!, region: row.region!, bin: row.bin!, name: row.name!, kind: row.kind!, working_hours: row.working_hours ?? null });
  return {
    state: row.state,
    provider,
    journalNumber: row.journal_number,
    namedStaff:
      row.named_staff_id === null ? null : { id: row.named_staff_id, role: row.named_staff_role!, providerId: row.named_staff_provider_id },
  };
}
