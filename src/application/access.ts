import type { Actor } from '../core/case/actor.ts';
import type { CaseState } from '../core/case/case-state.ts';
import { maySeeCase } from '../core/access/access-policy.ts';
import { staffPrincipal } from '../core/access/principal.ts';
import { AppError } from '../core/errors/app-error.ts';
import type { StaffMember } from '../core/org/staff-member.ts';
import type { Provider } from '../core/org/provider.ts';

export function staffActor(staff: StaffMember): Actor {
  return { kind: 'staff', userId: staff.id, role: staff.role, providerId: staff.providerId };
}

/**
 * Who may see a case: the access policy's `maySeeCase` (core/access/access-policy.ts). Everyone else gets "not
 * found", so a case's existence does not leak across providers.
 */
export function assertCanSeeCase(staff: StaffMember, state: CaseState, provider: Provider | null): void {
  const visible = provider !== null && maySeeCase(staffPrincipal(staff), { providerId: state.providerId, providerRegion: provider.region, applicantIin: state.applicant.iin });
  if (!visible) throw new AppError('CASE_NOT_FOUND', `staff ${staff.id} may not see case ${state.id}`);
}
