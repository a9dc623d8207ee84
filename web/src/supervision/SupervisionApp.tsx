import { useEffect } from 'react';
import { NotFoundPage } from '../app/NotFoundPage.tsx';
import { roleLabel } from '../shared/labels.ts';
import { SignInPage } from '../shared/SignInPage.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { navigate } from '../router/router.ts';
import { useSession } from '../session/SessionProvider.tsx';
import { Notice } from '../ui/messages.tsx';
import { Page } from '../ui/Page.tsx';
import { DashboardPage } from './DashboardPage.tsx';
import { ReadAuditPage } from './ReadAuditPage.tsx';
import { supervisionPaths } from './paths.ts';
import { StaffPasswordPage } from '../ui/StaffPasswordPage.tsx';

/** Where the sign-in leads: the address it was opened from (`?next=`), when that is in this area. */
function afterSignIn(): string {
  const next = new URLSearchParams(window.location.search).get('next');
  return next?.startsWith(supervisionPaths.root) && !next.startsWith(supervisionPaths.signIn) ? next : supervisionPaths.root;
}

/** The supervision area (/supervision): the staff sign-in shared with the back office, then the region's dashboard. */
export function SupervisionApp({ pathname }: { readonly pathname: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { staff, pending } = useSession();

  // Signed out: every address shows the sign-in, then comes back to where it was, filters included.
  useEffect(() => {
    // A render for an address already left must not redirect again (it would read the new address's query).
    if (window.location.pathname !== pathname || pending) return;
    if (!staff && pathname !== supervisionPaths.signIn) navigate(`${supervisionPaths.signIn}?next=${encodeURIComponent(pathname + window.location.search)}`, { replace: true });
    if (staff && pathname === supervisionPaths.signIn) navigate(afterSignIn(), { replace: true });
  }, [staff, pathname, pending]);

  if (!staff) {
    if (pending || pathname !== supervisionPaths.signIn) return <p>{t('app.loading')}</p>;
    return <SignInPage onSignedIn={() => window.location.pathname === supervisionPaths.signIn && navigate(afterSignIn(), { replace: true })} />;
  }
  if (pathname === supervisionPaths.signIn) return <p>{t('app.loading')}</p>;
  if (pathname === supervisionPaths.password) return <StaffPasswordPage />;
  const readAudit = pathname === supervisionPaths.readAudit;
  if (!readAudit && pathname !== supervisionPaths.root && pathname !== `${supervisionPaths.root}/`) return <NotFoundPage />;
  if (staff.role !== 'supervisor' && staff.role !== 'admin') {
    return (
      <Page title={t('supervision.title')}>
        <Notice text={t('supervision.notSupervisor', { role: roleLabel(i18n, staff.role) })} tone="warning" />
      </Page>
    );
  }
  return readAudit ? <ReadAuditPage staff={staff} /> : <DashboardPage staff={staff} />;
}
