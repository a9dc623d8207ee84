import type { Staff } from '../api/types.ts';

/**
 * The staff session lives in sessionStorage: it survives a reload of the tab but not closing it, so a shared office
 * computer keeps no session on disk once the browser's tabs are closed. A new tab (a case opened with "open in new
 * tab", issue #17) asks the tabs already open for it over a BroadcastChannel (same origin only) instead of asking
 * the person to sign in again; with no tab of the app open there is no one to answer and the sign-in shows.
 * localStorage was the other choice and was declined: it outlives the browser window on a shared computer. Against
 * XSS neither storage is safe, so the defence stays the strict CSP (test/web/csp.browser.test.ts) and the session's
 * short server-side lifetime; an HttpOnly cookie would need CSRF protection on every call, a larger change.
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

const CHANNEL = 'qyzmet.staffSession';

type SessionMessage = { readonly kind: 'ask' } | { readonly kind: 'session'; readonly session: StaffSession } | { readonly kind: 'ended' };

const channel: BroadcastChannel | null = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;

/**
 * Answers other tabs' requests with this tab's session, and follows a sign-out or expiry in another tab (`onEnded`).
 * Returns the unsubscribe function.
 */
export function shareSession(current: () => StaffSession | null, onEnded: () => void): () => void {
  if (!channel) return () => {};
  const listener = (event: MessageEvent<SessionMessage>) => {
    const session = current();
    if (event.data.kind === 'ask' && session) channel.postMessage({ kind: 'session', session } satisfies SessionMessage);
    if (event.data.kind === 'ended' && session) onEnded();
  };
  channel.addEventListener('message', listener);
  return () => channel.removeEventListener('message', listener);
}

/** Tells the other tabs the session ended (signed out or expired), so none of them still says "signed in". */
export function announceSessionEnded(): void {
  channel?.postMessage({ kind: 'ended' } satisfies SessionMessage);
}

/**
 * Asks the open tabs for their session; resolves with the first answer, or null after `waitMs` (a tab that is open
 * answers within a few milliseconds; the wait only bounds the case of no tab at all).
 */
export function askOpenTabsForSession(waitMs = 400): Promise<StaffSession | null> {
  const open = channel;
  if (!open) return Promise.resolve(null);
  return new Promise((resolve) => {
    const done = (session: StaffSession | null) => {
      clearTimeout(timer);
      open.removeEventListener('message', listener);
      resolve(session);
    };
    const listener = (event: MessageEvent<SessionMessage>) => {
      if (event.data.kind === 'session' && typeof event.data.session?.token === 'string') done(event.data.session);
    };
    const timer = setTimeout(() => done(null), waitMs);
    open.addEventListener('message', listener);
    open.postMessage({ kind: 'ask' } satisfies SessionMessage);
  });
}
