import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findStaff } from '../../src/adapters/db/staff-store.ts';
import { admit, maySeeAttachment, maySeeBranchCase, maySeeCase, registryReadScope, rolesText, type CaseFacts } from '../../src/core/access/access-policy.ts';
import { OPERATION_POLICIES, operationKey, type OperationPolicy, type ScopedResource } from '../../src/core/access/operation-policy.ts';
import { ANONYMOUS, staffPrincipal, type Principal } from '../../src/core/access/principal.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { citizenToken, fileOnPortal, ZHAMBYL_CITIZEN, ZHAMBYL_PORTAL_REGULATION } from './support/access-fixtures.ts';

/*
 * The authorization matrix (issue #13): every operation of the OpenAPI document × every role, against resources of
 * provider A (Zhambyl's employment centre) and of a citizen, each answer checked against the outcome the declared
 * policy table gives (core/access/operation-policy.ts + the scope rules of access-policy.ts). An operation with no
 * entry in the table fails the test.
 */

const PROVIDER_A = 'zhambyl-taraz-employment-centre';
const BRANCH_A = 'zhambyl-taraz-sc-branch';
const STAFF_LOGINS = [
  'zhambyl.clerk', 'zhambyl.head', 'zhambyl.executor1', // provider A
  'aktobe.clerk', 'aktobe.head', 'aktobe.executor1', // provider B
  'zhambyl.supervisor', 'aktobe.supervisor',
  'zhambyl.operator', 'aktobe.operator',
  'admin',
];

/** What a scope refusal answers for each kind of resource (404, so existence does not leak). */
const HIDDEN_CODE: Record<ScopedResource, string> = {
  case: 'CASE_NOT_FOUND',
  citizenCase: 'CASE_NOT_FOUND',
  branchCase: 'CASE_NOT_FOUND',
  attachment: 'NOT_FOUND',
  ticket: 'TICKET_NOT_FOUND',
  registryRecord: 'NOT_FOUND',
};

type Expected = 'unauthenticated' | 'forbidden' | 'hidden' | 'passes';

interface Role {
  readonly name: string;
  readonly principal: Principal;
  token: string | undefined;
}

describe('authorization matrix: every OpenAPI operation × every role', () => {
  let app: TestApp;
  let roles: Role[];
  let operations: { method: string; path: string }[];
  const ids: Record<string, string> = {};
  let caseFacts: CaseFacts;

  beforeAll(async () => {
    app = await startTestApp(import.meta.url, '2026-11-24T05:00:00Z', { stepEffects: [] });
    const doc = JSON.parse((await app.server.inject({ method: 'GET', url: '/docs/json' })).body);
    operations = Object.entries<Record<string, unknown>>(doc.paths).flatMap(([path, item]) => Object.keys(item).filter((m) => m !== 'parameters').map((method) => ({ method: method.toUpperCase(), path })));

    const citizen = await citizenToken(app, ZHAMBYL_CITIZEN);
    roles = [{ name: 'anonymous', principal: ANONYMOUS, token: undefined }, { name: 'citizen', principal: { kind: 'citizen', iin: ZHAMBYL_CITIZEN, region: 'zhambyl' }, token: citizen }];
    for (const login of STAFF_LOGINS) roles.push({ name: login, principal: staffPrincipal((await findStaff(app.ctx.db, login))!), token: await app.signIn(login) });

    // Resources of provider A and of the citizen: the citizen's portal case filed with provider A, its attachment, a
    // queue ticket of Zhambyl's branch, a registry record kept by provider A.
    const filed = await fileOnPortal(app, citizen);
    ids.caseId = filed.caseId;
    ids.attachmentId = filed.attachmentId;
    caseFacts = { providerId: PROVIDER_A, providerRegion: 'zhambyl', applicantIin: ZHAMBYL_CITIZEN };
    const operator = roles.find((r) => r.name === 'zhambyl.operator')!.token;
    ids.ticketId = (await app.request('POST', '/api/desk/tickets', operator)).body.id;
    ids.recordId = randomUUID();
    await app.ctx.db.execute(
      `insert into registry_records (id, registry, kind, iin, provider_id, outcome, result_id, data, recorded_on, recorded_at, recorded_by)
       values ($1, 'labourMarket', 'matrix-record', $2, $3, 'positive', 'matrix', '{}', '2026-11-24', $4, 'zhambyl.executor1')`,
      [ids.recordId, ZHAMBYL_CITIZEN, PROVIDER_A, app.ctx.clock().toISOString()],
    );
    ids.iin = ZHAMBYL_CITIZEN;
    ids.stepId = 'register';
    ids.regulationId = ZHAMBYL_PORTAL_REGULATION;
    ids.notificationId = randomUUID();
    ids.cardId = randomUUID();
    ids.referralId = randomUUID();
    ids.code = 'AAAAA-BBBBB-CCCCC-DDDDD';
    ids.actId = 'no-such-act';
  }, 900_000);
  afterAll(() => app.close());

  function visible(resource: ScopedResource, principal: Principal): boolean {
    switch (resource) {
      case 'case':
      case 'citizenCase':
        return maySeeCase(principal, caseFacts);
      case 'attachment':
        return maySeeAttachment(principal, { owner: { kind: 'citizen', id: ZHAMBYL_CITIZEN }, case: caseFacts });
      case 'branchCase':
        return maySeeBranchCase(principal, null); // filed on the portal: no branch forwarded it
      case 'ticket':
        return principal.kind === 'staff' && principal.role === 'scOperator' && principal.providerId === BRANCH_A;
      case 'registryRecord':
        if (principal.kind !== 'staff') return false;
        try {
          const scope = registryReadScope(principal);
          return scope.kind === 'all' || scope.region === 'zhambyl';
        } catch {
          return false;
        }
    }
  }

  function expected(policy: OperationPolicy, principal: Principal): Expected {
    const admission = admit(policy.audience, principal);
    if (admission !== 'admitted') return admission;
    if (policy.resource && !visible(policy.resource, principal)) return 'hidden';
    return 'passes';
  }

  /** Bodies that pass each operation's schema where the scope check sits behind it; a stale version changes nothing. */
  const BODIES: Record<string, unknown> = {
    'POST /api/cases/{caseId}/steps': { stepId: 'register', expectedVersion: 999 },
    'POST /api/cases/{caseId}/extensions': { stepId: 'register', expectedVersion: 999, reason: 'the matrix test asks' },
    'POST /api/cases/{caseId}/rework': { stepId: 'sign', expectedVersion: 999, reason: 'the matrix test asks' },
    'POST /api/cases/{caseId}/term-extension': { expectedVersion: 999, reason: 'the matrix test asks' },
    'PUT /api/cases/{caseId}/steps/{stepId}/registry-data': { data: {} },
    'POST /api/desk/submissions/{caseId}/steps': { stepId: 'sc-intake', expectedVersion: 999 },
    'POST /api/desk/submissions/{caseId}/handover': { to: 'applicant' },
    'POST /api/desk/tickets/{ticketId}/not-served': { reason: 'the matrix test asks' },
    'POST /api/portal/cases/{caseId}/survey': { processAndResult: 'satisfactory', information: 'satisfactory' },
  };

  it('should answer every operation for every role as the declared policy says', async () => {
    const missing = operations.map((o) => `${o.method} ${o.path}`).filter((key) => !OPERATION_POLICIES[key]);
    expect(missing, 'operations without an entry in src/core/access/operation-policy.ts').toEqual([]);
    const stale = Object.keys(OPERATION_POLICIES).filter((key) => !operations.some((o) => `${o.method} ${o.path}` === key));
    expect(stale, 'policy entries without an operation').toEqual([]);

    // Sign-outs end the session they are called with: walked last.
    const ordered = [...operations].sort((a, b) => Number(a.path.endsWith('/sign-out')) - Number(b.path.endsWith('/sign-out')));
    const failures: string[] = [];
    let cells = 0;
    for (const { method, path } of ordered) {
      const key = operationKey(method, path);
      const policy = OPERATION_POLICIES[key]!;
      // A sign-out ends the session it is called with: every role comes to it with a fresh one.
      if (path.endsWith('/sign-out')) {
        for (const role of roles) {
          if (role.principal.kind === 'citizen') role.token = await citizenToken(app, ZHAMBYL_CITIZEN);
          else if (role.principal.kind === 'staff') role.token = await app.signIn(role.name);
        }
      }
      const url = path.replace(/\{(\w+)\}/g, (_whole, name: string) => encodeURIComponent(ids[name] ?? 'x'));
      for (const role of roles) {
        const want = expected(policy, role.principal);
        const response = await app.server.inject({
          method: method as 'GET',
          url,
          headers: role.token ? { authorization: `Bearer ${role.token}` } : {},
          ...(method === 'GET' ? {} : { payload: (BODIES[key] ?? {}) as object }),
        });
        cells++;
        const isJson = String(response.headers['content-type'] ?? '').includes('json');
        const error = response.statusCode >= 400 && isJson ? JSON.parse(response.body).error : undefined;
        const got = `${response.statusCode} ${error?.code ?? ''}`;
        const gateRefusal = response.statusCode === 403 && error?.code === 'FORBIDDEN_ROLE' && error.details?.requiredRole === rolesText(policy.audience);
        const ok =
          response.statusCode < 500 &&
          (response.statusCode < 400 || error !== undefined) &&
          (want === 'unauthenticated'
            ? response.statusCode === 401 && error?.code === 'UNAUTHENTICATED'
            : want === 'forbidden'
              ? gateRefusal
              : want === 'hidden'
                ? response.statusCode === 404 && error?.code === HIDDEN_CODE[policy.resource!]
                : response.statusCode !== 401 && !gateRefusal && !(policy.resource && response.statusCode === 404 && error?.code === HIDDEN_CODE[policy.resource]));
        if (!ok) failures.push(`${key} as ${role.name}: expected ${want}, got ${got}`);
      }
    }
    console.log(`authorization matrix: ${operations.length} operations × ${roles.length} roles = ${cells} requests checked`);
    expect(failures).toEqual([]);
    expect(cells).toBe(operations.length * roles.length);
  }, 900_000);
});
