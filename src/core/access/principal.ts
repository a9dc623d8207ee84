import type { StaffRole } from '../case/actor.ts';

/** A staff member as the access policy sees them: role, the organisation they work at, the region they serve. */
export interface StaffPrincipal {
  readonly kind: 'staff';
  readonly id: string;
  readonly role: StaffRole;
  readonly providerId: string | null;
  readonly region: string | null;
}

/** A citizen signed in on the portal: known by the IIN, living in a region (persons database). */
export interface CitizenPrincipal {
  readonly kind: 'citizen';
  readonly iin: string;
  readonly region: string;
}

/** Whoever sends a request: nobody signed in, a citizen, or a staff member. */
export type Principal = { readonly kind: 'anonymous' } | CitizenPrincipal | StaffPrincipal;

export const ANONYMOUS: Principal = { kind: 'anonymous' };

export function staffPrincipal(staff: { readonly id: string; readonly role: StaffRole; readonly providerId: string | null; readonly region: string | null }): StaffPrincipal {
  return { kind: 'staff', id: staff.id, role: staff.role, providerId: staff.providerId, region: staff.region };
}
