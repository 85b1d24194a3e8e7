/**
 * Fails early with the fix when Chromium is missing, and builds the Chrome extension when
 * its build is missing or stale (scripts/ensure-build.mjs; E2E_SKIP_BUILD=1 skips that).
 */
import { existsSync } from 'node:fs';
import { ensureChromeBuild } from '../../scripts/ensure-build';

export default function setup(): void {
  if (!existsSync('/usr/bin/chromium')) {
    throw new Error('e2e: /usr/bin/chromium is missing; install it with `apt-get update && apt-get install -y chromium` (as root)');
  }
  ensureChromeBuild((line) => console.log(`e2e: ${line}`));
}
