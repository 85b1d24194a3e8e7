import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// End-to-end tests: the built Chrome extension in Debian's Chromium (playwright-core),
// against pages served from 127.0.0.1. One browser, tests in order, one file at a time.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/global-setup.ts'],
    fileParallelism: false,
    sequence: { concurrent: false },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // expect.poll waits for the page to reach a state (highlights drawn after a reload, a
    // download written); its default of 1 s is a timing bet that a shared machine at load 10
    // loses. Waits are not speed checks: those are the benches' and the tests' own budgets.
    expect: { poll: { timeout: 10_000 } },
  },
});
