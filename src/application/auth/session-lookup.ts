import { deleteCitizenSession, findCitizenSession } from '../../adapters/db/citizen-store.ts';
import { deleteSession, findSessionStaff } from '../../adapters/db/staff-store.ts';
import type { StaffMember } from '../../core/org/staff-member.ts';
import type { AppContext } from '../app-context.ts';

/** Who holds a bearer token: the HTTP layer resolves staff and citizen sessions through here, not the stores (the citizens' session cache, application/portal/citizen-session-cache.ts, it asks directly). */
export function staffOfSession(app: AppContext, token: string, now: Date): Promise<StaffMember | null> {
  return findSessionStaff(app.db, token, now);
}

export function citizenOfSession(app: AppContext, token: string, now: Date): ReturnType<typeof findCitizenSession> {
  return findCitizenSession(app.db, token, now);
}

/** Sign-out: the session row goes, so the token stops working at once. */
export function endStaffSession(app: AppContext, token: string): Promise<void> {
  return deleteSession(app.db, token);
}

export function endCitizenSession(app: AppContext, token: string): Promise<void> {
  return deleteCitizenSession(app.db, token);
}
