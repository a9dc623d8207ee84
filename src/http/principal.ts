import type { FastifyRequest } from 'fastify';
import { cachedCitizenIinOfSession, citizenOfSession, staffOfSession } from '../application/auth/session-lookup.ts';
import type { StaffMember } from '../core/org/staff-member.ts';
import type { AppContext } from '../application/app-context.ts';
import { ANONYMOUS, staffPrincipal, type Principal } from '../core/access/principal.ts';

/** Who sent the request, resolved once per request from the bearer token (staff session or citizen session). */
export interface RequestPrincipal {
  readonly principal: Principal;
  /** The staff member behind a staff principal, for the use cases that take one. */
  readonly staff: StaffMember | null;
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
  if (!token) return { principal: ANONYMOUS, staff: null };
  const now = ctx.clock();
  // A token belongs to one session table, so the order of the look-ups decides only how soon the holder is found: a
  // staff operation reads the staff session first and never consults the citizens' cache for its own staff (issue #19).
  if (expected === 'staff') {
    const staff = await staffOfSession(ctx, token, now);
    if (staff) return { principal: staffPrincipal(staff), staff };
  }
  // A citizen the portal resolved moments ago is known from memory; staff and the rest are read from the database.
  const cachedIin = cachedCitizenIinOfSession(ctx, token, now);
  if (cachedIin) return { principal: { kind: 'citizen', iin: cachedIin, region: '' }, staff: null };
  const staff = expected === 'staff' ? null : await staffOfSession(ctx, token, now);
  if (staff) return { principal: staffPrincipal(staff), staff };
  const citizen = await citizenOfSession(ctx, token, now);
  // The citizen's region is looked up by the portal's own use cases; the policy's admission needs only the IIN.
  if (citizen) return { principal: { kind: 'citizen', iin: citizen.iin, region: '' }, staff: null };
  return { principal: ANONYMOUS, staff: null };
}

/** The request's principal; looked up once, whoever asks first (the access gate, which knows the operation's audience). */
export function requestPrincipal(ctx: AppContext, request: FastifyRequest, expected: ExpectedHolder = 'citizen'): Promise<RequestPrincipal> {
  let found = resolved.get(request);
  if (!found) {
    found = lookUp(ctx, request, expected);
    resolved.set(request, found);
  }
  return found;
}
