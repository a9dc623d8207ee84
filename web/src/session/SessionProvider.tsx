import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { api, onApiUnauthenticated, setApiToken, unwrap } from '../api/client.ts';
import type { Staff } from '../api/types.ts';
import { clearAllDrafts } from '../shared/useDraft.ts';
import { announceSessionEnded, askOpenTabsForSession, readSession, shareSession, writeSession, type StaffSession } from './session-storage.ts';

/** Why the person is on the sign-in screen, shown there. */
export type SignedOutReason = 'signedOut' | 'expired' | null;

interface SessionContextValue {
  readonly staff: Staff | null;
  readonly signedOutReason: SignedOutReason;
  /** True while a new tab asks the open ones for their session: the staff areas wait before showing the sign-in. */
  readonly pending: boolean;
  signIn(login: string, password: string): Promise<Staff>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

function initialSession(): StaffSession | null {
  const session = readSession();
  setApiToken(session?.token ?? null);
  return session;
}

export function SessionProvider({ children }: { readonly children: ReactNode }) {
  const [session, setSession] = useState<StaffSession | null>(initialSession);
  const [signedOutReason, setSignedOutReason] = useState<SignedOutReason>(null);
  const [pending, setPending] = useState(() => session === null);
  const current = useRef(session);
  current.current = session;

  const replace = useCallback((next: StaffSession | null, reason: SignedOutReason) => {
    setApiToken(next?.token ?? null);
    writeSession(next);
    setSession(next);
    setSignedOutReason(reason);
    // Signed out or expired: the drafts go too, so the next person at the computer finds no one's forms.
    if (!next) clearAllDrafts();
  }, []);

  useEffect(
    () =>
      onApiUnauthenticated(() => {
        replace(null, 'expired');
        announceSessionEnded();
      }),
    [replace],
  );

  // A new tab without a session of its own takes the one of a tab already open.
  useEffect(() => {
    if (current.current) return;
    let live = true;
    void askOpenTabsForSession().then((shared) => {
      if (!live) return;
      if (shared && !current.current) replace(shared, null);
      setPending(false);
    });
    return () => {
      live = false;
    };
  }, [replace]);

  useEffect(() => shareSession(() => current.current, () => replace(null, 'expired')), [replace]);

  const signIn = useCallback(
    async (login: string, password: string) => {
      const result = await unwrap(api.POST('/api/auth/sign-in', { body: { login, password } }));
      replace({ token: result.token, expiresAt: result.expiresAt, staff: result.staff }, null);
      return result.staff;
    },
    [replace],
  );

  const signOut = useCallback(async () => {
    try {
      await unwrap(api.POST('/api/auth/sign-out'));
    } catch {
      // the session ends here whatever the server says
    }
    replace(null, 'signedOut');
    announceSessionEnded();
  }, [replace]);

  const value = useMemo(
    () => ({ staff: session?.staff ?? null, signedOutReason, pending: pending && session === null, signIn, signOut }),
    [session, signedOutReason, pending, signIn, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
