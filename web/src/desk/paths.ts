/** The State Corporation desk's addresses (/desk). */
export const deskPaths = {
  root: '/desk',
  signIn: '/desk/sign-in',
  password: '/desk/password',
  queue: '/desk',
  visit: (ticketId: string) => `/desk/visits/${encodeURIComponent(ticketId)}`,
  visitPattern: '/desk/visits/:ticketId',
  submissions: '/desk/submissions',
  print: (caseId: string) => `/desk/submissions/${encodeURIComponent(caseId)}/print`,
  printPattern: '/desk/submissions/:caseId/print',
  receipt: (caseId: string) => `/desk/submissions/${encodeURIComponent(caseId)}/receipt`,
  receiptPattern: '/desk/submissions/:caseId/receipt',
} as const;
