import type { FastifyRequest } from 'fastify';
import type { StaffMember } from '../core/org/staff-member.ts';
import type { AppContext } from '../application/app-context.ts';
import { requireCitizenSession } from '../application/portal/citizen-auth.ts';
import type { Citizen } from '../core/org/citizen.ts';
import { AppError } from '../core/errors/app-error.ts';
import { bearerToken, requestPrincipal } from './principal.ts';

/**
 * The signed-in citizen: the one the access gate found in the portal's session cache, or else read from the session
 * and the persons database (UNAUTHENTICATED when either is missing).
 */
export async function requireCitizen(ctx: AppContext, request: FastifyRequest): Promise<Citizen> {
  const { citizen } = await requestPrincipal(ctx, request);
  return citizen ?? requireCitizenSession(ctx, bearerToken(request));
}

/** Who may upload and submit through the gateway: a signed-in citizen, or a State Corporation operator. */
export type Submitter = { readonly kind: 'citizen'; readonly citizen: Citizen } | { readonly kind: 'staff'; readonly staff: StaffMember };

export async function requireSubmitter(ctx: AppContext, request: FastifyRequest): Promise<Submitter> {
  const { principal, staff, citizen } = await requestPrincipal(ctx, request);
  if (principal.kind === 'citizen') return { kind: 'citizen', citizen: citizen ?? (await requireCitizenSession(ctx, bearerToken(request))) };
  if (!staff) throw new AppError('UNAUTHENTICATED', 'no valid session');
  if (staff.role !== 'scOperator') throw new AppError('FORBIDDEN_ROLE', `${staff.role} may not submit through the gateway`, { requiredRole: 'scOperator', actualRole: staff.role });
  return { kind: 'staff', staff };
}

export function submitterRef(submitter: Submitter): { kind: 'citizen' | 'staff'; id: string } {
  return submitter.kind === 'citizen' ? { kind: 'citizen', id: submitter.citizen.iin } : { kind: 'staff', id: submitter.staff.id };
}
