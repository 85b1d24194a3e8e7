/**
 * Builds the Chrome extension when .output/chrome-mv3 is missing or older than any source
 * file it is built from, so the end-to-end tests and the bench never measure a stale build.
 * E2E_SKIP_BUILD=1 skips the check when a build exists.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const SOURCES = ['entrypoints', 'components', 'lib', 'public', 'wxt.config.ts', 'package.json'];

function newest(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(path).map((f) => newest(join(path, f))));
}

/** Rebuilds .output/chrome-mv3 when a source is newer than its manifest; `log` says so first. */
export function ensureChromeBuild(log: (line: string) => void = (line) => console.log(line)): void {
  const manifest = join(root, '.output/chrome-mv3/manifest.json');
  if (process.env.E2E_SKIP_BUILD === '1' && existsSync(manifest)) return;
  const built = existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
  const changed = Math.max(...SOURCES.map((s) => join(root, s)).filter(existsSync).map(newest));
  if (changed <= built) return;
  log('building the Chrome extension (wxt build)…');
  execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}
