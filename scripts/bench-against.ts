/**
 * `npm run bench:against -- <other checkout>`: extraction of the Chinese and English
 * Government Work Reports by this checkout and another one (an older commit in a git
 * worktree), interleaved in one process so both see the same machine load. Prints CPU time
 * (user + system) per extraction, minimum and median, and this/other ratios: on a shared,
 * loaded machine wall time says more about the neighbours than about the code.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const RUNS = 60;
const WARMUP = 10;
const here = resolve(fileURLToPath(new URL('..', import.meta.url)));
const other = process.argv[2] ? resolve(process.argv[2]) : '';
if (!other || !existsSync(resolve(other, 'lib/extract/index.ts'))) {
  console.error('usage: npm run bench:against -- <path of another checkout of this project>');
  process.exit(2);
}
const gwr = resolve(here, '..', 'shared', 'corpus', 'gwr');
const load = (root: string) => import(pathToFileURL(resolve(root, 'lib/extract/index.ts')).href);
const [mine, theirs] = await Promise.all([load(here), load(other)]);

function cpuMs(fn: () => unknown): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

for (const lang of ['zh', 'en']) {
  const file = resolve(gwr, `2025.${lang}.txt`);
  if (!existsSync(file)) { console.log(JSON.stringify({ name: `extract:gwr-${lang}`, skipped: 'needs ../shared/corpus/gwr' })); continue; }
  const text = readFileSync(file, 'utf8');
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < RUNS + WARMUP; i++) {
    [mine, theirs].forEach((m, k) => { const ms = cpuMs(() => m.extractText(text, { sha256: 'bench' })); if (i >= WARMUP) times[k].push(ms); });
  }
  const [a, b] = times.map((t) => t.sort((x, y) => x - y));
  const med = (t: number[]) => t[t.length >> 1];
  const round = (x: number) => Math.round(x * 100) / 100;
  console.log(JSON.stringify({
    name: `extract:gwr-${lang}`, chars: text.length, runs: RUNS,
    thisMinMs: round(a[0]), thisMedianMs: round(med(a)), otherMinMs: round(b[0]), otherMedianMs: round(med(b)),
    ratioMin: round(a[0] / b[0]), ratioMedian: round(med(a) / med(b)),
  }));
}
