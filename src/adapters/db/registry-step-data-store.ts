import type { SqlExecutor } from './database.ts';
import { queries as q } from './query-builder.ts';

export interface RegistryStepData {
  readonly caseId: string;
  readonly stepId: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly enteredBy: string;
  readonly enteredAt: string;
}

/** Saves what the executor entered for a step's registry write, replacing an earlier entry for the same step. */
export async function saveRegistryStepData(db: SqlExecutor, entry: RegistryStepData): Promise<void> {
  await db.query(
    q
      .insertInto('registry_step_data')
      .values({ case_id: entry.caseId, step_id: entry.stepId, data: JSON.stringify(entry.data), entered_by: entry.enteredBy, entered_at: entry.enteredAt })
      .onConflict((oc) => oc.columns(['case_id', 'step_id']).doUpdateSet((eb) => ({ data: eb.ref('excluded.data'), entered_by: eb.ref('excluded.entered_by'), entered_at: eb.ref('excluded.entered_at') })))
      .compile(),
  );
}

export async function findRegistryStepData(db: SqlExecutor, caseId: string, stepId: string): Promise<RegistryStepData | null> {
  const [row] = await db.query(q.selectFrom('registry_step_data').selectAll().where('case_id', '=', caseId).where('step_id', '=', stepId).compile());
  return row ? { caseId: row.case_id, stepId: row.step_id, data: row.data, enteredBy: row.entered_by, enteredAt: row.entered_at.toISOString() } : null;
}
