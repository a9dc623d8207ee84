/** The back office's addresses; the portal (/portal) and the State Corporation desk (/desk) get their own. */
export const officePaths = {
  root: '/office',
  signIn: '/office/sign-in',
  password: '/office/password',
  staffAccounts: '/office/staff',
  inbox: '/office',
  receive: '/office/receive',
  journal: '/office/journal',
  search: '/office/search',
  signingQueue: '/office/signing',
  case: (caseId: string) => `/office/cases/${encodeURIComponent(caseId)}`,
  casePattern: '/office/cases/:caseId',
  regulationImports: '/office/regulations',
  regulationDraft: (draftId: string) => `/office/regulations/drafts/${encodeURIComponent(draftId)}`,
  regulationDraftPattern: '/office/regulations/drafts/:draftId',
  receipt: (caseId: string) => `/office/cases/${encodeURIComponent(caseId)}/receipt`,
  receiptPattern: '/office/cases/:caseId/receipt',
} as const;
