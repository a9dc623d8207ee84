import type { Actor, StaffRole } from '../case/actor.ts';
import { AppError } from '../errors/app-error.ts';
import type { Channel } from '../regulation/schema.ts';
import type { Principal, StaffPrincipal } from './principal.ts';

/*
 * The one access policy of Qyzmet (issues #13 and #19): who may see or do what to a case, a person's registry record,
 * a document, an attachment, a gateway submission, a report, a queue ticket. Pure decisions over facts the caller
 * loads; every route asks `admit` (operation-policy.ts declares each operation's audience) and every use case asks the
 * resource rules below. Deny by default: a principal matches a rule only by what the rule names.
 * A resource outside the principal's scope is answered as "not found" by the callers, so its existence does not leak
 * across providers, regions, branches or citizens.
 */

/** Who an operation admits before any resource is looked at. */
export type Audience =
  | { readonly kind: 'public' }
  | { readonly kind: 'staff'; readonly roles: readonly StaffRole[] | 'any' }
  | { readonly kind: 'citizen' }
  /** Gateway senders: a signed-in citizen (the portal) or one of the staff roles (the State Corporation desk). */
  | { readonly kind: 'citizenOrStaff'; readonly roles: readonly StaffRole[] | 'any' };

export type Admission = 'admitted' | 'unauthenticated' | 'forbidden';

const roleIn = (role: StaffRole, roles: readonly StaffRole[] | 'any') => roles === 'any' || roles.includes(role);

/** Whether the principal may call an operation at all: 401 for nobody signed in, 403 for the wrong kind or role. */
export function admit(audience: Audience, principal: Principal): Admission {
  if (audience.kind === 'public') return 'admitted';
  if (principal.kind === 'anonymous') return 'unauthenticated';
  switch (audience.kind) {
    case 'staff':
      return principal.kind === 'staff' && roleIn(principal.role, audience.roles) ? 'admitted' : 'forbidden';
    case 'citizen':
      return principal.kind === 'citizen' ? 'admitted' : 'forbidden';
    case 'citizenOrStaff':
      return principal.kind === 'citizen' || roleIn(principal.role, audience.roles) ? 'admitted' : 'forbidden';
  }
}

export function rolesText(audience: Audience): string {
  switch (audience.kind) {
    case 'public':
      return 'anyone';
    case 'citizen':
      return 'citizen';
    case 'staff':
      return audience.roles === 'any' ? 'staff' : audience.roles.join(' | ');
    case 'citizenOrStaff':
      return `citizen | ${audience.roles === 'any' ? 'staff' : audience.roles.join(' | ')}`;
  }
}

/** The refusal for an admission that failed, in the closed error catalog. */
export function admissionError(admission: Exclude<Admission, 'admitted'>, audience: Audience, principal: Principal, operation: string): AppError {
  if (admission === 'unauthenticated') return new AppError('UNAUTHENTICATED', `${operation}: no valid session`);
  const actualRole = principal.kind === 'staff' ? principal.role : principal.kind;
  return new AppError('FORBIDDEN_ROLE', `${operation}: ${actualRole} is not admitted`, { requiredRole: rolesText(audience), actualRole });
}

/* ---------- cases ---------- */

/** What decides who sees a case: its provider (and the provider's region) and its applicant. */
export interface CaseFacts {
  readonly providerId: string;
  readonly providerRegion: string;
  readonly applicantIin: string;
}

/**
 * A case is seen by its provider's staff, the supervisors of the provider's region and administrators (staff), and by
 * its applicant (a citizen). A State Corporation branch never owns a case; it sees the cases it forwarded through
 * `maySeeBranchCase`.
 */
export function maySeeCase(principal: Principal, facts: CaseFacts): boolean {
  if (principal.kind === 'citizen') return principal.iin === facts.applicantIin;
  if (principal.kind !== 'staff') return false;
  if (principal.role === 'admin') return true;
  if (principal.role === 'supervisor') return principal.region !== null && principal.region === facts.providerRegion;
  return principal.role !== 'scOperator' && principal.providerId !== null && principal.providerId === facts.providerId;
}

/** Which cases a list or search may return to the principal (the same rule as `maySeeCase`, as a filter). */
export type CaseListScope = { readonly kind: 'all' } | { readonly kind: 'region'; readonly region: string } | { readonly kind: 'provider'; readonly providerId: string } | { readonly kind: 'applicant'; readonly iin: string };

export function caseListScope(principal: Principal): CaseListScope | null {
  if (principal.kind === 'citizen') return { kind: 'applicant', iin: principal.iin };
  if (principal.kind !== 'staff') return null;
  if (principal.role === 'admin') return { kind: 'all' };
  if (principal.role === 'supervisor') return principal.region ? { kind: 'region', region: principal.region } : null;
  if (principal.role === 'scOperator' || principal.providerId === null) return null;
  return { kind: 'provider', providerId: principal.providerId };
}

/** A case forwarded by a State Corporation branch is tracked by that branch's operators. */
export function maySeeBranchCase(principal: Principal, forwardingBranchId: string | null): boolean {
  return principal.kind === 'staff' && principal.role === 'scOperator' && principal.providerId !== null && principal.providerId === forwardingBranchId;
}

/* ---------- steps ---------- */

/**
 * Who may act on the open step (complete it, extend its limit, enter its registry data): the step's role; for an
 * executor's step only the assigned executor (once assigned); where `headMayStandIn`, the provider's head as well
 * (the extension of a limit is the head's decision too, case-engine.ts `extendStep`).
 */
export function assertMayActOnStep(actor: Actor, step: { readonly id: string; readonly role: string }, assignedExecutorId: string | null, caseId: string, options: { readonly headMayStandIn?: boolean } = {}): void {
  const actorRole = actor.kind === 'staff' ? actor.role : actor.kind;
  const standsIn = options.headMayStandIn === true && actor.kind === 'staff' && actor.role === 'head';
  if (actor.kind !== 'staff' || (actor.role !== step.role && !standsIn)) {
    const requiredRole = options.headMayStandIn ? `${step.role} | head` : step.role;
    throw new AppError('FORBIDDEN_ROLE', `step ${step.id} needs role ${requiredRole}, actor is ${actorRole}`, { requiredRole, actualRole: actorRole });
  }
  if (!standsIn && step.role === 'executor' && assignedExecutorId !== null && actor.userId !== assignedExecutorId) {
    throw new AppError('NOT_ASSIGNED_EXECUTOR', `case ${caseId} is assigned to ${assignedExecutorId}, not ${actor.userId}`);
  }
}

/* ---------- filing at an office ---------- */

/** The channel an office receives applications through in person: its own, never another's (issue #13, finding 3). */
export function officeChannel(providerKind: 'provider' | 'ruralAkim' | 'stateCorporation'): Channel | null {
  if (providerKind === 'provider') return 'providerOffice';
  if (providerKind === 'ruralAkim') return 'ruralAkim';
  // A State Corporation branch owns no case: it forwards through the gateway (POST /api/desk/submissions).
  return null;
}

export function assertMayFileAtOffice(staff: StaffPrincipal, providerKind: 'provider' | 'ruralAkim' | 'stateCorporation', channel: Channel): void {
  const own = officeChannel(providerKind);
  if (own === null) throw new AppError('FORBIDDEN_ROLE', `${staff.id} works at a ${providerKind}, which owns no case`, { requiredRole: 'clerk', actualRole: staff.role });
  if (channel !== own) throw new AppError('CHANNEL_NOT_OFFERED', `${staff.id} at a ${providerKind} office may not file channel ${channel}`, { channel });
}

/* ---------- gateway submissions ---------- */

/** Which gateway submissions a principal may list: a branch's own, a region's providers', or all. */
export type SubmissionListScope =
  | { readonly kind: 'all' }
  | { readonly kind: 'providerRegion'; readonly region: string }
  | { readonly kind: 'branch'; readonly branchId: string }
  | { readonly kind: 'applicant'; readonly iin: string };

/**
 * An operator tracks the submissions of their own State Corporation branch; a supervisor those filed with the
 * providers of their region; an administrator all; a citizen their own applications (issue #13, finding 3: another
 * region's never appear).
 */
export function submissionListScope(principal: Principal): SubmissionListScope | null {
  if (principal.kind === 'citizen') return { kind: 'applicant', iin: principal.iin };
  if (principal.kind !== 'staff') return null;
  if (principal.role === 'admin') return { kind: 'all' };
  if (principal.role === 'supervisor') return principal.region ? { kind: 'providerRegion', region: principal.region } : null;
  if (principal.role === 'scOperator' && principal.providerId) return { kind: 'branch', branchId: principal.providerId };
  return null;
}

/* ---------- attachments ---------- */

export interface AttachmentFacts {
  readonly owner: { readonly kind: 'citizen' | 'staff'; readonly id: string };
  /** The case it was filed with, if any. */
  readonly case: CaseFacts | null;
}

/** A file is seen by whoever uploaded it, by the case's applicant and by the staff who may see the case. */
export function maySeeAttachment(principal: Principal, facts: AttachmentFacts): boolean {
  if (principal.kind === 'citizen' && facts.owner.kind === 'citizen' && facts.owner.id === principal.iin) return true;
  if (principal.kind === 'staff' && facts.owner.kind === 'staff' && facts.owner.id === principal.id) return true;
  return facts.case !== null && maySeeCase(principal, facts.case);
}

/* ---------- reports ---------- */

/** The region a supervision report covers: a supervisor's own, whatever was asked; an administrator's choice. */
export function reportRegion(principal: Principal, requested: string | undefined): string | null {
  if (principal.kind !== 'staff') return null;
  if (principal.role === 'supervisor') return principal.region;
  if (principal.role === 'admin') return requested ?? null;
  return null;
}

/* ---------- persons and registries ---------- */

/*
 * The persons database and the AIS are national: the staff who handle applications see a person's whole record
 * (seed 003: the executor checks for a card wherever it was opened). A region's supervisor sees the records kept by
 * that region's providers; an administrator sees all. Only the staff of the provider that keeps a record change it.
 */
export const PERSON_LOOKUP_ROLES: readonly StaffRole[] = ['clerk', 'head', 'executor', 'scOperator', 'admin'];
export const REGISTRY_READING_ROLES: readonly StaffRole[] = ['clerk', 'head', 'executor', 'supervisor', 'admin'];
export const WHOLE_RECORD_ROLES: readonly StaffRole[] = ['clerk', 'head', 'executor', 'admin'];
export const RECORD_KEEPING_ROLES: readonly StaffRole[] = ['head', 'executor'];

function forbidden(staff: StaffPrincipal, roles: readonly StaffRole[]): AppError {
  return new AppError('FORBIDDEN_ROLE', `${staff.role} ${staff.id} may not do this`, { requiredRole: roles.join(' | '), actualRole: staff.role });
}

const worksAtOffice = (staff: StaffPrincipal) => staff.role === 'admin' || staff.providerId !== null;

export function assertMayLookUpPersons(staff: StaffPrincipal): void {
  if (!PERSON_LOOKUP_ROLES.includes(staff.role) || !worksAtOffice(staff)) throw forbidden(staff, PERSON_LOOKUP_ROLES);
}

/** Which providers' records the staff member may read: all, or those of one region. */
export type RegistryReadScope = { readonly kind: 'all' } | { readonly kind: 'region'; readonly region: string };

export function registryReadScope(staff: StaffPrincipal): RegistryReadScope {
  if (staff.role === 'admin') return { kind: 'all' };
  if (staff.role === 'supervisor' && staff.region !== null) return { kind: 'region', region: staff.region };
  if (REGISTRY_READING_ROLES.includes(staff.role) && staff.role !== 'supervisor' && staff.providerId !== null) return { kind: 'all' };
  throw forbidden(staff, REGISTRY_READING_ROLES);
}

export function assertMayReadWholeRecord(staff: StaffPrincipal): void {
  if (!WHOLE_RECORD_ROLES.includes(staff.role) || !worksAtOffice(staff)) throw forbidden(staff, WHOLE_RECORD_ROLES);
}

export function assertKeepsRecord(staff: StaffPrincipal, providerId: string): void {
  if (!RECORD_KEEPING_ROLES.includes(staff.role)) throw forbidden(staff, RECORD_KEEPING_ROLES);
  if (staff.providerId !== providerId) throw new AppError('RECORD_OF_ANOTHER_PROVIDER', `${staff.id} is not staff of ${providerId}`, { providerId });
}
