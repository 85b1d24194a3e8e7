#!/usr/bin/env node
// `npm run build:cli` (also run after `npm install`/`npm ci`): bundles the CLI's TypeScript into
// dist/cli/ so that `npx promise-ledger` starts without compiling anything. Packages stay
// external (loaded from node_modules); code splitting keeps what only some commands need
// (the diff and with it compromise, the batch's workers) in chunks loaded on demand.
// Writes dist/cli/manifest.json: the source files bundled, which bin/load-cli.mjs checks so
// that a bundle older than any of them is never run (the sources run instead).
//
// Usage: node scripts/build-cli.mjs [--outdir DIR] [--quiet]
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { outdir: { type: 'string' }, quiet: { type: 'boolean', default: false } } });
const outdir = resolve(values.outdir ?? join(ROOT, 'dist', 'cli'));

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  // Without esbuild the CLI still works from its sources (tsx), only slower to start.
  console.error('build:cli: esbuild is not installed; the CLI will run from its TypeScript sources');
  process.exit(0);
}

/** Entry points: the CLI, and the module a batch worker thread starts with. */
const ENTRIES = { 'promise-ledger': 'lib/cli/main.ts', 'batch-worker': 'lib/cli/batch-worker.ts' };

// Built beside the target and renamed over it: a CLI started during the build sees the old
// bundle or the new one, never half of one.
const temp = `${outdir}.${process.pid}.tmp`;
rmSync(temp, { recursive: true, force: true });
const started = performance.now();
// Sources changed after this instant make the bundle stale (bin/load-cli.mjs compares mtimes).
const builtAtMs = Date.now();
const result = await esbuild.build({
  absWorkingDir: ROOT,
  entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, path]) => [name, join(ROOT, path)])),
  outdir: temp,
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  metafile: true,
  logLevel: 'warning',
  legalComments: 'none',
});
const sources = Object.keys(result.metafile.inputs).map((p) => relative(ROOT, resolve(ROOT, p))).sort();
writeFileSync(join(temp, 'manifest.json'), `${JSON.stringify({ builtAtMs, entries: ENTRIES, sources }, null, 1)}\n`);
mkdirSync(dirname(outdir), { recursive: true });
rmSync(outdir, { recursive: true, force: true });
renameSync(temp, outdir);
if (!values.quiet) {
  console.error(`build:cli: ${sources.length} sources → ${relative(ROOT, outdir) || outdir} in ${Math.round(performance.now() - started)} ms`);
}
