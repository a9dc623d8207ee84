import { listSubmissions, type SubmissionView } from '../../adapters/db/gateway-store.ts';
import { submissionListScope } from '../../core/access/access-policy.ts';
import { staffPrincipal } from '../../core/access/principal.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { GatewaySender } from '../../core/gateway/envelope.ts';
import type { StaffMember } from '../../core/org/staff-member.ts';
import type { AppContext } from '../app-context.ts';

export interface SubmissionFilter {
  readonly sender?: GatewaySender;
  readonly submittedBy?: string;
  readonly applicantIin?: string;
  readonly caseId?: string;
  readonly limit: number;
}

/** The channel submissions a member of staff may track: an operator their branch's, a supervisor their region's, an administrator all. */
export async function trackSubmissions(app: AppContext, staff: StaffMember, filter: SubmissionFilter): Promise<SubmissionView[]> {
  const scope = submissionListScope(staffPrincipal(staff));
  if (!scope) throw new AppError('FORBIDDEN_ROLE', `${staff.id} tracks no submissions`, { requiredRole: 'scOperator | supervisor | admin', actualRole: staff.role });
  const { sender, submittedBy, applicantIin, caseId, limit } = filter;
  return listSubmissions(app.db, scope, {
    ...(sender ? { sender } : {}),
    ...(submittedBy ? { submittedBy: { kind: 'staff' as const, id: submittedBy } } : {}),
    ...(applicantIin ? { applicantIin } : {}),
    ...(caseId ? { caseId } : {}),
    limit,
  });
}
