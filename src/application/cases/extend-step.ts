import { saveCaseProgress } from '../../adapters/db/case-store.ts';
import type { StaffMember } from '../../core/org/staff-member.ts';
import { extendStep as decideExtension, type ExtendCommand } from '../../core/case/case-engine.ts';
import type { CaseState } from '../../core/case/case-state.ts';
import { staffActor } from '../access.ts';
import type { AppContext } from '../app-context.ts';
import { loadVisibleCase } from './load-case.ts';

/** Extends the open step's limit where the regulation allows it; one transaction with a version check. */
export async function extendStep(app: AppContext, staff: StaffMember, caseId: string, command: ExtendCommand): Promise<CaseState> {
  return app.db.transaction(async (tx) => {
    const { state, provider } = await loadVisibleCase(tx, staff, caseId);
    const result = decideExtension(state, app.catalog.get(state.regulationId), command, staffActor(staff), { now: app.clock(), calendar: app.calendarFor(provider) });
    await saveCaseProgress(tx, command.expectedVersion, result.state, result.events);
    return result.state;
  });
}
