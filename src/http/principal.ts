import type { FastifyRequest } from 'fastify';
import { citizenOfSession, staffOfSession } from '../application/auth/session-lookup.ts';
import { citizenSessionCache } from '../application/portal/citizen-session-cache.ts';
import type { Citizen } from '../core/org/citizen.ts';
import type { StaffMember } from '../core/org/staff-member.ts';
import type { AppContext } from '../application/app-context.ts';
import { ANONYMOUS, staffPrincipal, type Principal } from '../core/access/principal.ts';
import { AppError } from '../core/errors/app-error.ts';

/** Who sent the request, resolved once per request from the bearer token (staff session or citizen session). */
export interface RequestPrincipal {
  readonly principal: Principal;
  /** The staff member behind a staff principal, for the use cases that take one. */
  readonly staff: StaffMember | null;
  /**
   * The citizen behind a citizen principal, where the portal's session cache knew them (name and region included):
   * the route takes them from here instead of reading the same cache again (issue #19). Null otherwise — the
   * citizen's own use cases then read the session and the person (application/portal/citizen-auth.ts).
   */
  readonly citizen: Citizen | null;
}

const resolved = new WeakMap<FastifyRequest, Promise<RequestPrincipal>>();

export function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1] ?? null;
}

/** Whose session the operation expects: staff operations look for a staff session first, the rest for a citizen's. */
export type ExpectedHolder = 'staff' | 'citizen';

async function lookUp(ctx: AppContext, request: FastifyRequest, expected: ExpectedHolder): Promise<RequestPrincipal> {
  const token = bearerToken(request);
  if (!token) return NOBODY;
  const now = ctx.clock();
  // A token belongs to one session table, so the order of the look-ups decides only how soon the holder is found: a
  // staff operation reads the staff session first and never consults the citizens' cache for its own staff (issue #19).
  if (expected === 'staff') {
    const staff = await staffOfSession(ctx, token, now);
    if (staff) return { principal: staffPrincipal(staff), staff, citizen: null };
  }
  // A citizen the portal resolved moments ago is known from memory, so a signed-in citizen's burst of requests (the
  // surge) costs no session read at all (issue #15): an ended session is refused in this process at once and in the
  // others within CITIZEN_SESSION_CACHE_SECONDS. Staff and the rest are read from the database.
  const cached = citizenSessionCache(ctx).get(token, now);
  if (cached) return { principal: { kind: 'citizen', iin: cached.iin, region: '' }, staff: null, citizen: cached };
  const staff = expected === 'staff' ? null : await staffOfSession(ctx, token, now);
  if (staff) return { principal: staffPrincipal(staff), staff, citizen: null };
  const session = await citizenOfSession(ctx, token, now);
  // The citizen's region is looked up by the portal's own use cases; the policy's admission needs only the IIN.
  if (session) return { principal: { kind: 'citizen', iin: session.iin, region: '' }, staff: null, citizen: null };
  return NOBODY;
}

const NOBODY: RequestPrincipal = { principal: ANONYMOUS, staff: null, citizen: null };

/** The request's principal; looked up once, whoever asks first (the access gate, which knows the operation's audience). */
export function requestPrincipal(ctx: AppContext, request: FastifyRequest, expected: ExpectedHolder = 'citizen'): Promise<RequestPrincipal> {
  let found = resolved.get(request);
  if (!found) {
    found = lookUp(ctx, request, expected);
    resolved.set(request, found);
  }
  return found;
}

/**
 * The staff member the access gate admitted for a staff operation (access-gate.ts asks the operation policy for the
 * roles, once per request; route-kit.ts refuses at registration a staff route whose declared roles would admit anyone
 * the policy does not). Anyone else cannot reach here past the gate; should they, they are refused as the gate
 * refuses them.
 */
export async function admittedStaff(ctx: AppContext, request: FastifyRequest): Promise<StaffMember> {
  const { principal, staff } = await requestPrincipal(ctx, request);
  if (staff) return staff;
  if (principal.kind === 'citizen') throw new AppError('FORBIDDEN_ROLE', 'a citizen on a staff operation', { requiredRole: 'staff', actualRole: 'citizen' });
  throw new AppError('UNAUTHENTICATED', 'no valid session');
}
