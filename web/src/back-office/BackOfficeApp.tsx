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
import { SignInPage } from '../shared/SignInPage.tsx';
import { StaffAccountsPage } from './StaffAccountsPage.tsx';
import { StaffPasswordPage } from '../ui/StaffPasswordPage.tsx';
import { RegulationImportsPage } from './publishing/RegulationImportsPage.tsx';
import { DraftReviewPage } from './publishing/DraftReviewPage.tsx';
import { ReceiptPage } from '../shared/print/ReceiptPage.tsx';

/**
 * The provider back office (/office): sign-in, the inbox per role, the head's signing queue, receiving, the incoming
 * journal, search, and the case with its step actions.
 */
/** Where the sign-in leads: the address asked for (`next`), if it is in this area, else the area's start. */
function afterSignIn(): string {
  const next = new URLSearchParams(window.location.search).get('next');
  return next?.startsWith(officePaths.root) && !next.startsWith(officePaths.signIn) ? next : officePaths.inbox;
}

export function BackOfficeApp({ pathname }: { readonly pathname: string }) {
  const { staff, pending } = useSession();
  const { t } = useI18n();

  // Signed out (or the session ended): every office address shows the sign-in, then comes back to where it was.
  // The deep link keeps its query (?…) through the sign-in; a new tab first waits for an open tab's session.
  useEffect(() => {
    // A render for an address already left must not redirect again (it would read the new address's query).
    if (pending || window.location.pathname !== pathname) return;
    if (!staff && pathname !== officePaths.signIn) navigate(`${officePaths.signIn}?next=${encodeURIComponent(pathname + window.location.search)}`, { replace: true });
    if (staff && pathname === officePaths.signIn) navigate(afterSignIn(), { replace: true });
  }, [staff, pathname, pending]);

  if (!staff) {
    if (pending || pathname !== officePaths.signIn) return <p>{t('app.loading')}</p>;
    return <SignInPage onSignedIn={() => window.location.pathname === officePaths.signIn && navigate(afterSignIn(), { replace: true })} />;
  }
  if (pathname === officePaths.inbox || pathname === `${officePaths.inbox}/`) return <InboxPage staff={staff} />;
  if (pathname === officePaths.receive) return <ReceivePage staff={staff} />;
  if (pathname === officePaths.journal) return <JournalPage />;
  if (pathname === officePaths.search) return <SearchPage />;
  if (pathname === officePaths.password) return <StaffPasswordPage />;
  if (pathname === officePaths.staffAccounts && staff.role === 'admin') return <StaffAccountsPage />;
  if (pathname === officePaths.regulationImports && staff.role === 'admin') return <RegulationImportsPage />;
  const draftMatch = staff.role === 'admin' ? matchPath(officePaths.regulationDraftPattern, pathname) : null;
  if (draftMatch?.draftId) return <DraftReviewPage key={draftMatch.draftId} draftId={draftMatch.draftId} />;
  if (pathname === officePaths.signingQueue) return <InboxPage key="signing" staff={staff} signingQueue />;
  const receiptMatch = matchPath(officePaths.receiptPattern, pathname);
  if (receiptMatch?.caseId) return <ReceiptPage caseId={receiptMatch.caseId} source="office" backHref={officePaths.case(receiptMatch.caseId)} />;
  const caseMatch = matchPath(officePaths.casePattern, pathname);
  if (caseMatch?.caseId) return <CasePage key={caseMatch.caseId} caseId={caseMatch.caseId} staff={staff} />;
  if (pathname === officePaths.signIn) return <p>{t('app.loading')}</p>;
  return <NotFoundPage />;
}
