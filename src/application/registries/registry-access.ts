import { listProviders } from '../../adapters/db/provider-store.ts';
import type { SqlExecutor } from '../../adapters/db/database.ts';
import type { StaffMember } from '../../core/org/staff-member.ts';
import * as policy from '../../core/access/access-policy.ts';
import { staffPrincipal } from '../../core/access/principal.ts';

/*
 * Who may see and change registry data: the rules are the access policy's (core/access/access-policy.ts, "persons and
 * registries"); these helpers load what the rules need.
 */

/** Persons lookups: staff who receive or handle applications at a provider (or the State Corporation), administrators. */
export function assertMayLookUpPersons(staff: StaffMember): void {
  policy.assertMayLookUpPersons(staffPrincipal(staff));
}

/** Reading labour-market and service records: the filter of records the staff member may see, by keeping provider. */
export async function registryReadFilter(db: SqlExecutor, staff: StaffMember): Promise<(providerId: string) => boolean> {
  const scope = policy.registryReadScope(staffPrincipal(staff));
  if (scope.kind === 'all') return () => true;
  const inRegion = new Set((await listProviders(db)).filter((p) => p.region === scope.region).map((p) => p.id));
  return (providerId) => inRegion.has(providerId);
}

/** Reading a person's whole record across providers (a certificate's computation): provider staff, administrators. */
export function assertMayReadWholeRecord(staff: StaffMember): void {
  policy.assertMayReadWholeRecord(staffPrincipal(staff));
}

/** Changing a record (deregistration, a referral's outcome): its provider's head or executors. */
export function assertKeepsRecord(staff: StaffMember, providerId: string): void {
  policy.assertKeepsRecord(staffPrincipal(staff), providerId);
}
