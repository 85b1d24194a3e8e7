import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit and golden tests run in Node by default (lib/ is pure); files that need a DOM say
// `// @vitest-environment happy-dom`. End-to-end tests have their own configs (test/e2e, test/firefox).
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'test/firefox/**', 'node_modules/**'],
    environment: 'node',
    // Tests assert behaviour, not speed (benchmarks measure that): a shared, loaded machine
    // must not fail a test that renders 450 items in happy-dom past the default 5 s.
    testTimeout: 30_000,
  },
});
