/** The addresses of the supervision area. */
export const supervisionPaths = {
  root: '/supervision',
  signIn: '/supervision/sign-in',
  password: '/supervision/password',
} as const;
