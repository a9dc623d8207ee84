import { useEffect, type ReactNode } from 'react';
import type { Staff } from '../api/types.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { navigate } from '../router/router.ts';
import { useSession } from '../session/SessionProvider.tsx';
import { SignInPage } from './SignInPage.tsx';

/** An area's addresses: where it starts, where its sign-in is, and where a sign-in without `?next=` leads. */
export interface AreaPaths {
  readonly root: string;
  readonly signIn: string;
  readonly home: string;
}

/** Where the sign-in leads: the address asked for (`next`), if it is in this area, else the area's start. */
function afterSignIn(paths: AreaPaths): string {
  const next = new URLSearchParams(window.location.search).get('next');
  return next?.startsWith(paths.root) && !next.startsWith(paths.signIn) ? next : paths.home;
}

/**
 * The staff areas' gate (back office, desk, supervision): signed out (or the session ended), every address of the
 * area shows the sign-in and then comes back to where it was, its query (?…) included; a new tab first waits for an
 * open tab's session. Signed in, the area's pages render.
 */
export function StaffArea({ pathname, paths, children }: { readonly pathname: string; readonly paths: AreaPaths; readonly children: (staff: Staff) => ReactNode }) {
  const { staff, pending } = useSession();
  const { t } = useI18n();

  useEffect(() => {
    // A render for an address already left must not redirect again (it would read the new address's query).
    if (pending || window.location.pathname !== pathname) return;
    if (!staff && pathname !== paths.signIn) navigate(`${paths.signIn}?next=${encodeURIComponent(pathname + window.location.search)}`, { replace: true });
    if (staff && pathname === paths.signIn) navigate(afterSignIn(paths), { replace: true });
  }, [staff, pathname, pending, paths]);

  if (!staff) {
    if (pending || pathname !== paths.signIn) return <p>{t('app.loading')}</p>;
    return <SignInPage onSignedIn={() => window.location.pathname === paths.signIn && navigate(afterSignIn(paths), { replace: true })} />;
  }
  if (pathname === paths.signIn) return <p>{t('app.loading')}</p>;
  return <>{children(staff)}</>;
}
