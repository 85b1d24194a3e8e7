import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The Firefox build in Debian's firefox-esr, headless, over WebDriver BiDi (puppeteer-core).
// Separate from the Chromium e2e run: it needs /usr/bin/firefox-esr and `npm run build:firefox`.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/firefox/**/*.firefox.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
