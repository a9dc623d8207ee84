import type { FastifyRequest } from 'fastify';
import { findSessionStaff, type StaffMember } from '../../../adapters/db/staff-store.ts';
import type { AppContext } from '../../../application/app-context.ts';
import { requireCitizenSession, type Citizen } from '../../../application/portal/citizen-auth.ts';
import { findCitizenSession } from '../../../adapters/db/citizen-store.ts';
import { AppError } from '../../../core/errors/app-error.ts';
import { bearerToken } from '../../authenticate.ts';

export async function requireCitizen(ctx: AppContext, request: FastifyRequest): Promise<Citizen> {
  return requireCitizenSession(ctx, bearerToken(request));
}

/** Who may upload and submit through the gateway: a signed-in citizen, or a State Corporation operator. */
export type Submitter = { readonly kind: 'citizen'; readonly citizen: Citizen } | { readonly kind: 'staff'; readonly staff: StaffMember };

export async function requireSubmitter(ctx: AppContext, request: FastifyRequest): Promise<Submitter> {
  const token = bearerToken(request);
  if (!token) throw new AppError('UNAUTHENTICATED', 'no token');
  if (await findCitizenSession(ctx.db, token, ctx.clock())) return { kind: 'citizen', citizen: await requireCitizenSession(ctx, token) };
  const staff = await findSessionStaff(ctx.db, token, ctx.clock());
  if (!staff) throw new AppError('UNAUTHENTICATED', 'no valid session');
  if (staff.role !== 'scOperator') throw new AppError('FORBIDDEN_ROLE', `${staff.role} may not submit through the gateway`, { requiredRole: 'scOperator', actualRole: staff.role });
  return { kind: 'staff', staff };
}

export function submitterRef(submitter: Submitter): { kind: 'citizen' | 'staff'; id: string } {
  return submitter.kind === 'citizen' ? { kind: 'citizen', id: submitter.citizen.iin } : { kind: 'staff', id: submitter.staff.id };
}
