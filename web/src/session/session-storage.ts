import type { Staff } from '../api/types.ts';

/**
 * The staff session lives in sessionStorage: it survives a reload of the tab but not closing it, and another tab
 * signs in on its own (a shared office computer then keeps no session behind).
 */
const STORAGE_KEY = 'qyzmet.staffSession';

export interface StaffSession {
  readonly token: string;
  readonly expiresAt: string;
  readonly staff: Staff;
}

/** The stored session, if any. Its expiry is the server's to judge (a 401 ends it): the client's clock may be off. */
export function readSession(): StaffSession | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const session = JSON.parse(raw) as StaffSession;
    if (typeof session.token !== 'string' || typeof session.staff !== 'object') return null;
    return session;
  } catch {
    return null;
  }
}

export function writeSession(session: StaffSession | null): void {
  try {
    if (session) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
    else sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // storage blocked: the session lasts as long as the page
  }
}
