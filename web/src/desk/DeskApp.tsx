import type { Staff } from '../api/types.ts';
import { NotFoundPage } from '../app/NotFoundPage.tsx';
import { StaffArea } from '../shared/StaffArea.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { matchPath } from '../router/router.ts';
import { Page } from '../ui/Page.tsx';
import { deskPaths } from './paths.ts';
import { PrintPage } from './PrintPage.tsx';
import { ReceiptPage } from '../shared/print/ReceiptPage.tsx';
import { QueuePage } from './QueuePage.tsx';
import { SubmissionsPage } from './SubmissionsPage.tsx';
import { VisitPage } from './VisitPage.tsx';
import { StaffPasswordPage } from '../ui/StaffPasswordPage.tsx';

const AREA = { root: deskPaths.root, signIn: deskPaths.signIn, home: deskPaths.queue };

/** The State Corporation operator desk (/desk): queue, the visitor's application, the branch's applications, print. */
export function DeskApp({ pathname }: { readonly pathname: string }) {
  return <StaffArea pathname={pathname} paths={AREA}>{(staff) => <DeskPages pathname={pathname} staff={staff} />}</StaffArea>;
}

function DeskPages({ pathname, staff }: { readonly pathname: string; readonly staff: Staff }) {
  const { t } = useI18n();

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
  return <NotFoundPage />;
}
