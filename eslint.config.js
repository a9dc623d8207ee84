import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Take the clock as a parameter.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Take the clock as a parameter.' },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
