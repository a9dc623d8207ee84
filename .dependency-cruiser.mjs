/**
 * The circular-import check of `npm run lint` (issue #19). ESLint's import-x/no-cycle skips type-only imports, so a
 * cycle made of `import type` would pass it; dependency-cruiser reads TypeScript before compilation
 * (tsPreCompilationDeps) and counts those imports too.
 */
export default {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules import each other in a ring: move the shared part into a module both import.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'route-groups-apart',
      severity: 'error',
      comment:
        'A route group imports another (issue #19): build-server.ts registers every group, and what groups share lives in src/http (route-kit.ts, schemas.ts, submitter.ts, submission-draft.ts).',
      from: { path: '^src/http/routes/([^/]+)/' },
      to: { path: '^src/http/routes/', pathNot: '^src/http/routes/$1/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '\\.d\\.ts$' },
  },
};
