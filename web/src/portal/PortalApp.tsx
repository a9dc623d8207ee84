import { useCallback, useEffect, useState } from 'react';
import { unwrap } from '../api/client.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { MessageKey } from '../i18n/translate.ts';
import { Link } from '../router/Link.tsx';
import { matchPath, navigate } from '../router/router.ts';
import { clearAllDrafts } from '../shared/useDraft.ts';
import { Notice } from '../ui/messages.tsx';
import { PasswordChangePage } from '../ui/PasswordChangePage.tsx';
import { ApplyPage } from './ApplyPage.tsx';
import { CabinetPage } from './CabinetPage.tsx';
import { CasePage } from './CasePage.tsx';
import { CatalogPage } from './CatalogPage.tsx';
import { NotificationsPage } from './NotificationsPage.tsx';
import { portalApi, readPortalSession, setPortalUnauthenticatedHandler, writePortalSession, type CitizenSession } from './portal-api.ts';
import { PortalSignInPage } from './PortalSignInPage.tsx';
import { SignUpPage } from './SignUpPage.tsx';

/** The citizen portal (issue #7): sign-up/sign-in (password or EDS), catalog, application, cabinet. */
export function PortalApp({ pathname }: { readonly pathname: string }) {
  const { t } = useI18n();
  const [session, setSession] = useState<CitizenSession | null>(() => readPortalSession());
  const [expired, setExpired] = useState(false);
  // Signing in on a deep link (/portal/cases/…, /portal/apply/…) stays there; only the portal's front pages lead to
  // the cabinet. Signing out clears the session and every form draft of the tab.
  const signedIn = useCallback((next: CitizenSession | null) => {
    writePortalSession(next);
    setSession(next);
    setExpired(false);
    if (!next) clearAllDrafts();
    const here = window.location.pathname;
    navigate(next ? (here === '/portal' || here === '/portal/' || here === '/portal/sign-up' ? '/portal/cabinet' : here + window.location.search) : '/portal');
  }, []);
  useEffect(() => {
    setPortalUnauthenticatedHandler(() => {
      writePortalSession(null);
      setSession(null);
      setExpired(true);
    });
    return () => setPortalUnauthenticatedHandler(() => {});
  }, []);

  if (pathname === '/portal/sign-up') return <SignUpPage onSignedIn={signedIn} />;
  if (!session) {
    return (
      <>
        {expired ? <Notice tone="warning" text={t('session.expired')} /> : null}
        <PortalSignInPage onSignedIn={signedIn} />
      </>
    );
  }
  const apply = matchPath('/portal/apply/:regulationId', pathname);
  const oneCase = matchPath('/portal/cases/:caseId', pathname);
  return (
    <div className="portal">
      <PortalNav session={session} onSignOut={() => signedIn(null)} />
      {apply ? (
        <ApplyPage regulationId={apply.regulationId!} session={session} />
      ) : oneCase ? (
        <CasePage caseId={oneCase.caseId!} />
      ) : pathname === '/portal/catalog' ? (
        <CatalogPage />
      ) : pathname === '/portal/notifications' ? (
        <NotificationsPage />
      ) : pathname === '/portal/password' ? (
        <PasswordChangePage submit={async (currentPassword, newPassword) => void (await unwrap(portalApi.POST('/api/portal/password', { body: { currentPassword, newPassword } })))} />
      ) : (
        <CabinetPage />
      )}
    </div>
  );
}

/** The portal's pages in its menu, in order. */
const NAV: readonly (readonly [string, MessageKey])[] = [
  ['/portal/cabinet', 'portal.nav.cabinet'],
  ['/portal/catalog', 'portal.nav.catalog'],
  ['/portal/notifications', 'portal.nav.notifications'],
  ['/portal/password', 'identity.password.navLink'],
];

function PortalNav({ session, onSignOut }: { readonly session: CitizenSession; readonly onSignOut: () => void }) {
  const { t } = useI18n();
  return (
    <nav className="portal-nav" aria-label={t('portal.nav.label')}>
      <p>{t('portal.nav.signedInAs', { name: session.citizen.fullName })}</p>
      <ul>
        {NAV.map(([href, key]) => (
          <li key={href}>
            <Link href={href}>{t(key)}</Link>
          </li>
        ))}
        <li>
          <button
            type="button"
            className="button-secondary"
            onClick={() => {
              void portalApi.POST('/api/portal/sign-out').catch(() => undefined);
              onSignOut();
            }}
          >
            {t('portal.nav.signOut')}
          </button>
        </li>
      </ul>
    </nav>
  );
}
