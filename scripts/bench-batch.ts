/**
 * `npm run bench:batch`: the batch and the CLI's start-up, side by side in one run.
 * - 500 reports (scripts/bench-batch-corpus.ts: variants of the samples, mixed zh/en, .txt
 *   and .html, some GBK) through `promise-ledger batch` with the default jobs, a whole CLI
 *   process timed from spawn to exit, against the same files read and extracted in one fresh
 *   process on one thread, each once, as a script over the library would (the loop alone is
 *   timed: no start-up, no writing). Bars: batch ≤ 1.0× the one-thread time and ≥ 150
 *   reports a second.
 * - One `promise-ledger extract` of a sample, wall time median, against `node -e 0`. Bars:
 *   ≤ 0.35 s and ≤ 4× node -e 0.
 * Runs alternate (one of each kind in turn), so a neighbour's load weighs on both sides alike.
 * Prints a table, then one JSON line with every figure.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInput } from '../lib/cli/input';
import { extractFromBytes } from '../lib/cli/pipeline';
import { writeBatchCorpus } from './bench-batch-corpus';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/promise-ledger.mjs');
const WORK = join(ROOT, 'bench-out/batch');
const CORPUS = join(WORK, 'reports');
const SAMPLE = join(ROOT, 'samples/qinghe-2023.zh.txt');
const BATCH_RUNS = 3;
const START_RUNS = 15;

/** Wall seconds of one process run to its end; throws when it fails. */
function timedRun(args: string[]): number {
  const started = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return seconds;
}

/** Every file of the corpus read and extracted in this process, one after another; seconds. */
async function readAll(files: string[]): Promise<number> {
  const started = performance.now();
  for (const path of files) {
    const { bytes, file, label } = await readInput(path);
    extractFromBytes(bytes, { file, label });
  }
  return (performance.now() - started) / 1000;
}

/** readAll in a fresh process (this script with --one-thread), as cold as the batch's own. */
function oneThread(): number {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/run-ts.mjs'), fileURLToPath(import.meta.url), '--one-thread'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`the one-thread run failed: ${r.stderr}`);
  return Number(r.stdout.trim());
}

function batchRun(jobs?: number): number {
  const out = join(WORK, 'out');
  rmSync(out, { recursive: true, force: true });
  return timedRun([BIN, 'batch', CORPUS, '--out', out, ...(jobs ? ['--jobs', String(jobs)] : [])]);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fixed = (x: number, digits = 2) => x.toFixed(digits);

async function main(): Promise<void> {
  const corpus = writeBatchCorpus(CORPUS, 500);
  const single: number[] = [];
  const batch: number[] = [];
  const batchOneJob: number[] = [];
  for (let i = 0; i < BATCH_RUNS; i++) {
    single.push(oneThread());
    batch.push(batchRun());
    batchOneJob.push(batchRun(1));
  }
  const extract: number[] = [];
  const nodeBare: number[] = [];
  for (let i = 0; i < START_RUNS; i++) {
    extract.push(timedRun([BIN, 'extract', SAMPLE]));
    nodeBare.push(timedRun(['-e', '0']));
  }
  const f = {
    reports: corpus.files, zh: corpus.zh, en: corpus.en, html: corpus.html, gbk: corpus.gbk, megabytes: corpus.bytes / 1e6,
    defaultJobs: availableParallelism(),
    oneThreadS: median(single), batchS: median(batch), batchOneJobS: median(batchOneJob),
    extractS: median(extract), nodeS: median(nodeBare),
  };
  const rate = f.reports / f.batchS;
  const verdict = (ok: boolean) => (ok ? 'ok' : 'BELOW THE BAR');
  const rows = [
    [`${f.reports} reports (${f.zh} zh, ${f.en} en; ${f.html} .html, ${f.gbk} GBK; ${fixed(f.megabytes, 1)} MB)`, 'seconds', 'reports/s'],
    ['one process, one thread (the reading loop alone, in a fresh process)', fixed(f.oneThreadS), fixed(f.reports / f.oneThreadS, 0)],
    [`batch, default jobs (${f.defaultJobs}), whole CLI process`, fixed(f.batchS), fixed(rate, 0)],
    ['batch --jobs 1, whole CLI process', fixed(f.batchOneJobS), fixed(f.reports / f.batchOneJobS, 0)],
    ['single CLI extract of a sample (median)', fixed(f.extractS, 3), ''],
    ['node -e 0 (median)', fixed(f.nodeS, 3), ''],
  ];
  for (const [what, a, b] of rows) console.log(`${what.padEnd(72)} ${a.padStart(8)} ${b.padStart(10)}`);
  console.log('');
  console.log(`batch / one thread: ${fixed(f.batchS / f.oneThreadS)}× (bar ≤ 1.0×): ${verdict(f.batchS <= f.oneThreadS)}`);
  console.log(`batch rate: ${fixed(rate, 0)} reports/s (bar ≥ 150): ${verdict(rate >= 150)}`);
  console.log(`extract: ${fixed(f.extractS, 3)} s (bar ≤ 0.35 s): ${verdict(f.extractS <= 0.35)}`);
  console.log(`extract / node -e 0: ${fixed(f.extractS / f.nodeS)}× (bar ≤ 4×): ${verdict(f.extractS <= 4 * f.nodeS)}`);
  console.log(JSON.stringify({ name: 'bench:batch', ...f, runs: { batch: BATCH_RUNS, start: START_RUNS } }));
}

if (process.argv.includes('--one-thread')) {
  console.log(await readAll(readdirSync(CORPUS).sort().map((name) => join(CORPUS, name))));
} else await main();
