import type { Actor } from '../core/case/actor.ts';
import type { CaseState } from '../core/case/case-state.ts';
import { AppError } from '../core/errors/app-error.ts';
import type { StaffMember } from '../adapters/db/staff-store.ts';
import type { Provider } from '../adapters/db/provider-store.ts';

export function staffActor(staff: StaffMember): Actor {
  return { kind: 'staff', userId: staff.id, role: staff.role, providerId: staff.providerId };
}

/**
 * Who may see a case: its provider's staff; the supervisors of the provider's region; administrators.
 * Everyone else gets "not found", so a case's existence does not leak across providers.
 */
export function assertCanSeeCase(staff: StaffMember, state: CaseState, provider: Provider | null): void {
  const visible =
    staff.role === 'admin' ||
    (staff.role === 'supervisor' && provider !== null && staff.region === provider.region) ||
    (staff.providerId !== null && staff.providerId === state.providerId);
  if (!visible) throw new AppError('CASE_NOT_FOUND', `staff ${staff.id} may not see case ${state.id}`);
}
