/** Staff roles: the regulation roles a person can hold, plus the supervisor and the administrator. */
export const STAFF_ROLES = ['clerk', 'head', 'executor', 'scOperator', 'supervisor', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Who issues a command. The engine checks the role; the adapters check who the person is. */
export type Actor =
  | { readonly kind: 'staff'; readonly userId: string; readonly role: StaffRole; readonly providerId: string | null }
  | { readonly kind: 'citizen'; readonly iin: string }
  | { readonly kind: 'system' };

export const SYSTEM_ACTOR: Actor = { kind: 'system' };

export function actorId(actor: Actor): string {
  switch (actor.kind) {
    case 'staff':
      return actor.userId;
    case 'citizen':
      return `citizen:${actor.iin}`;
    case 'system':
      return 'system';
  }
}
