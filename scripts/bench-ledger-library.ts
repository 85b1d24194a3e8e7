/**
 * `npm run bench:ledger -- --library`'s half in Chromium: four Government Work Reports
 * (2009–2012, read at run time from ../shared, never copied) saved in the built extension's
 * library, then the ledger opened by its URL, the page loaded afresh each run. Per run: CPU time
 * of the page's main thread (CDP Performance.getMetrics ThreadTime) from the reload to the
 * ledger on screen — page start, snapshots read, lib/chains and the diffs, 1,400 rows drawn —
 * and the page's own measures (wall: load to built, lib/chains alone). Run 1 and every "cold"
 * run find no kept diff (the diffs table is emptied first): the first ledger a user opens;
 * "kept" runs read the three year-to-year diffs the first one kept. No bar: figures to quote.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import setup from '../test/e2e/global-setup';
import { launch, openExtensionPage } from '../test/e2e/harness';
import { DB_NAME } from '../lib/store/schema';
import { bundleOf, gwrSnapshots } from '../test/e2e/ledger-bundle';

const YEARS = [2009, 2010, 2011, 2012];
const RUNS = 5;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

async function threadMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = metrics.find((x) => x.name === 'ThreadTime');
  if (!m) throw new Error('bench-ledger-library: this Chromium reports no ThreadTime metric');
  return m.value * 1000;
}

/** Empties the kept diffs, so the next ledger computes them as the first one does. */
async function forgetDiffs(page: Page): Promise<void> {
  await page.evaluate((name) => new Promise<void>((done, fail) => {
    const open = indexedDB.open(name);
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('diffs', 'readwrite');
      tx.objectStore('diffs').clear();
      tx.oncomplete = () => { open.result.close(); done(); };
      tx.onerror = () => fail(tx.error);
    };
  }), DB_NAME);
}

async function oneRun(page: Page, cdp: CDPSession, kept: boolean) {
  if (!kept) await forgetDiffs(page);
  const before = await threadMs(cdp);
  await page.reload();
  await page.waitForSelector('.ledger-screen[data-ledger="ready"]', { timeout: 120_000 });
  const cpu = (await threadMs(cdp)) - before;
  const [wall, build] = await page.evaluate(() => ['library:ledger', 'library:ledger-build'].map((n) => performance.getEntriesByName(n).at(-1)!.duration));
  const chains = Number(await page.getAttribute('.ledger', 'data-chains'));
  return { kept, cpuMs: Math.round(cpu), wallMs: Math.round(wall), chainsMs: Math.round(build), chains };
}

export async function benchLedgerLibrary(): Promise<void> {
  setup();
  const dir = mkdtempSync(join(tmpdir(), 'pl-bench-ledger-'));
  const b = await launch(join(dir, 'profile'));
  try {
    writeFileSync(join(dir, 'library.json'), JSON.stringify(bundleOf(gwrSnapshots(YEARS))));
    const page = await openExtensionPage(b, 'library.html?lang=zh_CN', { width: 1400, height: 1000 });
    await page.waitForSelector('[data-empty="library"]');
    await page.setInputFiles('[data-action="import-file"]', join(dir, 'library.json'));
    await page.waitForSelector('[data-plan]');
    await page.click('[data-action="import-confirm"]');
    await page.waitForSelector('[data-imported]', { timeout: 120_000 });
    await page.goto(`chrome-extension://${b.extId}/library.html?lang=zh_CN#/ledger/${encodeURIComponent('国务院')}`);
    await page.waitForSelector('.ledger-screen[data-ledger="ready"]', { timeout: 120_000 });
    const cdp = await b.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await oneRun(page, cdp, false));
    for (let i = 0; i < RUNS; i++) runs.push(await oneRun(page, cdp, true));
    for (const r of runs) console.log(JSON.stringify({ name: 'library:ledger', years: YEARS.join('-'), ...r }));
    for (const kept of [false, true]) {
      const rs = runs.filter((r) => r.kept === kept);
      console.log(`library, ${kept ? 'diffs kept' : 'no kept diff'}: main-thread CPU median ${median(rs.map((r) => r.cpuMs))} ms (max ${Math.max(...rs.map((r) => r.cpuMs))}), wall median ${median(rs.map((r) => r.wallMs))} ms, lib/chains ${median(rs.map((r) => r.chainsMs))} ms, ${rs.length} runs`);
    }
  } finally {
    await b.context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
