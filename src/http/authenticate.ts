import type { FastifyRequest } from 'fastify';
import type { StaffMember } from '../core/org/staff-member.ts';
import type { StaffRole } from '../core/case/actor.ts';
import { AppError } from '../core/errors/app-error.ts';
import type { AppContext } from '../application/app-context.ts';
import { requestPrincipal } from './principal.ts';

export { bearerToken } from './principal.ts';

/**
 * The signed-in staff member, or UNAUTHENTICATED; with `roles`, FORBIDDEN_ROLE for anyone else. The access gate
 * (access-gate.ts) has already admitted the request by the operation's declared audience; this hands the route the
 * staff member its use case takes.
 */
export async function requireStaff(app: AppContext, request: FastifyRequest, roles?: readonly StaffRole[]): Promise<StaffMember> {
  const { staff, principal } = await requestPrincipal(app, request);
  if (!staff) {
    if (principal.kind === 'citizen') throw new AppError('FORBIDDEN_ROLE', 'a citizen on a staff operation', { requiredRole: roles?.join(' | ') ?? 'staff', actualRole: 'citizen' });
    throw new AppError('UNAUTHENTICATED', 'no valid session');
  }
  if (roles && !roles.includes(staff.role)) {
    throw new AppError('FORBIDDEN_ROLE', `${staff.role} may not do this`, { requiredRole: roles.join(' | '), actualRole: staff.role });
  }
  return staff;
}
