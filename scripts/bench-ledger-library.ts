/**
 * `npm run bench:ledger -- --library`'s half in Chromium: four Government Work Reports
 * (2009–2012, read at run time from ../shared, never copied) saved in the built extension's
 * library; each run loads the list afresh and opens the issuer's ledger from it. Per run: CPU
 * time of the page's main thread (CDP Performance.getMetrics ThreadTime) and of its whole
 * renderer process (ProcessTime: V8's background compiling and GC too) from the click to the
 * ledger on screen — lib/chains loaded, snapshots read, the diffs and the links, the chart and
 * the first page of rows drawn — and the page's own measures (wall: click to built, lib/chains
 * alone, built to drawn). "No kept diff" runs empty the diffs table first: the first ledger a
 * user opens; "kept" runs read the year-to-year diffs the one before kept. No bar: figures to quote.
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
const ISSUER = '国务院';
const RUNS = 5;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/** CPU ms so far of the page's main thread (ThreadTime) and of its whole renderer process, V8's compiler and GC threads included (ProcessTime). */
async function cpuMs(cdp: CDPSession): Promise<{ thread: number; process: number }> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => {
    const m = metrics.find((x) => x.name === name);
    if (!m) throw new Error(`bench-ledger-library: this Chromium reports no ${name} metric`);
    return m.value * 1000;
  };
  return { thread: get('ThreadTime'), process: get('ProcessTime') };
}

/** How many diffs the library keeps. */
function keptDiffs(page: Page): Promise<number> {
  return page.evaluate((name) => new Promise<number>((done, fail) => {
    const open = indexedDB.open(name);
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const count = open.result.transaction('diffs').objectStore('diffs').count();
      count.onsuccess = () => { open.result.close(); done(count.result); };
      count.onerror = () => fail(count.error);
    };
  }), DB_NAME);
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

/** The list loaded afresh (lib/chains not yet loaded), then the ledger opened from it: CPU time of that. */
async function oneRun(page: Page, url: string, cdp: () => Promise<CDPSession>, kept: boolean) {
  if (!kept) await forgetDiffs(page);
  const found = await keptDiffs(page);
  await page.goto('about:blank');
  await page.goto(url);
  const open = `.list-screen[data-state="ready"] [data-action="open-ledger"][data-issuer="${ISSUER}"]`;
  await page.waitForSelector(open, { timeout: 120_000 });
  // ThreadTime counts from the document's start: both readings in the same document.
  const session = await cdp();
  const before = await cpuMs(session);
  await page.click(open);
  await page.waitForSelector('.ledger-screen[data-ledger="ready"]', { timeout: 120_000 });
  const after = await cpuMs(session);
  await session.detach();
  const [wall, build, drawn] = await page.evaluate(() => {
    const [built, chains] = ['library:ledger', 'library:ledger-build'].map((n) => performance.getEntriesByName(n).at(-1)!);
    const shown = performance.getEntriesByName('library:ledger-shown').at(-1)!;
    return [built.duration, chains.duration, shown.startTime - (built.startTime + built.duration)];
  });
  const chains = Number(await page.getAttribute('.ledger', 'data-chains'));
  return { kept, keptDiffs: found, cpuMs: Math.round(after.thread - before.thread), processCpuMs: Math.round(after.process - before.process), wallMs: Math.round(wall), chainsMs: Math.round(build), drawnMs: Math.round(drawn), chains };
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
    const url = `chrome-extension://${b.extId}/library.html?lang=zh_CN#/`;
    const cdp = async () => { const s = await b.context.newCDPSession(page); await s.send('Performance.enable'); return s; };
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await oneRun(page, url, cdp, false));
    for (let i = 0; i < RUNS; i++) runs.push(await oneRun(page, url, cdp, true));
    for (const r of runs) console.log(JSON.stringify({ name: 'library:ledger', years: YEARS.join('-'), ...r }));
    for (const kept of [false, true]) {
      const rs = runs.filter((r) => r.kept === kept);
      console.log(`library, ${kept ? 'diffs kept' : 'no kept diff'}: main-thread CPU median ${median(rs.map((r) => r.cpuMs))} ms (max ${Math.max(...rs.map((r) => r.cpuMs))}), renderer process CPU median ${median(rs.map((r) => r.processCpuMs))} ms (max ${Math.max(...rs.map((r) => r.processCpuMs))}), wall median ${median(rs.map((r) => r.wallMs))} ms (lib/chains ${median(rs.map((r) => r.chainsMs))} ms, then drawn in ${median(rs.map((r) => r.drawnMs))} ms), ${rs.length} runs`);
    }
  } finally {
    await b.context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
