/**
 * Library bench (issue 5): 5,000 synthetic snapshots in the built extension's IndexedDB in
 * Chromium, then the time to the library's first rendered page (navigation start → the list
 * on screen, budget 300 ms) and the time of a search (submit → results in the page, budget
 * 150 ms median), plus the store's query alone. Prints JSON lines; exits 1 over a budget.
 *
 *   npm run build && npm run bench:library        # BENCH_SNAPSHOTS=n for another size
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import setup from '../test/e2e/global-setup';
import { launch, openExtensionPage } from '../test/e2e/harness';

const SNAPSHOTS = Number(process.env.BENCH_SNAPSHOTS ?? 5000);
const BATCH = 250;
const LOADS = 9;
const SEARCH_RUNS = 7;
const QUERIES = ['法治政府建设', '数字政府', '智慧河长', '青禾县', '行政复议中心规范化', '旁听庭审'];
const BUDGET = { firstPage: 300, search: 150 };

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
const p95 = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]; };
const round = (x: number) => Math.round(x * 10) / 10;
const stats = (xs: number[]) => ({ runs: xs.length, medianMs: round(median(xs)), p95Ms: round(p95(xs)), minMs: round(Math.min(...xs)), maxMs: round(Math.max(...xs)) });
const line = (o: object) => console.log(JSON.stringify(o));

async function seedBundle(): Promise<string> {
  const out = await build({
    entryPoints: [fileURLToPath(new URL('./bench-library-seed.ts', import.meta.url))],
    bundle: true, format: 'iife', platform: 'browser', write: false, target: 'chrome120', logLevel: 'error',
  });
  return out.outputFiles[0].text;
}

async function seed(page: Page, code: string): Promise<number> {
  await page.evaluate(code);
  let chars = 0;
  const t0 = performance.now();
  for (let from = 0; from < SNAPSHOTS; from += BATCH) {
    const r = await page.evaluate(([f, n]) => (globalThis as any).__plBench.seed(f, n), [from, Math.min(BATCH, SNAPSHOTS - from)]);
    chars += r.chars;
    if ((from / BATCH) % 4 === 3 || from + BATCH >= SNAPSHOTS) process.stderr.write(`bench-library: seeded ${Math.min(from + BATCH, SNAPSHOTS)}/${SNAPSHOTS}\n`);
  }
  line({ name: 'library:seed', snapshots: SNAPSHOTS, avgChars: Math.round(chars / SNAPSHOTS), seconds: round((performance.now() - t0) / 1000) });
  return chars;
}

/**
 * Navigation start → the first page of the list on screen (the page's own performance mark),
 * with where the time went: scripts loaded and run, translations read, then the list.
 */
async function firstPage(page: Page): Promise<{ times: number[]; phases: Record<string, number> }> {
  const times: number[] = [];
  const marks: Record<string, number[]> = { domContentLoaded: [], script: [], translated: [] };
  for (let i = 0; i < LOADS; i++) {
    await page.reload();
    await page.waitForSelector('.list-screen[data-state="ready"] .card');
    // No named functions inside (see searchOnce).
    const m = await page.evaluate(() => ({
      first: performance.getEntriesByName('library:first-page')[0].startTime,
      script: performance.getEntriesByName('library:script')[0].startTime,
      translated: performance.getEntriesByName('library:translated')[0].startTime,
      domContentLoaded: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
    }));
    times.push(m.first);
    for (const k of Object.keys(marks)) marks[k].push(m[k as keyof typeof m]);
  }
  return { times, phases: Object.fromEntries(Object.entries(marks).map(([k, v]) => [`${k}Ms`, round(median(v))])) };
}

/** Submit of the search form → the results for that query in the page. */
async function searchOnce(page: Page, q: string): Promise<number> {
  // No named functions inside: tsx (esbuild keepNames) would wrap them in a __name helper the page does not have.
  return page.evaluate((query) => new Promise<number>((resolve) => {
    const input = document.querySelector<HTMLInputElement>('input[name="q"]')!;
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const selector = `.list-screen[data-results-for="${CSS.escape(query)}"]`;
    const t0 = performance.now();
    const obs = new MutationObserver(() => {
      if (document.querySelector(selector)) { obs.disconnect(); resolve(performance.now() - t0); }
    });
    obs.observe(document.body, { subtree: true, childList: true, attributes: true });
    input.form!.requestSubmit();
  }), q);
}

async function searches(page: Page): Promise<number[]> {
  const all: number[] = [];
  for (const q of QUERIES) {
    const times: number[] = [];
    for (let i = 0; i < SEARCH_RUNS; i++) {
      if (await page.$('[data-action="clear-search"]')) await page.click('[data-action="clear-search"]');
      await page.waitForSelector('.list-screen[data-results-for=""]');
      times.push(await searchOnce(page, q));
    }
    const store = await page.evaluate((query) => (globalThis as any).__plBench.timeQuery(query), q);
    const total = Number(await page.getAttribute('[data-total]', 'data-total'));
    line({ name: `library:search:${q}`, snapshots: SNAPSHOTS, results: total, ...stats(times), storeQueryMs: round(store.ms) });
    all.push(...times);
  }
  return all;
}

async function main(): Promise<void> {
  setup();
  const dir = mkdtempSync(join(tmpdir(), 'pl-bench-'));
  const b = await launch(dir);
  try {
    // The page as people open it: UI strings from browser.i18n (a ?lang= override would fetch a messages file first).
    const page = await openExtensionPage(b, 'library.html', { width: 1200, height: 900 });
    await page.waitForSelector('[data-empty="library"]');
    const code = await seedBundle();
    await seed(page, code);
    const { times: loads, phases } = await firstPage(page);
    const first = {
      name: 'library:first-page', snapshots: SNAPSHOTS, ...stats(loads), coldMs: round(loads[0]), medianPhases: phases,
      budgetMs: BUDGET.firstPage, ok: median(loads) <= BUDGET.firstPage,
    };
    line(first);
    await page.evaluate(code);
    const all = await searches(page);
    const search = { name: 'library:search', snapshots: SNAPSHOTS, queries: QUERIES.length, ...stats(all), budgetMs: BUDGET.search, ok: median(all) <= BUDGET.search };
    line(search);
    if (!first.ok || !search.ok) process.exitCode = 1;
  } finally {
    await b.context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
