import type { StaffMember } from '../../core/org/staff-member.ts';
import { extendStep as decideExtension, type ExtendCommand } from '../../core/case/case-engine.ts';
import type { CaseState } from '../../core/case/case-state.ts';
import type { AppContext } from '../app-context.ts';
import { runCaseCommand } from './run-case-command.ts';

/** Extends the open step's limit where the regulation allows it; one transaction with a version check. */
export async function extendStep(app: AppContext, staff: StaffMember, caseId: string, command: ExtendCommand): Promise<CaseState> {
  return runCaseCommand(app, staff, caseId, command, decideExtension);
}
