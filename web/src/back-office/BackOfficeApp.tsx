import type { Staff } from '../api/types.ts';
import { matchPath } from '../router/router.ts';
import { NotFoundPage } from '../app/NotFoundPage.tsx';
import { CasePage } from './case/CasePage.tsx';
import { InboxPage } from './InboxPage.tsx';
import { JournalPage } from './JournalPage.tsx';
import { SearchPage } from './SearchPage.tsx';
import { officePaths } from './paths.ts';
import { ReceivePage } from './ReceivePage.tsx';
import { StaffArea } from '../shared/StaffArea.tsx';
import { StaffAccountsPage } from './StaffAccountsPage.tsx';
import { StaffPasswordPage } from '../ui/StaffPasswordPage.tsx';
import { RegulationImportsPage } from './publishing/RegulationImportsPage.tsx';
import { DraftReviewPage } from './publishing/DraftReviewPage.tsx';
import { ReceiptPage } from '../shared/print/ReceiptPage.tsx';
import { JournalPrintPage } from '../shared/print/JournalPrintPage.tsx';
import { ResultForIssuePage } from '../shared/print/ResultForIssuePage.tsx';

const AREA = { root: officePaths.root, signIn: officePaths.signIn, home: officePaths.inbox };

/**
 * The provider back office (/office): sign-in, the inbox per role, the head's signing queue, receiving, the incoming
 * journal, search, and the case with its step actions.
 */
export function BackOfficeApp({ pathname }: { readonly pathname: string }) {
  return <StaffArea pathname={pathname} paths={AREA}>{(staff) => <OfficePages pathname={pathname} staff={staff} />}</StaffArea>;
}

function OfficePages({ pathname, staff }: { readonly pathname: string; readonly staff: Staff }) {
  if (pathname === officePaths.inbox || pathname === `${officePaths.inbox}/`) return <InboxPage staff={staff} />;
  if (pathname === officePaths.receive) return <ReceivePage staff={staff} />;
  if (pathname === officePaths.journal) return <JournalPage />;
  if (pathname === officePaths.journalPrintPattern) return <JournalPrintPage backHref={officePaths.journal} />;
  if (pathname === officePaths.search) return <SearchPage />;
  if (pathname === officePaths.password) return <StaffPasswordPage />;
  if (pathname === officePaths.staffAccounts && staff.role === 'admin') return <StaffAccountsPage />;
  if (pathname === officePaths.regulationImports && staff.role === 'admin') return <RegulationImportsPage />;
  const draftMatch = staff.role === 'admin' ? matchPath(officePaths.regulationDraftPattern, pathname) : null;
  if (draftMatch?.draftId) return <DraftReviewPage key={draftMatch.draftId} draftId={draftMatch.draftId} />;
  if (pathname === officePaths.signingQueue) return <InboxPage key="signing" staff={staff} signingQueue />;
  const receiptMatch = matchPath(officePaths.receiptPattern, pathname);
  if (receiptMatch?.caseId) return <ReceiptPage caseId={receiptMatch.caseId} source="office" backHref={officePaths.case(receiptMatch.caseId)} />;
  const resultMatch = matchPath(officePaths.resultForIssuePattern, pathname);
  if (resultMatch?.caseId) return <ResultForIssuePage caseId={resultMatch.caseId} backHref={officePaths.case(resultMatch.caseId)} />;
  const caseMatch = matchPath(officePaths.casePattern, pathname);
  if (caseMatch?.caseId) return <CasePage key={caseMatch.caseId} caseId={caseMatch.caseId} staff={staff} />;
  return <NotFoundPage />;
}
