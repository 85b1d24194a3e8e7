/** Small helpers for the e2e tests: panel pages, IndexedDB reads, selections, screenshots. */
import { copyFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { parseHTML } from 'linkedom';
import { extractDocument, type Extraction } from '../../lib/extract/index';
import { decodeBody } from '../../lib/store/body';
import { openExtensionPage, type Browser } from './harness';
import { bodyBytes } from './stored';

/** What the extractor finds in `html` (linkedom, like the CLI): the reference for the panel. */
export function expected(html: string, url: string): Extraction {
  return extractDocument(parseHTML(html).document as unknown as Document, { sha256: 'e2e', url });
}

/** Opens the side panel for a tab and waits until its report and highlights are ready. */
export async function openPanel(b: Browser, tabId: number, lang = 'zh_CN'): Promise<Page> {
  const panel = await openExtensionPage(b, `sidepanel.html?tab=${tabId}&lang=${lang}`);
  await panel.waitForSelector('main[data-state="ready"][data-highlights="drawn"]', { timeout: 20_000 });
  return panel;
}

/** Reloads a panel page and waits until it is ready again. */
export async function reloadPanel(panel: Page): Promise<void> {
  // A real side panel is always visible; a background tab's timers and frames are throttled.
  await panel.bringToFront();
  await panel.reload();
  await panel.waitForSelector('main[data-state="ready"][data-highlights="drawn"]', { timeout: 20_000 });
}

export interface DbDump {
  snapshots: { sha256: string; url: string; title: string | null; html: string; text: string; extractorVersion: string; commitments: number }[];
  annotations: { id: number; url: string; kind: string; note: string; tags: string[]; snapshotSha: string | null; exact: string | null }[];
}

/**
 * Everything in the extension's IndexedDB, read from one of its pages with plain IndexedDB:
 * a snapshot's row, its text (the `texts` store) and its deflated body (HTML and extraction).
 */
export async function readDb(page: Page): Promise<DbDump> {
  const raw = await page.evaluate(() => new Promise<{ snaps: any[]; texts: any[]; notes: any[] }>((resolve, reject) => {
    const open = indexedDB.open('promise-ledger');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('snapshots')) { db.close(); resolve({ snaps: [], texts: [], notes: [] }); return; }
      const tx = db.transaction(['snapshots', 'texts', 'annotations'], 'readonly');
      const snaps = tx.objectStore('snapshots').getAll();
      const texts = tx.objectStore('texts').getAll();
      const notes = tx.objectStore('annotations').getAll();
      tx.oncomplete = () => { db.close(); resolve({ snaps: snaps.result, texts: texts.result, notes: notes.result }); };
      tx.onerror = () => reject(tx.error);
    };
  }));
  const texts = new Map(raw.texts.map((t) => [t.id as number, t.text as string]));
  return {
    snapshots: raw.snaps.map((s) => {
      const text = texts.get(s.id) ?? '';
      const body = decodeBody(bodyBytes(s.body), text);
      return { sha256: s.sha256, url: s.url, title: s.title, html: body.html, text, extractorVersion: s.extractorVersion, commitments: body.extraction.commitments.length };
    }),
    annotations: raw.notes.map((a) => ({ id: a.id, url: a.url, kind: a.kind, note: a.note, tags: a.tags, snapshotSha: a.snapshotSha, exact: a.selectors?.quote.exact ?? null })),
  };
}

/** Selects the first occurrence of `phrase` in the page (inside one text node). */
export async function selectText(page: Page, phrase: string): Promise<void> {
  const ok = await page.evaluate((p) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = (n.nodeValue ?? '').indexOf(p);
      if (i < 0) continue;
      const range = document.createRange();
      range.setStart(n, i);
      range.setEnd(n, i + p.length);
      const sel = getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      return true;
    }
    return false;
  }, phrase);
  if (!ok) throw new Error(`phrase not in page: ${phrase}`);
}

/** Texts of the ranges of a CSS highlight in the page ([] when not registered). */
export async function highlightTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => {
    const h = CSS.highlights.get(n) as unknown as Iterable<Range> | undefined;
    return h ? [...h].map((r) => r.toString()) : [];
  }, name);
}

const OUT = fileURLToPath(new URL('../../.output/e2e/', import.meta.url));
const DOCS = fileURLToPath(new URL('../../docs/', import.meta.url));

/** Screenshot into .output/e2e/; with UPDATE_SCREENSHOTS=1 also into docs/ (for the README). */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(OUT, { recursive: true });
  const path = `${OUT}${name}`;
  await page.screenshot({ path, fullPage: false });
  if (process.env.UPDATE_SCREENSHOTS === '1') {
    mkdirSync(DOCS, { recursive: true });
    copyFileSync(path, `${DOCS}${name}`);
  }
  return path;
}
