/** The addresses of the supervision area. */
export const supervisionPaths = {
  root: '/supervision',
  signIn: '/supervision/sign-in',
  password: '/supervision/password',
  readAudit: '/supervision/read-audit',
} as const;
