import type { StaffMember } from '../../core/org/staff-member.ts';
import { returnForRework as decideReturn, type ReworkCommand } from '../../core/case/case-engine.ts';
import type { CaseState } from '../../core/case/case-state.ts';
import type { AppContext } from '../app-context.ts';
import { runCaseCommand } from './run-case-command.ts';

/**
 * The head returns the case to the executor with a reason (issue #17): the engine reopens the executor's step with a
 * new due time from the provider's calendar; one transaction with a version check, the event in the hash-chained
 * history like every other.
 */
export async function returnCaseForRework(app: AppContext, staff: StaffMember, caseId: string, command: ReworkCommand): Promise<CaseState> {
  return runCaseCommand(app, staff, caseId, command, decideReturn);
}
