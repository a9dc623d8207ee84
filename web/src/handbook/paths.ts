/** The addresses of the handbook area (public: no sign-in). */
export const handbookPaths = {
  root: '/handbook',
  compare: '/handbook/compare',
  versionPattern: '/handbook/versions/:regulationId',
  version: (regulationId: string) => `/handbook/versions/${encodeURIComponent(regulationId)}`,
  compareOf: (left: string, right: string) => `/handbook/compare?left=${encodeURIComponent(left)}&right=${encodeURIComponent(right)}`,
} as const;
