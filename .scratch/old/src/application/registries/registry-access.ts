import { listProviders } from '../../adapters/db/provider-store.ts';
import type { SqlExecutor } from '../../adapters/db/database.ts';
import type { StaffMember } from '../../adapters/db/staff-store.ts';
import type { StaffRole } from '../../core/case/actor.ts';
import { AppError } from '../../core/errors/app-error.ts';

/*
 * Who may see and change registry data. The persons database and the AIS are national: the staff who handle
 * applications see a person's whole record (seed 003: the executor checks for a card wherever it was opened). A
 * region's supervisor sees the records kept by that region's providers; an administrator sees all. Only the staff of
 * the provider that keeps a record change it.
 */

const HANDLING_ROLES: readonly StaffRole[] = ['clerk', 'head', 'executor', 'scOperator'];
const READING_ROLES: readonly StaffRole[] = ['clerk', 'head', 'executor'];
const KEEPING_ROLES: readonly StaffRole[] = ['head', 'executor'];

function forbidden(staff: StaffMember, roles: readonly StaffRole[]): AppError {
  return new AppError('FORBIDDEN_ROLE', `${staff.role} ${staff.id} may not do this`, { requiredRole: roles.join(' | '), actualRole: staff.role });
}

/** Persons lookups: staff who receive or handle applications at a provider (or the State Corporation), administrators. */
export function assertMayLookUpPersons(staff: StaffMember): void {
  if (staff.role === 'admin') return;
  if (!HANDLING_ROLES.includes(staff.role) || staff.providerId === null) throw forbidden(staff, [...HANDLING_ROLES, 'admin']);
}

/**
 * Reading labour-market and service records. Returns the filter of records the staff member may see, by the
 * provider that keeps them.
 */
export async function registryReadFilter(db: SqlExecutor, staff: StaffMember): Promise<(providerId: string) => boolean> {
  if (staff.role === 'admin') return () => true;
  if (READING_ROLES.includes(staff.role) && staff.providerId !== null) return () => true;
  if (staff.role === 'supervisor' && staff.region !== null) {
    const inRegion = new Set((await listProviders(db)).filter((p) => p.region === staff.region).map((p) => p.id));
    return (providerId) => inRegion.has(providerId);
  }
  throw forbidden(staff, [...READING_ROLES, 'supervisor', 'admin']);
}

/** Reading a person's whole record across providers (a certificate's computation): provider staff, administrators. */
export function assertMayReadWholeRecord(staff: StaffMember): void {
  if (staff.role === 'admin') return;
  if (!READING_ROLES.includes(staff.role) || staff.providerId === null) throw forbidden(staff, [...READING_ROLES, 'admin']);
}

/** Changing a record (deregistration, a referral's outcome): its provider's head or executors. */
export function assertKeepsRecord(staff: StaffMember, providerId: string): void {
  if (!KEEPING_ROLES.includes(staff.role)) throw forbidden(staff, KEEPING_ROLES);
  if (staff.providerId !== providerId) throw new AppError('RECORD_OF_ANOTHER_PROVIDER', `${staff.id} is not staff of ${providerId}`, { providerId });
}
