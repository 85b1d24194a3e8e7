/**
 * `npm run bench:ledger`: the ledger of four Government Work Reports (three consecutive pairs
 * of ../shared/corpus/gwr-history, read at run time, never copied) as the library builds it:
 * from stored extractions, with the three year-to-year diffs computed (nothing kept yet) and
 * the chains linked. Issue 17 asks for ≤ 1 s on this machine.
 *
 * CPU time of this process (user + system, steadier than wall time on a shared machine), per
 * run: the first run (cold: compromise, caches and JIT warming up, what the first ledger a user
 * opens costs) and the median of the warm ones, split into the diffs and the rest (linking,
 * plan changes). Prints a table, then one JSON line with every figure. No bar: figures to quote.
 * With --library, then the same four reports in the built extension's library in Chromium
 * (scripts/bench-ledger-library.ts: the page's main-thread CPU time to the ledger on screen).
 *   npm run bench:ledger [-- first-year] [-- --library]
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildLedger } from '../lib/chains/ledger';
import { extractFromBytes } from '../lib/cli/pipeline';
import { diff } from '../lib/diff/index';
import type { Extraction } from '../lib/extract/types';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CASES = join(ROOT, '../shared/corpus/gwr-history/cases');
const args = process.argv.slice(2);
const first = Number(args.find((a) => /^\d{4}$/.test(a)) ?? 2009);
const RUNS = 7;
const YEARS = [first, first + 1, first + 2, first + 3];

const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function reports(): Extraction[] {
  return YEARS.map((y) => {
    const file = join(CASES, String(y), 'input.txt');
    if (!existsSync(file)) throw new Error(`bench-ledger: ${file} is missing (the shared corpus beside the project)`);
    return extractFromBytes(readFileSync(file), { file }).extraction;
  });
}

/** One ledger: total CPU ms and the share spent in the diffs. */
function run(ex: Extraction[]) {
  let diffMs = 0;
  const judge = (a: Extraction, b: Extraction) => { const t = cpuMs(); const d = diff(a, b); diffMs += cpuMs() - t; return d; };
  const t0 = cpuMs();
  const ledger = buildLedger(ex, { diff: judge });
  const total = cpuMs() - t0;
  return { total, diffMs, rest: total - diffMs, chains: ledger.chains.length };
}

function main() {
  const ex = reports();
  const load = loadavg()[0];
  const runs = Array.from({ length: RUNS }, () => run(ex));
  const [cold, ...warm] = runs;
  const figures = {
    years: YEARS.join('-'), commitments: ex.map((e) => e.commitments.length), chains: cold.chains, load: Number(load.toFixed(1)),
    coldMs: Math.round(cold.total), coldDiffMs: Math.round(cold.diffMs), coldLinkMs: Math.round(cold.rest),
    warmMedianMs: Math.round(median(warm.map((r) => r.total))), warmDiffMs: Math.round(median(warm.map((r) => r.diffMs))),
    warmLinkMs: Math.round(median(warm.map((r) => r.rest))), warmMaxMs: Math.round(Math.max(...warm.map((r) => r.total))),
  };
  console.log(`ledger of Government Work Reports ${figures.years} (commitments ${figures.commitments.join('/')}, ${figures.chains} chains), load ${figures.load}`);
  console.log(`  CPU ms      total  diffs  linking+rest`);
  console.log(`  cold run   ${String(figures.coldMs).padStart(6)} ${String(figures.coldDiffMs).padStart(6)} ${String(figures.coldLinkMs).padStart(6)}`);
  console.log(`  warm median${String(figures.warmMedianMs).padStart(6)} ${String(figures.warmDiffMs).padStart(6)} ${String(figures.warmLinkMs).padStart(6)}  (max ${figures.warmMaxMs}, ${warm.length} runs)`);
  console.log(JSON.stringify(figures));
}

main();
// Chromium and the built extension only when asked for.
if (args.includes('--library')) await (await import('./bench-ledger-library')).benchLedgerLibrary();
