/**
 * Helpers for the library e2e run: the whole database read from an extension page, a download
 * caught with its content, and a checker for the W3C Web Annotation shape.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Download, Page } from 'playwright-core';
import type { Extraction } from '../../lib/extract/types';
import { decodeBody } from '../../lib/store/body';
import { bodyBytes } from './stored';

export interface LibraryDump {
  snapshots: { sha256: string; url: string; title: string | null; text: string; tags: string[]; savedAt: string; extraction: Extraction }[];
  annotations: { url: string; kind: string; note: string; tags: string[]; snapshotSha: string | null; exact: string | null; status: string | null }[];
  overrides: { olderSha256: string; newerSha256: string; commitmentId: string; status: string; note: string }[];
  cards: number;
  diffs: number;
}

/**
 * Every store of the extension's database, read with plain IndexedDB from one of its pages; a
 * snapshot is put together from its row, its text (`texts`) and its deflated body.
 */
export async function dumpLibrary(page: Page): Promise<LibraryDump> {
  const raw = await page.evaluate(() => new Promise<any[][]>((resolve, reject) => {
    const open = indexedDB.open('promise-ledger');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const names = ['snapshots', 'texts', 'annotations', 'overrides', 'cards', 'diffs'];
      const tx = db.transaction(names, 'readonly');
      const reqs = names.map((n) => tx.objectStore(n).getAll());
      tx.oncomplete = () => { db.close(); resolve(reqs.map((r) => r.result as any[])); };
      tx.onerror = () => reject(tx.error);
    };
  }));
  const [snaps, texts, notes, overrides, cards, diffs] = raw;
  const textOf = new Map(texts.map((t) => [t.id as number, t.text as string]));
  return {
    snapshots: snaps.map((s) => {
      const text = textOf.get(s.id) ?? '';
      const { extraction } = decodeBody(bodyBytes(s.body), text);
      return { sha256: s.sha256, url: s.url, title: s.title, text, tags: s.tags, savedAt: s.savedAt, extraction: extraction as Extraction };
    }).sort((a, b) => a.sha256.localeCompare(b.sha256)),
    annotations: notes.map((a) => ({ url: a.url, kind: a.kind, note: a.note, tags: a.tags, snapshotSha: a.snapshotSha, exact: a.selectors?.quote.exact ?? null, status: a.status })),
    overrides: overrides.map((o) => ({ olderSha256: o.olderSha256, newerSha256: o.newerSha256, commitmentId: o.commitmentId, status: o.status, note: o.note })),
    cards: cards.length,
    diffs: diffs.length,
  };
}

export interface Downloaded { name: string; path: string; text: string; bytes: Buffer }

/** Runs `action` and returns the file it made the page download. */
export async function downloadOf(page: Page, action: () => Promise<unknown>): Promise<Downloaded> {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), action()]) as [Download, unknown];
  const path = await dl.path();
  const bytes = readFileSync(path);
  return { name: dl.suggestedFilename(), path, text: bytes.toString('utf8'), bytes };
}

/** Opens a page's export menu (if closed) and downloads one kind. */
export async function exportFrom(page: Page, scope: string, kind: string): Promise<Downloaded> {
  const menu = page.locator(`${scope} details.export-menu`).first();
  if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) await menu.locator('summary').click();
  return downloadOf(page, () => menu.locator(`[data-export="${kind}"]`).click());
}

/**
 * Problems with a W3C Web Annotation collection (https://www.w3.org/TR/annotation-model/):
 * the JSON-LD context, the collection and page types, and per annotation its id, motivation,
 * bodies and a target with a TextQuoteSelector and a TextPositionSelector. [] when valid.
 */
export function webAnnotationProblems(doc: any): string[] {
  const out: string[] = [];
  const ctx = doc?.['@context'];
  if (ctx !== 'http://www.w3.org/ns/anno.jsonld' && !(Array.isArray(ctx) && ctx.includes('http://www.w3.org/ns/anno.jsonld'))) out.push('@context');
  if (doc?.type !== 'AnnotationCollection') out.push('collection type');
  const page = doc?.first;
  if (page?.type !== 'AnnotationPage' || !Array.isArray(page.items)) return [...out, 'first page'];
  if (doc.total !== page.items.length) out.push('total');
  page.items.forEach((a: any, i: number) => {
    const at = `items[${i}]`;
    if (a.type !== 'Annotation') out.push(`${at}.type`);
    if (typeof a.id !== 'string' || !/^(urn:uuid:|https?:)/.test(a.id)) out.push(`${at}.id`);
    if (typeof a.motivation !== 'string') out.push(`${at}.motivation`);
    const bodies = a.body === undefined ? [] : Array.isArray(a.body) ? a.body : [a.body];
    if (bodies.some((b: any) => b.type !== 'TextualBody' || typeof b.value !== 'string')) out.push(`${at}.body`);
    const target = a.target;
    if (typeof target?.source !== 'string' || !/^https?:/.test(target.source)) out.push(`${at}.target.source`);
    const sel = Array.isArray(target?.selector) ? target.selector : [];
    const quote = sel.find((s: any) => s.type === 'TextQuoteSelector');
    const pos = sel.find((s: any) => s.type === 'TextPositionSelector');
    if (!quote || typeof quote.exact !== 'string' || !quote.exact) out.push(`${at}.TextQuoteSelector`);
    if (!pos || !Number.isInteger(pos.start) || !Number.isInteger(pos.end) || pos.start > pos.end) out.push(`${at}.TextPositionSelector`);
  });
  return out;
}

/** Rows of an RFC 4180 CSV (quoted cells may hold commas, quotes and line breaks); BOM dropped. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') { cell += '"'; i++; } else if (ch === '"') quoted = false; else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(cell); cell = ''; } else if (ch === '\r' && s[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; } else cell += ch;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

/** A screenshot for .output/e2e/ only (the README shows just the compare view's, from helpers.screenshot). */
export async function outputShot(page: Page, name: string): Promise<void> {
  const dir = new URL('../../.output/e2e/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: fileURLToPath(new URL(name, dir)) });
}
