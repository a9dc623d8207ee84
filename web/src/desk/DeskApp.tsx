import { useEffect } from 'react';
import { NotFoundPage } from '../app/NotFoundPage.tsx';
import { SignInPage } from '../shared/SignInPage.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { matchPath, navigate } from '../router/router.ts';
import { useSession } from '../session/SessionProvider.tsx';
import { Page } from '../ui/Page.tsx';
import { deskPaths } from './paths.ts';
import { PrintPage } from './PrintPage.tsx';
import { ReceiptPage } from '../shared/print/ReceiptPage.tsx';
import { QueuePage } from './QueuePage.tsx';
import { SubmissionsPage } from './SubmissionsPage.tsx';
import { VisitPage } from './VisitPage.tsx';
import { StaffPasswordPage } from '../ui/StaffPasswordPage.tsx';

/** The State Corporation operator desk (/desk): queue, the visitor's application, the branch's applications, print. */
/** Where the sign-in leads: the address asked for (`next`), if it is in this area, else the area's start. */
function afterSignIn(): string {
  const next = new URLSearchParams(window.location.search).get('next');
  return next?.startsWith(deskPaths.root) && !next.startsWith(deskPaths.signIn) ? next : deskPaths.queue;
}

export function DeskApp({ pathname }: { readonly pathname: string }) {
  const { staff, pending } = useSession();
  const { t } = useI18n();

  // The deep link keeps its query (?…) through the sign-in; a new tab first waits for an open tab's session.
  useEffect(() => {
    // A render for an address already left must not redirect again (it would read the new address's query).
    if (pending || window.location.pathname !== pathname) return;
    if (!staff && pathname !== deskPaths.signIn) navigate(`${deskPaths.signIn}?next=${encodeURIComponent(pathname + window.location.search)}`, { replace: true });
    if (staff && pathname === deskPaths.signIn) navigate(afterSignIn(), { replace: true });
  }, [staff, pathname, pending]);

  if (!staff) {
    if (pending || pathname !== deskPaths.signIn) return <p>{t('app.loading')}</p>;
    return <SignInPage onSignedIn={() => window.location.pathname === deskPaths.signIn && navigate(afterSignIn(), { replace: true })} />;
  }
  if (staff.role !== 'scOperator') {
    return (
      <Page title={t('desk.area')}>
        <p>{t('desk.notOperator')}</p>
      </Page>
    );
  }
  if (pathname === deskPaths.queue || pathname === `${deskPaths.queue}/`) return <QueuePage />;
  if (pathname === deskPaths.submissions) return <SubmissionsPage />;
  if (pathname === deskPaths.password) return <StaffPasswordPage />;
  const visit = matchPath(deskPaths.visitPattern, pathname);
  if (visit?.ticketId) return <VisitPage key={visit.ticketId} ticketId={visit.ticketId} staff={staff} />;
  const receipt = matchPath(deskPaths.receiptPattern, pathname);
  if (receipt?.caseId) return <ReceiptPage key={receipt.caseId} caseId={receipt.caseId} source="desk" backHref={deskPaths.submissions} />;
  const print = matchPath(deskPaths.printPattern, pathname);
  if (print?.caseId) return <PrintPage key={print.caseId} caseId={print.caseId} />;
  if (pathname === deskPaths.signIn) return <p>{t('app.loading')}</p>;
  return <NotFoundPage />;
}
