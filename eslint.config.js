import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';

/**
 * Raw SQL belongs to the stores under src/adapters (issue #19): a string or template handed to the database port's
 * execute/exec/query, or Kysely's `sql` tag, anywhere else is refused. Application code calls a store.
 */
const rawSqlSelectors = [
  {
    selector: "CallExpression[callee.property.name=/^(execute|exec|query)$/][arguments.0.type='TemplateLiteral']",
    message: 'Raw SQL lives in a store under src/adapters/db: call the store.',
  },
  {
    selector: "CallExpression[callee.property.name=/^(execute|exec|query)$/][arguments.0.type='Literal'][arguments.0.value=/^\\s*(SELECT|INSERT|UPDATE|DELETE|WITH|CREATE|ALTER|DROP|LOCK|SET|TRUNCATE)\\b/i]",
    message: 'Raw SQL lives in a store under src/adapters/db: call the store.',
  },
  { selector: "TaggedTemplateExpression[tag.name='sql']", message: 'Raw SQL lives in a store under src/adapters/db.' },
];
const clockSelectors = [
  { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Take the clock as a parameter.' },
  { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Take the clock as a parameter.' },
];
const queryBuilderImports = {
  group: ['kysely', '**/query-builder.ts'],
  message: 'Queries are built in the stores under src/adapters.',
};

/** The layer rules (ARCHITECTURE.md "Layers"); exported so test/architecture proves each one fails. */
export const layerZones = [
  { target: './src/core', from: './src', except: ['./core'], message: 'src/core imports nothing outside the core.' },
  { target: './src/application', from: ['./src/http', './src/composition', './src/cli'], message: 'Use cases do not know HTTP, the composition or the CLI.' },
  {
    target: './src/http',
    from: ['./src/adapters', './src/composition', './src/cli', './src/config'],
    message: 'src/http imports only src/application and src/core: reach a store through a use case or the app context.',
  },
  { target: './src/adapters', from: ['./src/http', './src/composition', './src/cli'], message: 'Adapters do not know HTTP, the composition or the CLI.' },
];

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', 'dist/**', 'web/dist/**', 'bench/results/**', 'test-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Layer boundaries (issue #19; ARCHITECTURE.md "Layers"). Import cycles, type-only ones included, are
    // dependency-cruiser's part of `npm run lint` (.dependency-cruiser.mjs): import-x/no-cycle skips `import type`.
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.json'] })] },
    rules: { 'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: layerZones }] },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/adapters/**'],
    rules: {
      'no-restricted-syntax': ['error', ...rawSqlSelectors],
      'no-restricted-imports': ['error', { patterns: [queryBuilderImports] }],
    },
  },
  {
    // The pure core does no I/O and never reads the clock: time comes in as a parameter (ARCHITECTURE.md).
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:fs*', 'fs', 'fs/*', 'node:net', 'node:http*', 'pg', '@electric-sql/*', 'fastify*', '@fastify/*', 'kysely'], message: 'src/core is pure: no I/O.' },
            { group: ['**/adapters/**', '**/application/**', '**/http/**', '**/composition/**'], message: 'src/core must not depend on outer layers.' },
          ],
        },
      ],
      'no-restricted-syntax': ['error', ...clockSelectors, ...rawSqlSelectors],
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    // useLoad and usePagedList take a load function and its deps as useCallback does: the rule checks its call sites the same way.
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': ['error', { additionalHooks: '^(useLoad|usePagedList)$' }] },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // A browser walk waits only for what its own action produced (an element it made appear, answersTo() of the
    // requests it caused). 'networkidle' resolves at once in a single-page app that went idle before, and a fixed
    // wait is a sleep: both made walks pass here and fail in CI.
    files: ['test/**/*.browser.test.ts', 'test/web/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "Literal[value='networkidle']", message: 'networkidle is no wait in a single-page app: wait for what your action produced (answersTo, an element).' },
        { selector: "CallExpression[callee.property.name='waitForTimeout']", message: 'No sleeps in walks: wait for what your action produced.' },
      ],
    },
  },
);
