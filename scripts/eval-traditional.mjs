#!/usr/bin/env node
// Dev-only (`npm run eval:traditional`, also a step of `npm run eval`): how well the extractor
// and the diff read reports served in traditional script. Every development-set input and its
// gold under ../shared/corpus is converted to traditional characters with opencc-js
// (simplified → traditional, phrase level) into a temporary folder outside the project, then
// the originals and the copies are scored by the same scorer (../shared/tools/score.py) and
// the two columns printed side by side. Nothing of the corpus is kept: the folder is removed.
//
// Fails (exit 1) when a copy scores more than --gap (default 0.02) under its original on any
// measure. With --copies-only (the step of `npm run eval`) only the copies are scored, against
// the bars below (the originals' own bars in scripts/eval.mjs), in half the time.
// Usage: node scripts/eval-traditional.mjs [--gap 0.02] [--copies-only] [--keep] [--root DIR] [set-name words…]
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Converter } from 'opencc-js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = resolve(ROOT, '..', 'shared', 'corpus');
const SCORER = resolve(ROOT, '..', 'shared', 'tools', 'score.py');
// The CLI run directly (no npx lookup per case: this script runs it some thirty times).
const EXTRACT = 'node bin/promise-ledger.mjs extract {input} --format json';
const DIFF = 'node bin/promise-ledger.mjs diff {older} {newer} --format json';

const { values, positionals } = parseArgs({ allowPositionals: true, options: {
  gap: { type: 'string', default: '0.02' }, keep: { type: 'boolean', default: false }, root: { type: 'string' },
  'copies-only': { type: 'boolean', default: false },
} });
/** The checkout whose CLI is scored (--root: another build, e.g. main, for a before/after). */
const CLI_ROOT = values.root ? resolve(values.root) : ROOT;
const GAP = Number(values.gap);

/** The sets compared: a scorer mode, and its cases as paths relative to the corpus. */
const SETS = [
  { name: 'seeds', mode: 'extract', cmd: EXTRACT, cases: () => dirsUnder('seeds'),
    bars: 'headings=0.95,headings.depth=0.90,numbers=0.95,numbers.value=0.95,numbers.unit=0.90,commitments=0.85,problems=0.80,meta=0.90,detection=1.0' },
  { name: 'gwr-history', mode: 'extract', cmd: EXTRACT, cases: () => dirsUnder('gwr-history/cases'),
    bars: 'headings=0.96,headings.depth=0.92,roles=1.0,problems=0.99,meta=1.0,detection=1.0' },
  { name: 'targets gwr-history', mode: 'targets', cmd: DIFF, cases: () => filesUnder('gwr-history', /^targets-.*\.json$/),
    bars: 'targets.outcome=0.90,targets.actual=0.89' },
  { name: 'status gwr-history', mode: 'status', cmd: DIFF, cases: () => filesUnder('gwr-history', /^status-.*\.json$/),
    bars: 'status=0.97,status.found=1.0,unaddressed.p=0.90,evidence=0.85' },
  { name: 'targets gwr 2024→2025', mode: 'targets', cmd: DIFF, cases: () => filesUnder('gwr', /^targets-.*\.json$/),
    bars: 'targets.outcome=0.9,targets.actual=0.9' },
];
/** Measures printed (and held to the gap) when a set has them. */
const MEASURES = ['headings', 'headings.depth', 'roles', 'numbers', 'numbers.value', 'numbers.unit', 'commitments', 'problems', 'meta', 'detection',
  'targets.outcome', 'targets.actual', 'status', 'status.found', 'unaddressed.p', 'evidence'];

function dirsUnder(rel) {
  const dir = join(CORPUS, rel);
  return existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `${rel}/${d.name}/`).sort() : [];
}

function filesUnder(rel, pattern) {
  const dir = join(CORPUS, rel);
  return existsSync(dir) ? readdirSync(dir).filter((f) => pattern.test(f)).map((f) => `${rel}/${f}`).sort() : [];
}

/** Every string inside a JSON value, converted (paths and enums are ASCII: left as they are). */
function convertDeep(value, convert) {
  if (typeof value === 'string') return convert(value);
  if (Array.isArray(value)) return value.map((v) => convertDeep(v, convert));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convertDeep(v, convert)]));
  return value;
}

/** Writes the traditional copy of one corpus file (text or gold JSON) under `out`. */
function copyConverted(rel, out, convert) {
  const from = join(CORPUS, rel);
  const to = join(out, rel);
  mkdirSync(dirname(to), { recursive: true });
  const text = readFileSync(from, 'utf8');
  writeFileSync(to, rel.endsWith('.json') ? JSON.stringify(convertDeep(JSON.parse(text), convert), null, 1) : convert(text));
}

/** The files a case needs: a case folder's input and gold, or a pair gold and the two reports it names. */
function filesOf(rel) {
  if (rel.endsWith('/')) return readdirSync(join(CORPUS, rel)).filter((f) => /^(input\.(txt|html?)|expected\.json)$/.test(f)).map((f) => rel + f);
  const gold = JSON.parse(readFileSync(join(CORPUS, rel), 'utf8'));
  const base = dirname(rel);
  return [rel, join(base, gold.older), join(base, gold.newer)].map((p) => relative(CORPUS, join(CORPUS, p)));
}

/** Runs score.py on cases; resolves to its JSON scores. */
function score(set, root, cases) {
  return new Promise((done, fail) => {
    const args = [SCORER, set.mode, '--cmd', set.cmd, '--json', ...cases.map((c) => join(root, c))];
    const child = spawn('python3', args, { cwd: CLI_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.on('error', fail);
    child.on('close', (code) => {
      try { done(JSON.parse(out).scores ?? JSON.parse(out)); } catch { fail(new Error(`score.py ${set.mode} exited ${code}: ${out.slice(-300)}`)); }
    });
  });
}

async function main() {
  if (!existsSync(CORPUS) || !existsSync(SCORER)) {
    console.log(`eval-traditional: skipped: no corpus at ${CORPUS}`);
    return 0;
  }
  const convert = Converter({ from: 'cn', to: 't' });
  const out = mkdtempSync(join(tmpdir(), 'pl-traditional-'));
  try {
    // `eval-traditional.mjs history seeds` compares only the sets whose name contains a word.
    const chosen = positionals.length ? SETS.filter((s) => positionals.some((w) => s.name.includes(w))) : SETS;
    const sets = chosen.map((s) => ({ ...s, list: s.cases() })).filter((s) => s.list.length);
    const files = new Set(sets.flatMap((s) => s.list.flatMap(filesOf)));
    for (const f of files) copyConverted(f, out, convert);
    // Two at a time: the machine has two cores.
    const jobs = values['copies-only'] ? sets.map((s) => [s, out]) : sets.flatMap((s) => [[s, CORPUS], [s, out]]);
    const results = [];
    for (let i = 0; i < jobs.length; i += 2) results.push(...await Promise.all(jobs.slice(i, i + 2).map(([s, root]) => score(s, root, s.list))));
    return values['copies-only'] ? reportBars(sets, results) : report(sets, results);
  } finally {
    if (values.keep) console.log(`kept: ${out}`);
    else rmSync(out, { recursive: true, force: true });
  }
}

/** Prints the copies' scores; returns 1 when any is under its set's bar. */
function reportBars(sets, results) {
  const short = [];
  sets.forEach((s, i) => {
    const bars = Object.fromEntries(s.bars.split(',').map((kv) => kv.split('=')).map(([k, v]) => [k, Number(v)]));
    for (const m of MEASURES) {
      const value = results[i][m];
      if (value === undefined) continue;
      const low = bars[m] !== undefined && value < bars[m];
      if (low) short.push(`${s.name} ${m}=${value.toFixed(3)} < ${bars[m]}`);
      console.log(`${`${s.name} ${m}`.padEnd(36)} ${value.toFixed(3).padStart(11)}${bars[m] !== undefined ? `  (bar ${bars[m]})` : ''}${low ? '  ← under the bar' : ''}`);
    }
  });
  console.log(short.length ? `eval-traditional: FAIL: ${short.join('; ')}` : 'eval-traditional: every traditional copy meets its bars');
  return short.length ? 1 : 0;
}

/** Prints both columns; returns 1 when any copy is more than GAP under its original. */
function report(sets, results) {
  const short = [];
  console.log(`${'set / measure'.padEnd(36)} simplified  traditional`);
  sets.forEach((s, i) => {
    const [simplified, traditional] = [results[2 * i], results[2 * i + 1]];
    for (const m of MEASURES) {
      if (simplified[m] === undefined) continue;
      const gap = simplified[m] - (traditional[m] ?? 0);
      const flag = gap > GAP + 1e-9 ? '  ← more than the gap under' : '';
      if (flag) short.push(`${s.name} ${m}`);
      console.log(`${`${s.name} ${m}`.padEnd(36)} ${simplified[m].toFixed(3).padStart(10)}  ${(traditional[m] ?? 0).toFixed(3).padStart(11)}${flag}`);
    }
  });
  console.log(short.length ? `eval-traditional: FAIL: ${short.join('; ')} (gap > ${GAP})` : `eval-traditional: every measure within ${GAP} of the original`);
  return short.length ? 1 : 0;
}

process.exitCode = await main();
