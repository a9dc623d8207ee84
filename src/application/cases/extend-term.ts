import type { StaffMember } from '../../core/org/staff-member.ts';
import { extendTerm as decideTermExtension, type ExtendTermCommand } from '../../core/case/case-engine.ts';
import type { CaseState } from '../../core/case/case-state.ts';
import type { AppContext } from '../app-context.ts';
import { runCaseCommand } from './run-case-command.ts';

/**
 * Extends the whole service term where the regulation allows it (seed 001 line 271); one transaction with a version
 * check. The new due times go to the case row with the event, so the deadline sweep uses them.
 */
export async function extendTerm(app: AppContext, staff: StaffMember, caseId: string, command: ExtendTermCommand): Promise<CaseState> {
  return runCaseCommand(app, staff, caseId, command, decideTermExtension);
}
