/**
 * Stored snapshots read and written with plain IndexedDB from an extension page, as the store
 * lays them out (lib/store/body.ts): a `snapshots` row whose `body` is the deflated JSON of
 * HTML and extraction, and the text alone in `texts`. Decoding and encoding happen here in
 * Node with the store's own functions; the page only moves the rows.
 */
import type { Page } from 'playwright-core';
import { decodeBody, encodeBody } from '../../lib/store/body';

/** A stored snapshot put together: its row's fields, text, HTML and extraction. */
export type WholeSnapshot = Record<string, any> & { id: number; text: string; html: string; extraction: any };

/** A row's body as it comes out of page.evaluate (a typed array or its plain-object form). */
export const bodyBytes = (body: unknown) => Uint8Array.from(Object.values(body as Record<string, number>));

/** Every snapshot in the extension's database, whole, in id order. */
export async function storedSnapshots(page: Page): Promise<WholeSnapshot[]> {
  const [rows, texts] = await page.evaluate(() => new Promise<any[][]>((resolve, reject) => {
    const open = indexedDB.open('promise-ledger');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction(['snapshots', 'texts']);
      const reqs = [tx.objectStore('snapshots').getAll(), tx.objectStore('texts').getAll()];
      tx.oncomplete = () => { open.result.close(); resolve(reqs.map((r) => r.result as any[])); };
      tx.onerror = () => reject(tx.error);
    };
  }));
  const textOf = new Map(texts.map((t) => [t.id as number, t.text as string]));
  return rows.map(({ body, ...row }) => {
    const text = textOf.get(row.id) ?? '';
    return { ...row, text, ...decodeBody(bodyBytes(body), text) } as WholeSnapshot;
  });
}

/**
 * Puts `extra` before the stored HTML of the first snapshot, as a row written before import
 * checked HTML could hold it; returns that snapshot's id.
 */
export async function prependStoredHtml(page: Page, extra: string): Promise<number> {
  const [first] = await storedSnapshots(page);
  const { id, text: _text, html, extraction, ...row } = first;
  const body = [...encodeBody(extra + html, extraction)];
  await page.evaluate(([r, b]) => new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('promise-ledger');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const put = open.result.transaction('snapshots', 'readwrite').objectStore('snapshots').put({ ...r, body: new Uint8Array(b) });
      put.onsuccess = () => { open.result.close(); resolve(); };
      put.onerror = () => reject(put.error);
    };
  }), [{ id, ...row }, body] as const);
  return id;
}
