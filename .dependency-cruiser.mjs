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
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '\\.d\\.ts$' },
  },
};
