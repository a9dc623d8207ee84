import type { StaffRole } from '../case/actor.ts';
import type { Audience } from './access-policy.ts';

/*
 * The declared table of every HTTP operation (method + OpenAPI path): who is admitted, and which resource in the path
 * is then checked against the principal's scope (answered 404 when out of scope). The server refuses to start with a
 * route missing here (deny by default, src/http/access-gate.ts) and the authorization matrix test walks this table
 * against every role (test/access/authorization-matrix.test.ts).
 */

/** The resource a path parameter names, checked by the use case with the rules of access-policy.ts. */
export type ScopedResource =
  /** A case of a provider: its staff, the region's supervisors, administrators (`maySeeCase`). */
  | 'case'
  /** A case forwarded by a State Corporation branch: that branch's operators (`maySeeBranchCase`). */
  | 'branchCase'
  /** A citizen's own application (`maySeeCase` for a citizen). */
  | 'citizenCase'
  /** An uploaded file (`maySeeAttachment`). */
  | 'attachment'
  /** A queue ticket of the operator's branch. */
  | 'ticket'
  /** A registry record kept by a provider (`registryReadScope`). */
  | 'registryRecord';

export interface OperationPolicy {
  readonly audience: Audience;
  readonly resource?: ScopedResource;
}

const PUBLIC: OperationPolicy = { audience: { kind: 'public' } };
const CITIZEN: OperationPolicy = { audience: { kind: 'citizen' } };
const ANY_STAFF: OperationPolicy = { audience: { kind: 'staff', roles: 'any' } };
const staff = (roles: readonly StaffRole[], resource?: ScopedResource): OperationPolicy => ({ audience: { kind: 'staff', roles }, ...(resource ? { resource } : {}) });

/** Staff who may ever see a provider's case: its office staff, supervisors, administrators (not the desk). */
const CASE_READERS: readonly StaffRole[] = ['clerk', 'head', 'executor', 'supervisor', 'admin'];
/** Staff who act on a provider's case steps. */
const CASE_ACTORS: readonly StaffRole[] = ['clerk', 'head', 'executor'];
const OPERATOR: readonly StaffRole[] = ['scOperator'];
const REGISTRY_READERS: readonly StaffRole[] = ['clerk', 'head', 'executor', 'supervisor', 'admin'];

export const OPERATION_POLICIES: Readonly<Record<string, OperationPolicy>> = {
  // Liveness, for load balancers and monitors.
  'GET /health': PUBLIC,
  // Staff sign-in and the session.
  'POST /api/auth/sign-in': PUBLIC,
  'POST /api/auth/sign-out': ANY_STAFF,
  'GET /api/me': ANY_STAFF,
  // Regulations, the handbook, the public check of documents: open to everyone (published law, public verification).
  'GET /api/regulations': PUBLIC,
  'GET /api/regulations/in-force': PUBLIC,
  'GET /api/regulations/filing-policy': PUBLIC,
  'GET /api/regulations/acts': PUBLIC,
  'GET /api/regulations/acts/{actId}': PUBLIC,
  'GET /api/regulations/amendment-records/{recordId}': PUBLIC,
  'GET /api/regulations/{regulationId}': PUBLIC,
  'GET /api/regulations/{regulationId}/bpmn': PUBLIC,
  // Both readings where a regulation's text reads two ways (issue #16): public like the handbook; the administrator
  // switches the one in force per version.
  'GET /api/regulations/{regulationId}/readings': PUBLIC,
  'PUT /api/regulations/{regulationId}/readings/{contradictionId}': staff(['admin']),
  'GET /api/regulations/{regulationId}/is-diagram': PUBLIC,
  'GET /api/regulations/compare': PUBLIC,
  // Review and publish of imported regulations (issue #20): administrators only; published versions are then public.
  'POST /api/admin/regulations/uploads': staff(['admin']),
  'GET /api/admin/regulations/drafts': staff(['admin']),
  'GET /api/admin/regulations/drafts/{draftId}': staff(['admin']),
  'PUT /api/admin/regulations/drafts/{draftId}': staff(['admin']),
  'GET /api/admin/regulations/drafts/{draftId}/validation': staff(['admin']),
  'GET /api/admin/regulations/drafts/{draftId}/comparison': staff(['admin']),
  'GET /api/admin/regulations/drafts/{draftId}/fill': staff(['admin']),
  'POST /api/admin/regulations/drafts/{draftId}/publish': staff(['admin']),
  'GET /api/registries/vocabulary': PUBLIC,
  'GET /api/documents/{code}': PUBLIC,
  'POST /api/documents/verify-pdf': PUBLIC,
  'GET /api/documents/{code}/pdf': PUBLIC,
  // The demo certification authority's publications (issue #14): CRL, OCSP, CA certificates — public by nature.
  'GET /pki/crl/qyzmet-demo-intermediate.crl': PUBLIC,
  'GET /pki/ca/qyzmet-demo-intermediate.cer': PUBLIC,
  'GET /pki/ca/qyzmet-demo-root.cer': PUBLIC,
  'POST /pki/ocsp': PUBLIC,
  // The full content of a result document (issue #14): the applicant, staff who may see the case, the operator of the
  // branch that forwarded it; anyone else 404 (decided by readFullDocument).
  'GET /api/documents/{code}/full': { audience: { kind: 'citizenOrStaff', roles: ['clerk', 'head', 'executor', 'supervisor', 'admin', 'scOperator'] } },
  // Cases at the provider's office.
  'POST /api/cases': staff(['clerk']),
  'GET /api/cases': staff(CASE_READERS),
  'GET /api/cases/{caseId}': staff(CASE_READERS, 'case'),
  'GET /api/cases/{caseId}/receipt': staff(CASE_READERS, 'case'),
  // Issue #17 printing: the receipt as PDF, the signed result for issue in person (who may see the case).
  'GET /api/cases/{caseId}/receipt/pdf': staff(CASE_READERS, 'case'),
  'GET /api/cases/{caseId}/result-for-issue': staff(CASE_READERS, 'case'),
  'GET /api/cases/{caseId}/results/{code}/pdf': staff(CASE_READERS, 'case'),
  'GET /api/cases/{caseId}/history': staff(CASE_READERS, 'case'),
  'POST /api/cases/{caseId}/steps': staff(CASE_ACTORS, 'case'),
  'POST /api/cases/{caseId}/extensions': staff(['head', 'executor'], 'case'),
  'POST /api/cases/{caseId}/term-extension': staff(['head', 'executor'], 'case'),
  'POST /api/cases/{caseId}/rework': staff(['head'], 'case'),
  'GET /api/cases/{caseId}/attachments': staff(CASE_READERS, 'case'),
  'GET /api/cases/{caseId}/document/preview': staff(['head', 'executor'], 'case'),
  'GET /api/cases/{caseId}/steps/{stepId}/registry-data-fields': staff(CASE_READERS, 'case'),
  'GET /api/cases/{caseId}/document': staff(CASE_READERS, 'case'),
  'PUT /api/cases/{caseId}/steps/{stepId}/registry-data': staff(CASE_ACTORS, 'case'),
  'GET /api/cases/{caseId}/steps/{stepId}/registry-data': staff(CASE_READERS, 'case'),
  'GET /api/cases/{caseId}/duplicates': staff(CASE_READERS, 'case'),
  'GET /api/journal': staff(['clerk', 'head']),
  'GET /api/journal/print': staff(['clerk', 'head']),
  'GET /api/journal/pdf': staff(['clerk', 'head']),
  // The administrator opens the back office too (staff accounts); their inbox is empty, as before the gate.
  'GET /api/inbox': staff([...CASE_ACTORS, 'admin']),
  'GET /api/executors': staff(['head']),
  // The working calendar: read by staff, replaced by administrators, its change log for supervision.
  'GET /api/calendar': ANY_STAFF,
  'PUT /api/calendar': staff(['admin']),
  'GET /api/calendar/days-off': ANY_STAFF,
  'GET /api/calendar/changes': staff(['admin', 'supervisor']),
  // A staff member's own notifications (the query is keyed by the signed-in person).
  'GET /api/notifications': ANY_STAFF,
  'POST /api/notifications/{notificationId}/read': ANY_STAFF,
  // Reports.
  'GET /api/supervision/dashboard': staff(['supervisor', 'admin']),
  'GET /api/supervision/providers': staff(['supervisor', 'admin']),
  'GET /api/supervision/dashboard.csv': staff(['supervisor', 'admin']),
  // Who read which person's data (issue #14): supervisors of the region and administrators; the citizen sees reads of
  // their own data in the cabinet.
  'GET /api/supervision/read-audit': staff(['supervisor', 'admin']),
  'GET /api/supervision/read-audit.csv': staff(['supervisor', 'admin']),
  'GET /api/portal/read-audit': CITIZEN,
  // Gateway: uploads and the request bytes by its senders (citizens on the portal, operators at the desk).
  'POST /api/attachments': { audience: { kind: 'citizenOrStaff', roles: OPERATOR } },
  'GET /api/attachments/{attachmentId}': { audience: { kind: 'citizenOrStaff', roles: 'any' }, resource: 'attachment' },
  'POST /api/requests/bytes': { audience: { kind: 'citizenOrStaff', roles: OPERATOR } },
  'GET /api/gateway/submissions': staff(['scOperator', 'supervisor', 'admin']),
  // The citizens' portal.
  'POST /api/portal/sign-up': PUBLIC,
  'POST /api/portal/sign-in': PUBLIC,
  'POST /api/portal/eds-challenge': PUBLIC,
  // Sign-up only with proof of identity (issue #13): a one-time code to the contact on record, or the EDS
  // authentication key. Both answer alike whether or not the IIN exists.
  'POST /api/portal/sign-up/code': PUBLIC,
  'POST /api/portal/eds-sign-up': PUBLIC,
  // Everyone changes their own password; administrators reset staff passwords (audited).
  'POST /api/portal/password': CITIZEN,
  'POST /api/auth/password': ANY_STAFF,
  'GET /api/admin/staff': staff(['admin']),
  'POST /api/admin/staff/{staffId}/password-reset': staff(['admin']),
  'GET /api/admin/staff/{staffId}/password-events': staff(['admin']),
  'POST /api/portal/eds-sign-in': PUBLIC,
  'POST /api/portal/sign-out': CITIZEN,
  'GET /api/portal/me': CITIZEN,
  'GET /api/portal/catalog': CITIZEN,
  'POST /api/portal/applications': CITIZEN,
  'GET /api/portal/cases': CITIZEN,
  'GET /api/portal/cases/{caseId}': { ...CITIZEN, resource: 'citizenCase' },
  'POST /api/portal/cases/{caseId}/survey': { ...CITIZEN, resource: 'citizenCase' },
  'GET /api/portal/notifications': CITIZEN,
  'GET /api/portal/contact-preferences': CITIZEN,
  'PUT /api/portal/contact-preferences': CITIZEN,
  'POST /api/portal/notifications/{notificationId}/read': CITIZEN,
  // The State Corporation desk: its operators, within their branch.
  'GET /api/desk/branch': staff(OPERATOR),
  'GET /api/desk/tickets': staff(OPERATOR),
  'POST /api/desk/tickets': staff(OPERATOR),
  'POST /api/desk/tickets/call-next': staff(OPERATOR),
  'POST /api/desk/tickets/{ticketId}/served': staff(OPERATOR, 'ticket'),
  'POST /api/desk/tickets/{ticketId}/not-served': staff(OPERATOR, 'ticket'),
  'GET /api/desk/services': staff(OPERATOR),
  'GET /api/desk/persons/{iin}': staff(OPERATOR),
  'POST /api/desk/power-of-attorney/check': staff(OPERATOR),
  'POST /api/desk/request-bytes': staff(OPERATOR),
  'POST /api/desk/submissions': staff(OPERATOR),
  'GET /api/desk/submissions': staff(OPERATOR),
  'GET /api/desk/submissions/{caseId}': staff(OPERATOR, 'branchCase'),
  'GET /api/desk/submissions/{caseId}/receipt': staff(OPERATOR, 'branchCase'),
  'GET /api/desk/submissions/{caseId}/receipt/pdf': staff(OPERATOR, 'branchCase'),
  'POST /api/desk/submissions/{caseId}/steps': staff(OPERATOR, 'branchCase'),
  'POST /api/desk/submissions/{caseId}/handover': staff(OPERATOR, 'branchCase'),
  // Persons and registries (national; reading scoped by region for supervisors, changing by the keeping provider).
  'GET /api/persons/{iin}': staff(['clerk', 'head', 'executor', 'scOperator', 'admin']),
  'GET /api/persons/{iin}/labour-market': staff(REGISTRY_READERS),
  'GET /api/persons/{iin}/unemployed-status': staff(['clerk', 'head', 'executor', 'admin']),
  'POST /api/labour-market/unemployed-cards/{cardId}/deregistration': staff(['head', 'executor']),
  'POST /api/labour-market/referrals/{referralId}/outcome': staff(['head', 'executor']),
  'GET /api/persons/{iin}/registry-records': staff(REGISTRY_READERS),
  'GET /api/registry-records/{recordId}': staff(REGISTRY_READERS, 'registryRecord'),
};

/** `GET /api/cases/:caseId` (Fastify's route) → `GET /api/cases/{caseId}` (the OpenAPI path, the table's key). */
export function operationKey(method: string, routePath: string): string {
  return `${method.toUpperCase()} ${routePath.replace(/:([A-Za-z0-9_]+)/g, '{$1}')}`;
}

export function operationPolicy(method: string, routePath: string): OperationPolicy | null {
  return OPERATION_POLICIES[operationKey(method, routePath)] ?? null;
}
