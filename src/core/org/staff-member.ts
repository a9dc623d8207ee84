import type { StaffRole } from '../case/actor.ts';

/** A signed-in member of staff as the use cases see them: provider staff, a branch operator, a supervisor, an admin. */
export interface StaffMember {
  readonly id: string;
  readonly providerId: string | null;
  readonly login: string;
  readonly role: StaffRole;
  readonly fullName: string;
  readonly iin: string;
  /** The supervisor's or operator's region; null for staff whose scope is their provider. */
  readonly region: string | null;
}
