// Loads the CLI's modules: the prebuilt bundle (dist/cli, `npm run build:cli`, run after every
// `npm install`/`npm ci`) when it is at least as new as every source file it was built from,
// else the TypeScript sources through tsx (development: an edited file is used at once, never
// a stale bundle). PROMISE_LEDGER_SOURCES=1 forces the sources.
import { readFileSync, statSync } from 'node:fs';

const ROOT = new URL('../', import.meta.url);
const BUNDLE_DIR = new URL('dist/cli/', ROOT);
const SOURCES = { 'promise-ledger': 'lib/cli/main.ts', 'batch-worker': 'lib/cli/batch-worker.ts' };

/**
 * The entry module for `name` ('promise-ledger' or 'batch-worker') and whether it is
 * TypeScript (needs tsx). `sources: true` forces the sources (a worker follows its main thread).
 */
export function cliModule(name, { sources = false } = {}) {
  const manifest = sources ? null : freshManifest();
  if (manifest?.entries?.[name]) return { url: new URL(`${name}.mjs`, BUNDLE_DIR).href, typescript: false };
  return { url: new URL(SOURCES[name], ROOT).href, typescript: true };
}

/** Imports a module cliModule chose, registering tsx first when it is TypeScript. */
export async function importModule({ url, typescript }) {
  if (typescript) (await import('tsx/esm/api')).register();
  return import(url);
}

export const importCli = (name, options) => importModule(cliModule(name, options));

/** The bundle's manifest when every source it lists is unchanged since the build; else null. */
function freshManifest() {
  if (process.env.PROMISE_LEDGER_SOURCES === '1') return null;
  try {
    const manifest = JSON.parse(readFileSync(new URL('manifest.json', BUNDLE_DIR), 'utf8'));
    // About a hundred stats: well under a millisecond, against seconds for compiling with tsx.
    const stale = manifest.sources.some((path) => statSync(new URL(path, ROOT)).mtimeMs > manifest.builtAtMs);
    return stale ? null : manifest;
  } catch {
    return null; // no bundle (never built, or a source was deleted): run the sources
  }
}
