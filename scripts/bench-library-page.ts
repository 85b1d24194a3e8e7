/**
 * What both library benches (synthetic and `--real`) do in the page: bundle a seed script for
 * it, time the first page after a reload and a search from submit to results, and print
 * statistics as JSON lines.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';

export const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
const p95 = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]; };
export const round = (x: number) => Math.round(x * 10) / 10;
export const stats = (xs: number[]) => ({ runs: xs.length, medianMs: round(median(xs)), p95Ms: round(p95(xs)), minMs: round(Math.min(...xs)), maxMs: round(Math.max(...xs)) });
export const line = (o: object) => console.log(JSON.stringify(o));

/** The seed script `file` (beside this one) bundled for the page. */
export async function seedBundle(file: string): Promise<string> {
  const out = await build({
    entryPoints: [fileURLToPath(new URL(`./${file}`, import.meta.url))],
    bundle: true, format: 'iife', platform: 'browser', write: false, target: 'chrome120', logLevel: 'error',
  });
  return out.outputFiles[0].text;
}

/**
 * Navigation start → the first page of the list on screen (the page's own performance mark),
 * with where the time went: scripts loaded and run, translations read, then the list.
 */
export async function firstPage(page: Page, loads: number): Promise<{ times: number[]; phases: Record<string, number> }> {
  const times: number[] = [];
  const marks: Record<string, number[]> = { domContentLoaded: [], script: [], translated: [] };
  for (let i = 0; i < loads; i++) {
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
export async function searchOnce(page: Page, q: string): Promise<number> {
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

/** Clears the search box (when a search is shown) and waits for the unsearched list. */
export async function clearSearch(page: Page): Promise<void> {
  if (await page.$('[data-action="clear-search"]')) await page.click('[data-action="clear-search"]');
  await page.waitForSelector('.list-screen[data-results-for=""]');
}

/**
 * Runs `fn`; with BENCH_PROFILE=dir, under the page's CPU profiler, written to
 * dir/name.cpuprofile (open in Chromium's DevTools, or `node bin/run-ts.mjs scripts/cpuprofile-top.ts`).
 */
export async function profiled<T>(page: Page, name: string, fn: () => Promise<T>): Promise<T> {
  const dir = process.env.BENCH_PROFILE;
  if (!dir || !name) return fn();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  try {
    return await fn();
  } finally {
    const { profile } = await cdp.send('Profiler.stop');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
    await cdp.detach();
  }
}
