import { useEffect } from 'react';
import { NotFoundPage } from '../app/NotFoundPage.tsx';
import { SignInPage } from '../back-office/SignInPage.tsx';
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
export function DeskApp({ pathname }: { readonly pathname: string }) {
  const { staff } = useSession();
  const { t } = useI18n();

  useEffect(() => {
    if (!staff && pathname !== deskPaths.signIn) navigate(`${deskPaths.signIn}?next=${encodeURIComponent(pathname)}`, { replace: true });
    if (staff && pathname === deskPaths.signIn) navigate(deskPaths.queue, { replace: true });
  }, [staff, pathname]);

  if (!staff) {
    if (pathname !== deskPaths.signIn) return <p>{t('app.loading')}</p>;
    const next = new URLSearchParams(window.location.search).get('next');
    return <SignInPage onSignedIn={() => navigate(next?.startsWith(deskPaths.root) ? next : deskPaths.queue, { replace: true })} />;
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
