/** The addresses of the supervision area. */
export const supervisionPaths = {
  root: '/supervision',
  signIn: '/supervision/sign-in',
  readAudit: '/supervision/read-audit',
} as const;
