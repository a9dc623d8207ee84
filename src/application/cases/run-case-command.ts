import { saveCaseProgress } from '../../adapters/db/case-store.ts';
import type { Actor } from '../../core/case/actor.ts';
import type { EngineContext, EngineResult } from '../../core/case/case-engine.ts';
import type { CaseState } from '../../core/case/case-state.ts';
import type { StaffMember } from '../../core/org/staff-member.ts';
import type { Regulation } from '../../core/regulation/schema.ts';
import { staffActor } from '../access.ts';
import type { AppContext } from '../app-context.ts';
import { loadVisibleCase } from './load-case.ts';

/** A pure engine command on a case: what it records is decided from the state, never from the database. */
export type CaseCommandDecision<C> = (state: CaseState, regulation: Regulation, command: C, actor: Actor, context: EngineContext) => EngineResult;

/**
 * Runs a staff member's command on a case they may see in one short transaction: read the case, let the engine
 * decide (with the provider's calendar), write with a version check — a concurrent command makes this one fail with
 * VERSION_CONFLICT and change nothing.
 */
export async function runCaseCommand<C extends { readonly expectedVersion: number }>(
  app: AppContext,
  staff: StaffMember,
  caseId: string,
  command: C,
  decide: CaseCommandDecision<C>,
): Promise<CaseState> {
  return app.db.transaction(async (tx) => {
    const { state, provider } = await loadVisibleCase(tx, staff, caseId);
    const result = decide(state, app.catalog.get(state.regulationId), command, staffActor(staff), { now: app.clock(), calendar: app.calendarFor(provider) });
    await saveCaseProgress(tx, command.expectedVersion, result.state, result.events);
    return result.state;
  });
}
