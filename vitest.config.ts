import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // PGlite instances are memory-heavy; two workers fit the 2-core machine.
    maxWorkers: 2,
    // A guard against hangs, not a performance check: generous because CI machines can be busy.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
