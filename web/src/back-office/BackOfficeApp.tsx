import { useEffect } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { matchPath, navigate } from '../router/router.ts';
import { useSession } from '../session/SessionProvider.tsx';
import { NotFoundPage } from '../app/NotFoundPage.tsx';
import { CasePage } from './case/CasePage.tsx';
import { InboxPage } from './InboxPage.tsx';
import { JournalPage } from './JournalPage.tsx';
import { SearchPage } from './SearchPage.tsx';
import { officePaths } from './paths.ts';
import { ReceivePage } from './ReceivePage.tsx';
import { SignInPage } from './SignInPage.tsx';
import { StaffAccountsPage } from './StaffAccountsPage.tsx';
import { StaffPasswordPage } from '../ui/StaffPasswordPage.tsx';
import { ReceiptPage } from '../shared/print/ReceiptPage.tsx';

/**
 * The provider back office (/office): sign-in, the inbox per role, the head's signing queue, receiving, the incoming
 * journal, search, and the case with its step actions.
 */
export function BackOfficeApp({ pathname }: { readonly pathname: string }) {
  const { staff } = useSession();
  const { t } = useI18n();

  // Signed out (or the session ended): every office address shows the sign-in, then comes back to where it was.
  useEffect(() => {
    if (!staff && pathname !== officePaths.signIn) navigate(`${officePaths.signIn}?next=${encodeURIComponent(pathname)}`, { replace: true });
    if (staff && pathname === officePaths.signIn) navigate(officePaths.inbox, { replace: true });
  }, [staff, pathname]);

  if (!staff) {
    if (pathname !== officePaths.signIn) return <p>{t('app.loading')}</p>;
    const next = new URLSearchParams(window.location.search).get('next');
    return <SignInPage onSignedIn={() => navigate(next?.startsWith(officePaths.root) ? next : officePaths.inbox, { replace: true })} />;
  }
  if (pathname === officePaths.inbox || pathname === `${officePaths.inbox}/`) return <InboxPage staff={staff} />;
  if (pathname === officePaths.receive) return <ReceivePage staff={staff} />;
  if (pathname === officePaths.journal) return <JournalPage />;
  if (pathname === officePaths.search) return <SearchPage />;
  if (pathname === officePaths.password) return <StaffPasswordPage />;
  if (pathname === officePaths.staffAccounts && staff.role === 'admin') return <StaffAccountsPage />;
  if (pathname === officePaths.signingQueue) return <InboxPage key="signing" staff={staff} signingQueue />;
  const receiptMatch = matchPath(officePaths.receiptPattern, pathname);
  if (receiptMatch?.caseId) return <ReceiptPage caseId={receiptMatch.caseId} source="office" backHref={officePaths.case(receiptMatch.caseId)} />;
  const caseMatch = matchPath(officePaths.casePattern, pathname);
  if (caseMatch?.caseId) return <CasePage key={caseMatch.caseId} caseId={caseMatch.caseId} staff={staff} />;
  if (pathname === officePaths.signIn) return <p>{t('app.loading')}</p>;
  return <NotFoundPage />;
}
