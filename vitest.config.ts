import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Builds the web app once for the browser tests (see the file for why).
    globalSetup: ['test/support/build-web-once.ts'],
    // PGlite instances are memory-heavy; two workers fit the 2-core machine.
    maxWorkers: 2,
    // A guard against hangs, not a performance check: generous because CI machines can be busy.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
