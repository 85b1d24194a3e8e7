/**
 * `npm run bench:library -- --real` (issue 18): one library grown to 500, 2,000 and 5,000
 * real-size snapshots (the texts of ../shared/corpus, read at run time and varied in the page:
 * bench-library-real-seed.ts). At each size it prints the time to add, the bytes on disk per
 * snapshot and against the text's characters, the first page, and four searches (a common
 * word, a rare phrase made of common pairs, a rare word, a word found only in notes), each
 * with the results shown and the true count; then the library page's memory after the
 * searches. Fails when a page shows fewer results than exist, and at 5,000 over a target.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import setup from '../test/e2e/global-setup';
import { launch, openExtensionPage } from '../test/e2e/harness';
import { clearSearch, firstPage, line, median, profiled, round, searchOnce, seedBundle, stats } from './bench-library-page';
import { nextBundle, setup as setupData, trueCounts } from './bench-library-real-data';

const SIZES = (process.env.BENCH_SIZES ?? '500,2000,5000').split(',').map(Number);
/** Snapshots per import (one transaction), handed to the page PART at a time. */
const BATCH = 500;
const PART = 125;
const LOADS = 5;
const RUNS = 5;
/** Pages saved one at a time after each import (their time quoted: a save updates the whole index). */
const SAVES = 5;
/** Common word, rare phrase of common pairs, rare word ('rare': chosen in the page), note word. */
const QUERIES = ['法治', '着力推进行政', 'rare', '核账备忘'];
const TARGET = { searchMs: 300, diskPerChar: 4, addSeconds: 180, memoryMb: 400 };
const CORPUS = process.env.CORPUS_DIR ?? fileURLToPath(new URL('../../shared/corpus', import.meta.url));

/** Every report text of the corpus (inputs of the cases and the GWR texts), read now. */
function corpusTexts(dir = CORPUS): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...corpusTexts(path));
    else if (name.endsWith('.txt')) out.push(readFileSync(path, 'utf8'));
  }
  return out;
}

function duBytes(path: string): number {
  let n = 0;
  for (const name of readdirSync(path)) {
    const p = join(path, name);
    const s = statSync(p);
    n += s.isDirectory() ? duBytes(p) : s.size;
  }
  return n;
}

/** Bytes of the extension's IndexedDB (LevelDB files and blob files) in the profile. */
function diskBytes(profile: string, extId: string): number {
  const dir = join(profile, 'Default', 'IndexedDB');
  return readdirSync(dir).filter((n) => n.startsWith(`chrome-extension_${extId}_`)).reduce((sum, n) => sum + duBytes(join(dir, n)), 0);
}

/** Resident memory (MB) of the extension's renderer process(es) of this profile. */
function rendererMb(profile: string): number {
  let kb = 0;
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    let cmd = '';
    try { cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8'); } catch { continue; }
    if (!cmd.includes(profile) || !cmd.includes('--extension-process')) continue;
    const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    kb += m ? Number(m[1]) : 0;
  }
  return round(kb / 1024);
}

/** One query `RUNS` times through the page; the results shown and the pager's count after the last. */
async function search(page: Page, q: string, truth: number, size: number): Promise<{ ok: boolean; medianMs: number }> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await clearSearch(page);
    times.push(await searchOnce(page, q));
  }
  if (process.env.BENCH_PROFILE) {
    // One more run under the profiler, outside the timed ones (the profiler slows the page).
    await clearSearch(page);
    await profiled(page, `search-${size}-${q}`, () => searchOnce(page, q));
  }
  const shown = await page.locator('.card').count();
  const total = await page.getAttribute('[data-total]', 'data-total').catch(() => null);
  const exact = await page.getAttribute('[data-total]', 'data-exact').catch(() => null);
  const ok = shown >= Math.min(20, truth) && (exact !== 'true' || Number(total) === truth);
  line({ name: `library:real:search:${q}`, snapshots: size, trueCount: truth, shown, total: total === null ? null : Number(total), exact: exact === 'true', ...stats(times), ok });
  return { ok, medianMs: median(times) };
}

/** Disk, then the library as a person opens it after a restart: first page, searches, memory. */
async function measure(profile: string, size: number, added: { seconds: number; chars: number }, queries: string[]): Promise<boolean> {
  const b = await launch(profile);
  try {
    const disk = diskBytes(profile, b.extId);
    const page = await openExtensionPage(b, 'library.html', { width: 1200, height: 900 });
    const { times, phases } = await firstPage(page, LOADS);
    line({ name: 'library:real:first-page', snapshots: size, ...stats(times), medianPhases: phases });
    const truth = trueCounts();
    let ok = true;
    const medians: number[] = [];
    for (const q of queries) {
      const r = await search(page, q, truth[q] ?? 0, size);
      ok &&= r.ok;
      medians.push(r.medianMs);
    }
    const memoryMb = rendererMb(profile);
    const perChar = disk / added.chars;
    line({
      name: 'library:real:size', snapshots: size, addSeconds: round(added.seconds), diskBytesPerSnapshot: Math.round(disk / size),
      avgChars: Math.round(added.chars / size), diskPerChar: round(perChar), memoryMbAfterSearches: memoryMb, searches: queries.length * RUNS,
    });
    if (size < 5000) return ok;
    const targets = { search: Math.max(...medians) <= TARGET.searchMs, disk: perChar <= TARGET.diskPerChar, add: added.seconds <= TARGET.addSeconds, memory: memoryMb < TARGET.memoryMb };
    line({ name: 'library:real:targets', snapshots: size, ...targets });
    return ok && Object.values(targets).every(Boolean);
  } finally {
    await b.context.close();
  }
}

/** Grows the library in `profile` to `size` snapshots through a library page of its own browser. */
async function grow(profile: string, have: number, size: number, added: { seconds: number; chars: number }): Promise<number> {
  const b = await launch(profile);
  try {
    const page = await openExtensionPage(b, 'library.html', { width: 1200, height: 900 });
    await page.waitForSelector('.list-screen');
    await page.evaluate(await seedBundle('bench-library-real-seed.ts'));
    while (have < size) {
      const n = Math.min(BATCH, size - have);
      for (let part = 0; part < n; part += PART) {
        const { bundle, chars } = nextBundle(Math.min(PART, n - part));
        await page.evaluate((x) => (globalThis as any).__plReal.stage(x), bundle);
        added.chars += chars;
      }
      const last = have + n >= size;
      const r = await profiled(page, last ? `add-${size}` : '', () => page.evaluate(() => (globalThis as any).__plReal.add()) as Promise<{ ms: number; added: number }>);
      have += r.added;
      added.seconds += r.ms / 1000;
      // Per batch: how the cost of adding grows with the library.
      process.stderr.write(`bench-library: ${have} added, this batch ${round(r.ms / r.added)} ms a report\n`);
    }
    process.stderr.write(`bench-library: ${have} real-size snapshots added (${round(added.seconds)} s in the store)\n`);
    // A page saved alone: the store writes its text's terms into an index of `have` reports.
    const { bundle, chars } = nextBundle(SAVES, false);
    await page.evaluate((x) => (globalThis as any).__plReal.stage(x), bundle);
    const saves = await profiled(page, `save-${size}`, () => page.evaluate(() => (globalThis as any).__plReal.saveEach()) as Promise<number[]>);
    have += saves.length;
    added.chars += chars;
    line({ name: 'library:real:save-one', snapshots: have, ...stats(saves) });
    return have;
  } finally {
    await b.context.close();
  }
}

export async function benchReal(): Promise<void> {
  setup();
  const t0 = performance.now();
  const info = setupData(corpusTexts(), QUERIES);
  line({ name: 'library:real:corpus', texts: info.bases, avgChars: Math.round(info.chars / info.bases), queries: info.queries, extractSeconds: round((performance.now() - t0) / 1000) });
  const profile = mkdtempSync(join(tmpdir(), 'pl-bench-real-'));
  let ok = true;
  try {
    let have = 0;
    const added = { seconds: 0, chars: 0 };
    for (const size of SIZES) {
      have = await grow(profile, have, size, added);
      ok = (await measure(profile, size, added, info.queries)) && ok;
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  if (!ok) process.exitCode = 1;
}
