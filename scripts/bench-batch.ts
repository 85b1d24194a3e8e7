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
import { availableParallelism, loadavg } from 'node:os';
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

/**
 * Wall seconds of one process run to its end, and the CPU seconds it and its threads used
 * (bash's `time`): on a busy machine the CPU figure is the steadier one. Throws when it fails.
 */
function timedRun(args: string[]): { wall: number; cpu: number } {
  const started = performance.now();
  const script = 'TIMEFORMAT="cpu %U %S"; time "$@" >/dev/null';
  const r = spawnSync('bash', ['-c', script, 'bash', process.execPath, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const wall = (performance.now() - started) / 1000;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  const [, user, system] = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr) ?? ['', 'NaN', 'NaN'];
  return { wall, cpu: Number(user) + Number(system) };
}

/** Every file of the corpus read and extracted in this process, one after another; seconds. */
async function readAll(files: string[]): Promise<string> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (const path of files) {
    const { bytes, file, label } = await readInput(path);
    extractFromBytes(bytes, { file, label });
  }
  const used = process.cpuUsage(cpu);
  return `${(performance.now() - started) / 1000} ${(used.user + used.system) / 1e6}`;
}

/** readAll in a fresh process (this script with --one-thread), as cold as the batch's own: [wall, CPU] of the loop. */
function oneThread(): { wall: number; cpu: number } {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/run-ts.mjs'), fileURLToPath(import.meta.url), '--one-thread'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`the one-thread run failed: ${r.stderr}`);
  const [wall, cpu] = r.stdout.trim().split(' ').map(Number);
  return { wall, cpu };
}

function batchRun(jobs?: number): { wall: number; cpu: number } {
  const out = join(WORK, 'out');
  rmSync(out, { recursive: true, force: true });
  return timedRun([BIN, 'batch', CORPUS, '--out', out, ...(jobs ? ['--jobs', String(jobs)] : [])]);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
type Timed = { wall: number; cpu: number };
const medians = (runs: Timed[]): Timed => ({ wall: median(runs.map((r) => r.wall)), cpu: median(runs.map((r) => r.cpu)) });
const fixed = (x: number, digits = 2) => x.toFixed(digits);
const cells = (t: Timed, reports?: number) => [fixed(t.wall, reports ? 2 : 3), fixed(t.cpu, reports ? 2 : 3), reports ? fixed(reports / t.wall, 0) : ''];

async function main(): Promise<void> {
  const corpus = writeBatchCorpus(CORPUS, 500);
  const single: Timed[] = [];
  const batch: Timed[] = [];
  const batchOneJob: Timed[] = [];
  for (let i = 0; i < BATCH_RUNS; i++) {
    single.push(oneThread());
    batch.push(batchRun());
    batchOneJob.push(batchRun(1));
  }
  const extract: Timed[] = [];
  const nodeBare: Timed[] = [];
  for (let i = 0; i < START_RUNS; i++) {
    extract.push(timedRun([BIN, 'extract', SAMPLE]));
    nodeBare.push(timedRun(['-e', '0']));
  }
  const f = {
    reports: corpus.files, zh: corpus.zh, en: corpus.en, html: corpus.html, gbk: corpus.gbk, megabytes: corpus.bytes / 1e6,
    defaultJobs: availableParallelism(),
    oneThread: medians(single), batch: medians(batch), batchOneJob: medians(batchOneJob),
    extract: medians(extract), node: medians(nodeBare),
  };
  const { wall: oneThreadS } = f.oneThread;
  const { wall: batchS } = f.batch;
  const { wall: extractS } = f.extract;
  const { wall: nodeS } = f.node;
  const rate = f.reports / batchS;
  const verdict = (ok: boolean) => (ok ? 'ok' : 'BELOW THE BAR');
  const rows = [
    [`${f.reports} reports (${f.zh} zh, ${f.en} en; ${f.html} .html, ${f.gbk} GBK; ${fixed(f.megabytes, 1)} MB)`, 'wall s', 'CPU s', 'reports/s'],
    ['one process, one thread (the reading loop alone, in a fresh process)', ...cells(f.oneThread, f.reports)],
    [`batch, default jobs (${f.defaultJobs}), whole CLI process`, ...cells(f.batch, f.reports)],
    ['batch --jobs 1, whole CLI process', ...cells(f.batchOneJob, f.reports)],
    ['single CLI extract of a sample (median)', ...cells(f.extract)],
    ['node -e 0 (median)', ...cells(f.node)],
  ];
  for (const [what, a, b, c] of rows) console.log(`${what.padEnd(72)} ${a.padStart(7)} ${b.padStart(7)} ${c.padStart(10)}`);
  console.log('');
  console.log(`batch / one thread: ${fixed(batchS / oneThreadS)}× (bar ≤ 1.0×): ${verdict(batchS <= oneThreadS)}`);
  console.log(`batch rate: ${fixed(rate, 0)} reports/s (bar ≥ 150): ${verdict(rate >= 150)}`);
  console.log(`extract: ${fixed(extractS, 3)} s (bar ≤ 0.35 s): ${verdict(extractS <= 0.35)}`);
  console.log(`extract / node -e 0: ${fixed(extractS / nodeS)}× (bar ≤ 4×): ${verdict(extractS <= 4 * nodeS)}`);
  const load = loadavg()[0];
  if (load > availableParallelism()) console.log(`note: load average ${fixed(load, 1)} on ${availableParallelism()} cores while measuring: wall times are not this code's alone`);
  console.log(JSON.stringify({ name: 'bench:batch', ...f, runs: { batch: BATCH_RUNS, start: START_RUNS } }));
}

if (process.argv.includes('--one-thread')) {
  console.log(await readAll(readdirSync(CORPUS).sort().map((name) => join(CORPUS, name))));
} else await main();
