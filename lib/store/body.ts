/**
 * How a snapshot is laid out on disk (schema v4). Its text is stored once, alone in the
 * `texts` table, so that a search reads nothing else; the page's HTML and the extraction are
 * read only when a snapshot is opened or exported, so they are kept together as one deflated
 * JSON `body`. The extraction repeats its text: its own copy (dropped) and the text of every
 * heading, figure and commitment (kept as `true` when it is exactly `text.slice(start, end)`,
 * restored on reading) — for a real report those copies are about twice the text.
 *
 * Saves and imports compress with the browser's CompressionStream before their transaction;
 * the upgrade to v4 must compress inside its transaction (which ends at the first await of
 * anything but IndexedDB), so it uses fflate's synchronous deflate. Both write raw DEFLATE.
 */
import { deflateSync, inflateSync } from 'fflate';
import type { Extraction } from '../extract/types';
import type { SnapshotRecord, StoredSnapshot, TextRecord } from './schema';

interface Body { html: string; extraction: Extraction }

// Native UTF-8 (fflate's strToU8 and strFromU8 are JavaScript loops: ~1.6 ms a report in the
// bench's import profile). JSON.stringify never leaves a lone surrogate, so the bytes are the same.
const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder();

/** Fields that copy the text of their record's span. */
const SPAN_FIELDS = ['text', 'raw', 'title'];
type Item = Record<string, unknown>;
const spanOf = (it: Item, text: string) => (typeof it.start === 'number' && typeof it.end === 'number' ? text.slice(it.start, it.end) : null);

/**
 * The extraction's lists (headings, numbers, commitments, problems) with each item's copy of
 * its span replaced by `true` (`fill`: the other way). No JSON replacer: one costs 3× the
 * stringify.
 */
function mapSpans(extraction: Extraction, text: string, fill: boolean): Extraction {
  const out: Record<string, unknown> = { ...extraction };
  for (const [key, list] of Object.entries(extraction)) {
    if (!Array.isArray(list) || typeof list[0] !== 'object') continue;
    out[key] = (list as Item[]).map((it) => {
      const f = SPAN_FIELDS.find((k) => (fill ? it[k] === true : typeof it[k] === 'string' && it[k] !== ''));
      if (!f) return it;
      const span = spanOf(it, text);
      return fill ? { ...it, [f]: span ?? '' } : span === it[f] ? { ...it, [f]: true } : it;
    });
  }
  return out as unknown as Extraction;
}

/** The body as JSON, copies of the text left out. */
export function bodyJson(html: string, extraction: Extraction): string {
  // text: '' keeps the field's place, so a decoded extraction has the same key order as saved.
  return JSON.stringify({ html, extraction: { ...mapSpans(extraction, extraction.text, false), text: '' } });
}

export function encodeBody(html: string, extraction: Extraction): Uint8Array {
  return deflateSync(utf8.encode(bodyJson(html, extraction)), { level: 6 });
}

/** As `encodeBody`, with the browser's native deflate when there is one (several times faster). */
export async function encodeBodyAsync(html: string, extraction: Extraction): Promise<Uint8Array> {
  if (typeof CompressionStream === 'undefined') return encodeBody(html, extraction);
  const cs = new CompressionStream('deflate-raw');
  const writer = cs.writable.getWriter();
  // Not awaited: the writes complete only as the output below is read.
  const written = Promise.all([writer.write(utf8.encode(bodyJson(html, extraction))), writer.close()]);
  const chunks: Uint8Array[] = [];
  const reader = cs.readable.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(r.value);
  await written;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  chunks.reduce((at, c) => (out.set(c, at), at + c.length), 0);
  return out;
}

export function decodeBody(body: Uint8Array, text: string): Body {
  const parsed = JSON.parse(fromUtf8.decode(inflateSync(body))) as Body;
  parsed.extraction = mapSpans(parsed.extraction, text, true);
  parsed.extraction.text = text;
  return parsed;
}

type Row = Omit<StoredSnapshot, 'id'>;

function split(s: Omit<SnapshotRecord, 'id'>): { meta: Omit<Row, 'body'>; html: string; extraction: Extraction; text: string } {
  const { html, extraction, text, ...meta } = s as SnapshotRecord & { terms?: unknown };
  delete (meta as { terms?: unknown }).terms;
  return { meta, html, extraction, text };
}

/** The two rows a snapshot is stored as (compressed here, synchronously). */
export function toRows(s: Omit<SnapshotRecord, 'id'>): { row: Row; text: string } {
  const { meta, html, extraction, text } = split(s);
  return { row: { ...meta, body: encodeBody(html, extraction) }, text };
}

/** As `toRows`, compressed natively: call before a transaction, not inside one. */
export async function toRowsAsync(s: Omit<SnapshotRecord, 'id'>): Promise<{ row: Row; text: string }> {
  const { meta, html, extraction, text } = split(s);
  return { row: { ...meta, body: await encodeBodyAsync(html, extraction) }, text };
}

/** The snapshot as saved, from its two rows. */
export function fromRows(row: StoredSnapshot, text: TextRecord | undefined): SnapshotRecord {
  const { body, ...meta } = row;
  const t = text?.text ?? '';
  return { ...meta, ...decodeBody(body, t), text: t };
}
