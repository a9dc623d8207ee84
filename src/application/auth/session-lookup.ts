import { deleteCitizenSession, findCitizenSession } from '../../adapters/db/citizen-store.ts';
import { deleteSession, findSessionStaff } from '../../adapters/db/staff-store.ts';
import type { Citizen } from '../../core/org/citizen.ts';
import type { StaffMember } from '../../core/org/staff-member.ts';
import type { AppContext } from '../app-context.ts';
import { citizenSessionCache } from '../portal/citizen-session-cache.ts';

/** Who holds a bearer token: the HTTP layer resolves staff and citizen sessions through here, not the stores. */
export function staffOfSession(app: AppContext, token: string, now: Date): Promise<StaffMember | null> {
  return findSessionStaff(app.db, token, now);
}

export function citizenOfSession(app: AppContext, token: string, now: Date): ReturnType<typeof findCitizenSession> {
  return findCitizenSession(app.db, token, now);
}

/**
 * The citizen of a session the portal has already resolved in this process, or null: the access gate asks this
 * first, so a signed-in citizen's burst of requests (the surge) costs no session read at all (issue #15). The bound is
 * the cache's: an ended session is refused in this process at once and in the others within
 * CITIZEN_SESSION_CACHE_SECONDS.
 */
export function cachedCitizenOfSession(app: AppContext, token: string, now: Date): Citizen | null {
  return citizenSessionCache(app).get(token, now);
}

/** Sign-out: the session row goes, so the token stops working at once. */
export function endStaffSession(app: AppContext, token: string): Promise<void> {
  return deleteSession(app.db, token);
}

export function endCitizenSession(app: AppContext, token: string): Promise<void> {
  return deleteCitizenSession(app.db, token);
}
