import type { FastifyRequest } from 'fastify';
import { findSessionStaff, type StaffMember } from '../adapters/db/staff-store.ts';
import type { StaffRole } from '../core/case/actor.ts';
import { AppError } from '../core/errors/app-error.ts';
import type { AppContext } from '../application/app-context.ts';

export function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1] ?? null;
}

/** The signed-in staff member, or UNAUTHENTICATED; with `roles`, FORBIDDEN_ROLE for anyone else. */
export async function requireStaff(app: AppContext, request: FastifyRequest, roles?: readonly StaffRole[]): Promise<StaffMember> {
  const token = bearerToken(request);
  const staff = token ? await findSessionStaff(app.db, token, app.clock()) : null;
  if (!staff) throw new AppError('UNAUTHENTICATED', 'no valid session');
  if (roles && !roles.includes(staff.role)) {
    throw new AppError('FORBIDDEN_ROLE', `${staff.role} may not do this`, { requiredRole: roles.join(' | '), actualRole: staff.role });
  }
  return staff;
}
