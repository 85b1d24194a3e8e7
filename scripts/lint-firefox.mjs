#!/usr/bin/env node
/**
 * Mozilla's `web-ext lint` on the Firefox build (.output/firefox-mv2; `npm run build:firefox`
 * first). Fails on any error, and on any warning or notice except the `innerHTML` assignments
 * inside three bundled libraries, which the linter cannot tell from unsafe ones: Preact's
 * `dangerouslySetInnerHTML` support (our code never uses it), Readability restoring the
 * article it took from a DOMParser document, and DOMPurify's parsing fallback inside an inert
 * document. Each is recognised by the code around it, so a new innerHTML anywhere else fails.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = process.argv[2] ?? '.output/firefox-mv2';
const KNOWN_LIBRARY_INNER_HTML = [
  { library: 'preact (dangerouslySetInnerHTML)', around: /__html==\w+\.innerHTML\)\|\|\(\w+\.innerHTML=\w+\.__html\)/ },
  { library: '@mozilla/readability (restoring its own copy)', around: /_attempts\.push\(\{articleContent|_isSingleImage\(\w+\)\)\{var \w+=\w+\.createElement\("div"\);\w+\.innerHTML=\w+\.innerHTML/ },
  { library: 'dompurify (parsing fallback in an inert document)', around: /createDocument\(\w+,"template",null\);try\{\w+\.documentElement\.innerHTML=/ },
];

const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', DIR, '--no-config-discovery', '--output', 'json'], {
  encoding: 'utf8', env: { ...process.env, NO_UPDATE_NOTIFIER: '1' }, maxBuffer: 64 << 20,
});
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(`lint:firefox: web-ext lint gave no report (exit ${run.status}); is ${DIR} built? ${run.stderr.slice(0, 500)}`);
  process.exit(1);
}

/** The library a warning's code belongs to, when it is one of the known ones. */
function knownLibrary(m) {
  if (m.code !== 'UNSAFE_VAR_ASSIGNMENT' || !m.file || !m.line) return null;
  const line = readFileSync(join(DIR, m.file), 'utf8').split('\n')[m.line - 1] ?? '';
  const near = line.slice(Math.max(0, (m.column ?? 0) - 200), (m.column ?? 0) + 120);
  return KNOWN_LIBRARY_INNER_HTML.find((k) => k.around.test(near))?.library ?? null;
}

const problems = [];
const allowed = [];
for (const kind of ['errors', 'warnings', 'notices']) {
  for (const m of report[kind]) {
    const library = kind === 'errors' ? null : knownLibrary(m);
    const where = `${m.file ?? ''}${m.line ? `:${m.line}` : ''}`;
    if (library) allowed.push(`${m.code} ${where} (${library})`);
    else problems.push(`${kind.slice(0, -1)}: ${m.code} ${where} ${m.message}`);
  }
}
console.log(`lint:firefox: web-ext lint ${DIR}: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices`);
for (const a of allowed) console.log(`  known library code, allowed: ${a}`);
for (const p of problems) console.error(`  ${p}`);
console.log(problems.length ? `lint:firefox: ${problems.length} problem(s)` : 'lint:firefox: clean (no error; no warning outside the known library code)');
process.exit(problems.length ? 1 : 0);
