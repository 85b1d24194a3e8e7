#!/usr/bin/env node
/**
 * Checks a built extension (default: .output/chrome-mv3 and .output/firefox-mv2, whichever
 * exist) for code that turns strings into code or loads code from elsewhere: eval(),
 * new Function / Function(), setTimeout/setInterval with a string, import() or
 * importScripts() of a URL, and <script src> pointing off the package. The manifest CSP
 * (script-src 'self') would refuse most of these at run time; this finds them at build time,
 * with file and context, so a dependency that starts to need them is noticed.
 *
 * Exceptions: none today. The near misses are DOMPurify's `x instanceof Function` checks (no
 * call) and the SVG attribute names in its allow-list, which the patterns do not match.
 *
 * Usage: node scripts/check-no-eval.mjs [dir…]  (exit 1 and a list when anything is found)
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** What counts as dynamic or remote code. The look-behinds keep obj.eval(), myFunction( out. */
const PATTERNS = [
  // Any bare `eval`: a call, or an indirect one such as (0, eval)(code).
  { name: 'eval', re: /(?<![.\w$])eval(?![\w$])/g },
  { name: 'new Function', re: /\bnew\s+Function\s*\(/g },
  { name: 'Function(', re: /(?<![.\w$])Function\s*\(/g },
  { name: 'string timer', re: /\bset(?:Timeout|Interval)\s*\(\s*["'`]/g },
  { name: 'remote import()', re: /\bimport\s*\(\s*["'`](?:https?:)?\/\//g },
  { name: 'importScripts(', re: /\bimportScripts\s*\(/g },
];
const REMOTE_SCRIPT = /<script[^>]*\ssrc\s*=\s*["']?(?:https?:)?\/\//gi;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(m?js|html)$/.test(name)) yield path;
  }
}

/** Every finding in `dir`: file, pattern and 40 characters either side. */
export function findDynamicCode(dir) {
  const found = [];
  for (const path of files(dir)) {
    const code = readFileSync(path, 'utf8');
    const patterns = path.endsWith('.html') ? [{ name: 'remote <script src>', re: REMOTE_SCRIPT }] : PATTERNS;
    for (const { name, re } of patterns) {
      for (const m of code.matchAll(re)) {
        found.push({ file: relative(root, path), name, context: code.slice(Math.max(0, m.index - 40), m.index + 40) });
      }
    }
  }
  return found;
}

function main() {
  const args = process.argv.slice(2);
  const dirs = args.length ? args : ['.output/chrome-mv3', '.output/firefox-mv2'].map((d) => join(root, d)).filter(existsSync);
  if (!dirs.length) {
    console.error('check-no-eval: nothing built; run npm run build (and build:firefox) first');
    process.exit(2);
  }
  let bad = 0;
  for (const dir of dirs) {
    const found = findDynamicCode(dir);
    bad += found.length;
    for (const f of found) console.error(`${f.file}: ${f.name}: …${f.context.replace(/\s+/g, ' ')}…`);
    console.log(`check-no-eval: ${relative(root, dir) || dir}: ${found.length ? `${found.length} finding(s)` : 'no eval, new Function, string timers or remote code'}`);
  }
  process.exit(bad ? 1 : 0);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
