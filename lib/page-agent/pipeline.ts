/**
 * The heavy half, for extension pages only (side panel, offscreen document, Firefox's
 * background page): parse the page HTML the content script sent, run the extractor, build
 * and save a snapshot. Never imported by the content script. The parser, window, clock and
 * persistence request are parameters so tests can run it under happy-dom.
 */
import type { WindowLike } from 'dompurify';
import { extractDocument, extractText } from '../extract/index';
import { looksBinaryText } from '../text/binary';
import { articleContainer } from '../extract/page';
import type { Extraction } from '../extract/types';
import type { PagePayload, PageSummary, SaveOutcome } from '../messages';
import { sanitizeHtml } from '../sanitize/index';
import { saveSnapshot, type LedgerDb, type SnapshotInput } from '../store/index';

export type ParseHtml = (html: string) => Document;

/** sha256 (hex) of the UTF-8 bytes of `text`, with SubtleCrypto. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A page parsed and extracted; the document is kept for the snapshot's HTML. */
export interface Analysis { page: PagePayload; doc: Document; extraction: Extraction }

/**
 * Parses the page HTML and runs the extractor (source.sha256 is of the HTML's UTF-8 bytes).
 * A plain-text file (the browser shows it in one <pre>) is read as text, as the CLI reads a
 * .txt report: its first line is the title.
 */
export async function analyzePage(page: PagePayload, parse: ParseHtml): Promise<Analysis> {
  const doc = parse(page.html);
  const opts = { sha256: await sha256Hex(page.html), url: page.url };
  const extraction = page.contentType === 'text/plain' ? extractText(doc.body?.textContent ?? '', opts) : extractDocument(doc, opts);
  return { page, doc, extraction };
}

/** Why a page cannot be read, as the error code the pages translate. */
export type Unreadable = 'empty-page' | 'binary-page';

/**
 * Why there is nothing to read, or null: binary data shown as a page (a file served as
 * HTML), or no text beyond a title (an image-only page, a frameset, a page that rewrote
 * itself away). The one rule: the side panel says so and saveAnalysis refuses it, whichever
 * way the save comes. Binary is judged on the page's own text: the extraction drops controls.
 */
export function unreadableReason(a: Pick<Analysis, 'doc' | 'extraction'>): Unreadable | null {
  if (looksBinaryText(a.doc.body?.textContent ?? '')) return 'binary-page';
  const x = a.extraction;
  return x.text.replace(/\s/g, '').length < 20 && !x.headings.length ? 'empty-page' : null;
}

/** Counts and verdict for the popup. */
export function summarize(extraction: Extraction): PageSummary {
  return {
    title: extraction.source.title,
    isReport: extraction.detection.isReport,
    score: extraction.detection.score,
    language: extraction.language,
    counts: {
      headings: extraction.headings.length,
      numbers: extraction.numbers.length,
      commitments: extraction.commitments.length,
      problems: extraction.problems.length,
    },
  };
}

/** The snapshot record's input: sanitized main-content HTML, the text and its sha256. */
export async function snapshotInput(a: Analysis, win: WindowLike): Promise<SnapshotInput> {
  const container = articleContainer(a.doc) ?? a.doc.body ?? a.doc.documentElement;
  const html = sanitizeHtml(container ? (container as Element).outerHTML ?? '' : '', win, a.page.url);
  const text = a.extraction.text;
  return { url: a.page.url, title: a.extraction.source.title ?? (a.page.title || null), extraction: a.extraction, html, text, sha256: await sha256Hex(text) };
}

export interface SaveDeps {
  db: LedgerDb;
  win: WindowLike;
  /** navigator.storage.persist, when the context has it. */
  persist?: () => Promise<boolean>;
  now?: Date;
}

/**
 * Saves a snapshot of an analyzed page (deduplicated by text sha256) and asks for persistent
 * storage. Refuses a page with nothing to read (unreadableReason: 'empty-page', 'binary-page').
 */
export async function saveAnalysis(a: Analysis, deps: SaveDeps): Promise<SaveOutcome> {
  const unreadable = unreadableReason(a);
  if (unreadable) throw new Error(unreadable);
  const input = await snapshotInput(a, deps.win);
  // Asked before writing: browsers evict non-persistent origins first when disk runs low.
  await deps.persist?.().catch(() => false);
  const result = await saveSnapshot(deps.db, input, deps.now);
  return { ...result, sha256: input.sha256, title: input.title };
}
