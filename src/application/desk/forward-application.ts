import { findBranchSubmission, insertSubmission, type Representative, type TrackedSubmission } from '../../adapters/db/desk-store.ts';
import type { StaffMember } from '../../core/org/staff-member.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { AppContext } from '../app-context.ts';
import { submitThroughGateway } from '../gateway/submit-through-gateway.ts';
import { branchDay, deskBranchOf } from './desk-branch.ts';
import { lookUpApplicant } from './look-up-applicant.ts';
import { checkPowerOfAttorney } from './power-of-attorney.ts';
import { ticketOfToday } from './queue.ts';

export interface DeskApplication {
  readonly ticketId: string;
  readonly regulationId: string;
  readonly applicantIin: string;
  readonly formData: Readonly<Record<string, unknown>>;
  readonly attachmentIds: readonly string[];
  readonly representative: Representative | null;
  /** The operator's CMS over requestBytes(...) of this application (seed 001 line 148: "signed by the operator's EDS"). */
  readonly requestSignature: string | null;
}

/**
 * The operator forwards an application entered at the desk (seed 001 lines 140-148): for a visitor holding today's
 * ticket, the applicant is looked up in the persons database (process 3, condition 1; absent → the refusal of line
 * 146), a representative's power of attorney must be in force, and the request signed by the operator's EDS goes to
 * the provider through the gateway (process 5). The branch keeps its own register of what it forwarded.
 */
export async function forwardApplication(app: AppContext, staff: StaffMember, input: DeskApplication): Promise<TrackedSubmission> {
  const branch = await deskBranchOf(app.db, staff);
  const ticket = await ticketOfToday(app, staff, input.ticketId);
  const regulation = app.catalog.get(input.regulationId);
  if (regulation.region !== branch.region) {
    throw new AppError('REGULATION_NOT_FOUND', `${regulation.id} is ${regulation.region}'s, branch ${branch.id} is in ${branch.region}`, { regulationId: regulation.id });
  }
  await lookUpApplicant(app, staff, input.applicantIin);
  if (input.representative) checkPowerOfAttorney(input.representative, input.applicantIin, branchDay(branch, app.clock()));
  const receipt = await submitThroughGateway(app, {
    sender: 'stateCorporation',
    submittedBy: { kind: 'staff', id: staff.id },
    regulationId: regulation.id,
    applicantIin: input.applicantIin,
    formData: input.formData,
    attachmentIds: input.attachmentIds,
    requestSignature: input.requestSignature,
    representative: input.representative,
  });
  await app.db.transaction((tx) =>
    insertSubmission(tx, {
      caseId: receipt.caseId,
      branchId: branch.id,
      operatorId: staff.id,
      ticketId: ticket.id,
      messageId: receipt.messageId,
      regulationId: regulation.id,
      applicantIin: input.applicantIin,
      representative: input.representative,
      submittedAt: app.clock().toISOString(),
    }),
  );
  const tracked = await findBranchSubmission(app.db, branch.id, receipt.caseId);
  if (!tracked) throw new Error(`submission ${receipt.caseId} vanished`);
  return tracked;
}
