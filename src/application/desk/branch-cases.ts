import { findCaseState, saveCaseProgress } from '../../adapters/db/case-store.ts';
import { findBranchSubmission, listBranchSubmissions, recordHandover, type BranchSubmissionPage, type TrackedSubmission } from '../../adapters/db/desk-store.ts';
import { findProvider } from '../../adapters/db/provider-store.ts';
import type { StaffMember } from '../../core/org/staff-member.ts';
import { executeStep, type StepCommand } from '../../core/case/case-engine.ts';
import type { CaseState } from '../../core/case/case-state.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { fieldRefusal } from '../../core/errors/validation-reasons.ts';
import { FIELD_LABELS } from '../../core/i18n/field-labels.ts';
import { staffActor } from '../access.ts';
import type { AppContext } from '../app-context.ts';
import { deskBranchOf } from './desk-branch.ts';

/** Status tracking: a page of the applications the operator's branch forwarded, newest first, with each case's live status and the total. */
export async function branchSubmissions(app: AppContext, staff: StaffMember, page: BranchSubmissionPage) {
  const branch = await deskBranchOf(app.db, staff);
  const { items, total } = await listBranchSubmissions(app.db, branch.id, page);
  return { items, total, limit: page.limit, offset: page.offset };
}

/** One application of the branch; another branch's (or an unknown) case is "not found". */
export async function branchSubmission(app: AppContext, staff: StaffMember, caseId: string): Promise<TrackedSubmission> {
  const branch = await deskBranchOf(app.db, staff);
  const found = /^[0-9a-f-]{36}$/i.test(caseId) ? await findBranchSubmission(app.db, branch.id, caseId) : null;
  if (!found) throw new AppError('CASE_NOT_FOUND', `case ${caseId} was not forwarded by ${branch.id}`);
  return found;
}

/**
 * An operator completes a State Corporation step of a case the branch forwarded: on the paper courier route the
 * intake and dispatch to the provider (sc-intake, sc-dispatch), receiving the result back (sc-receive) and issuing it
 * (sc-issue). The branch does not own the case, so visibility comes from the branch's own register; the engine still
 * checks the step, the role (scOperator) and the version.
 */
export async function completeBranchStep(app: AppContext, staff: StaffMember, caseId: string, command: StepCommand): Promise<CaseState> {
  await branchSubmission(app, staff, caseId);
  return app.db.transaction(async (tx) => {
    const state = await findCaseState(tx, caseId);
    const provider = state ? await findProvider(tx, state.providerId) : null;
    if (!state || !provider) throw new AppError('CASE_NOT_FOUND', `no case ${caseId}`);
    const regulation = app.catalog.get(state.regulationId);
    const result = executeStep(state, regulation, command, staffActor(staff), { now: app.clock(), calendar: app.calendarFor(provider) });
    await saveCaseProgress(tx, command.expectedVersion, result.state, result.events);
    return result.state;
  });
}

/**
 * The operator hands the signed result to the applicant or the representative (seed 001 line 156, process 8: the
 * applicant receives the result through the operator). Only a signed result can be handed over; where the route ends
 * with the operator's issue step (sc-issue) that step is completed in the same act, so the case closes.
 */
export async function handOverResult(app: AppContext, staff: StaffMember, caseId: string, to: 'applicant' | 'representative'): Promise<TrackedSubmission> {
  const submission = await branchSubmission(app, staff, caseId);
  if (!submission.verificationCode) throw new AppError('RESULT_NOT_READY', `case ${caseId} has no signed result`);
  if (to === 'representative' && !submission.representative) {
    throw fieldRefusal('to', { kk: 'өтініште өкіл көрсетілмеген', ru: 'в заявлении не указан представитель', en: 'the application names no representative' }, `case ${caseId} has no representative`, FIELD_LABELS.representative);
  }
  const state = await findCaseState(app.db, caseId);
  if (!state) throw new AppError('CASE_NOT_FOUND', `no case ${caseId}`);
  const open = state.steps.find((s) => s.status === 'open');
  if (open && open.role === 'scOperator' && open.kind === 'issue') {
    await completeBranchStep(app, staff, caseId, { stepId: open.stepId, expectedVersion: state.version, input: { method: 'stateCorporation' } });
  } else if (open) {
    throw new AppError('RESULT_NOT_READY', `case ${caseId} waits for ${open.stepId}`);
  }
  const recorded = await app.db.transaction((tx) => recordHandover(tx, caseId, staff.id, to, app.clock().toISOString()));
  if (!recorded) throw new AppError('RESULT_NOT_READY', `case ${caseId} was already handed over`);
  return branchSubmission(app, staff, caseId);
}
