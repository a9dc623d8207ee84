import { saveCaseProgress } from '../../adapters/db/case-store.ts';
import type { StaffMember } from '../../core/org/staff-member.ts';
import { extendTerm as decideTermExtension, type ExtendTermCommand } from '../../core/case/case-engine.ts';
import type { CaseState } from '../../core/case/case-state.ts';
import { staffActor } from '../access.ts';
import type { AppContext } from '../app-context.ts';
import { loadVisibleCase } from './load-case.ts';

/**
 * Extends the whole service term where the regulation allows it (seed 001 line 271); one transaction with a version
 * check. The new due times go to the case row with the event, so the deadline sweep uses them.
 */
export async function extendTerm(app: AppContext, staff: StaffMember, caseId: string, command: ExtendTermCommand): Promise<CaseState> {
  return app.db.transaction(async (tx) => {
    const { state, provider } = await loadVisibleCase(tx, staff, caseId);
    const result = decideTermExtension(state, app.catalog.get(state.regulationId), command, staffActor(staff), { now: app.clock(), calendar: app.calendarFor(provider) });
    await saveCaseProgress(tx, command.expectedVersion, result.state, result.events);
    return result.state;
  });
}
