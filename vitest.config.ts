import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Generous: a test file's first speller compiles the spelling data from node_modules (5.6 s on an
    // idle machine here, 20 s in one test with the host busy, two thirds of the old 30 s limit; a run
    // under load once failed one test that was not kept, likely so). A test that hangs still fails.
    testTimeout: 120_000,
    reporters: ['default', './test/helpers/count-reporter.ts'],
  },
});
