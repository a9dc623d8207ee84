/** The addresses of the supervision area. */
export const supervisionPaths = {
  root: '/supervision',
  signIn: '/supervision/sign-in',
} as const;
