/**
 * Library bench (issue 5): 5,000 synthetic snapshots in the built extension's IndexedDB in
 * Chromium, then the time to the library's first rendered page (navigation start → the list
 * on screen, budget 300 ms) and the time of a search (submit → results in the page, budget
 * 150 ms median), plus the store's query alone. Prints JSON lines; exits 1 over a budget.
 *
 *   npm run build && npm run bench:library        # BENCH_SNAPSHOTS=n for another size
 *   npm run bench:library -- --real               # real-size snapshots (bench-library-real.ts)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import setup from '../test/e2e/global-setup';
import { launch, openExtensionPage } from '../test/e2e/harness';
import { clearSearch, firstPage, line, median, round, searchOnce, seedBundle, stats } from './bench-library-page';
import { benchReal } from './bench-library-real';

const SNAPSHOTS = Number(process.env.BENCH_SNAPSHOTS ?? 5000);
const BATCH = 250;
const LOADS = 9;
const SEARCH_RUNS = 7;
const QUERIES = ['法治政府建设', '数字政府', '智慧河长', '青禾县', '行政复议中心规范化', '旁听庭审'];
const BUDGET = { firstPage: 300, search: 150 };

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

async function searches(page: Page): Promise<number[]> {
  const all: number[] = [];
  for (const q of QUERIES) {
    const times: number[] = [];
    for (let i = 0; i < SEARCH_RUNS; i++) {
      await clearSearch(page);
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
    const code = await seedBundle('bench-library-seed.ts');
    await seed(page, code);
    const { times: loads, phases } = await firstPage(page, LOADS);
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

void (process.argv.includes('--real') ? benchReal() : main());
