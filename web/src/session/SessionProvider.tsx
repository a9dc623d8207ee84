import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, onApiUnauthenticated, setApiToken, unwrap } from '../api/client.ts';
import type { Staff } from '../api/types.ts';
import { readSession, writeSession, type StaffSession } from './session-storage.ts';

/** Why the person is on the sign-in screen, shown there. */
export type SignedOutReason = 'signedOut' | 'expired' | null;

interface SessionContextValue {
  readonly staff: Staff | null;
  readonly signedOutReason: SignedOutReason;
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

  const replace = useCallback((next: StaffSession | null, reason: SignedOutReason) => {
    setApiToken(next?.token ?? null);
    writeSession(next);
    setSession(next);
    setSignedOutReason(reason);
  }, []);

  useEffect(() => onApiUnauthenticated(() => replace(null, 'expired')), [replace]);

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
  }, [replace]);

  const value = useMemo(() => ({ staff: session?.staff ?? null, signedOutReason, signIn, signOut }), [session, signedOutReason, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
