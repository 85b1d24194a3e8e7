/**
 * Every message between the extension's contexts, typed, with its reply, and the checks a
 * receiver runs before acting: the shape (messages arrive as untyped JSON) and the sender.
 *
 * Who talks to whom:
 * - extension pages (side panel, popup) → content script (tabs.sendMessage): ContentRequest
 *   (`pl/get-detection`, `pl/get-page` are answered by the content script in every page;
 *   the others by the page tools script the side panel injects into the tab it reads);
 * - content script → background: only `pl/detected` (sets the badge; it writes nothing);
 * - page tools → side panel: only `pl/annotate-selection` (the in-page "Annotate" button was
 *   pressed: the panel opens its note form on that quote; nothing is written until the reader
 *   saves it there);
 * - extension pages → background: `pl/save-tab`, `pl/analyze-tab`;
 * - background → offscreen document (Chrome): `pl/offscreen-run`.
 * A web page cannot reach any of these listeners, and the content script, the only code in
 * a page's reach, can send nothing that writes to the database.
 * Replies are `{ok:true,value}|{ok:false,error}`; listeners return promises (STACK.md §6).
 */
import type { Detection } from './extract/types';
import type { Quote } from './anchor/quote-match';

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };
export type HighlightKind = 'commitment' | 'number' | 'problem' | 'note';
export const HIGHLIGHT_KINDS: readonly HighlightKind[] = ['commitment', 'number', 'problem', 'note'];

export interface HighlightItem { id: string; kind: HighlightKind; quote: Quote }
/** `contentType`: the document's MIME type ('text/html', 'text/plain', 'application/pdf'…). */
export interface PagePayload { html: string; url: string; title: string; contentType?: string }
/**
 * `frame`: the URL of the frame holding the page's content, on a frame page (lib/detect/frames.ts).
 * `contentType`: the document's MIME type; 'application/pdf' is the browser's PDF viewer.
 */
export interface DetectionInfo { detection: Detection; url: string; title: string; ms: number; frame: string | null; contentType: string }
export interface HighlightReport { supported: boolean; found: string[]; missing: string[] }
export interface Counts { headings: number; numbers: number; commitments: number; problems: number }
export interface PageSummary { title: string | null; isReport: boolean; score: number; language: string; counts: Counts }
export interface SaveOutcome { id: number; created: boolean; sha256: string; title: string | null }

export type ContentRequest =
  | { type: 'pl/get-detection' }
  | { type: 'pl/get-page' }
  /** Answered true when the page tools script is present in the tab. */
  | { type: 'pl/tools-ping' }
  /** Draws items; kinds listed in `replace` lose their previous highlights first. */
  | { type: 'pl/highlight'; items: HighlightItem[]; replace: HighlightKind[] }
  | { type: 'pl/set-visible'; kind: HighlightKind; visible: boolean }
  /** Scrolls to and flashes a drawn item (id) or a passage (quote). */
  | { type: 'pl/reveal'; id?: string; quote?: Quote }
  | { type: 'pl/capture-selection' }
  /** Shows the "Annotate" button beside selections in the page, with this label. */
  | { type: 'pl/annotate-button'; label: string }
  | { type: 'pl/clear' };

/** From the page tools in a tab to the side panel reading it: the in-page button was pressed on this quote. */
export interface AnnotateSelectionRequest { type: 'pl/annotate-selection'; quote: Quote }

export type BackgroundRequest =
  | { type: 'pl/detected'; detection: Detection }
  | { type: 'pl/save-tab'; tabId: number }
  | { type: 'pl/analyze-tab'; tabId: number };

/** Requests the always-present content script answers; the page tools script takes the rest. */
export const CONTENT_SCRIPT_TYPES: readonly ContentRequest['type'][] = ['pl/get-detection', 'pl/get-page'];

/**
 * The content script's own requests only (a smaller check than parseContentRequest, whose
 * item validators would otherwise ship in every page).
 */
export function parseContentScriptRequest(raw: unknown): { type: 'pl/get-detection' | 'pl/get-page' } | null {
  const type = (raw as { type?: unknown } | null)?.type;
  return type === 'pl/get-detection' || type === 'pl/get-page' ? { type } : null;
}

export interface OffscreenRequest { type: 'pl/offscreen-run'; op: 'save' | 'analyze'; page: PagePayload }

/** What each request is answered with. */
export interface ReplyValues {
  'pl/get-detection': DetectionInfo;
  'pl/get-page': PagePayload;
  'pl/tools-ping': boolean;
  'pl/highlight': HighlightReport;
  'pl/set-visible': null;
  'pl/reveal': boolean;
  'pl/capture-selection': Quote | null;
  'pl/annotate-button': null;
  'pl/clear': null;
  'pl/detected': null;
  'pl/save-tab': SaveOutcome;
  'pl/analyze-tab': PageSummary;
  'pl/offscreen-run': SaveOutcome | PageSummary;
}

/** The parts of runtime.MessageSender the checks read. */
export interface SenderLike { id?: string; url?: string; tab?: { id?: number }; frameId?: number }
/** This extension: its id and the origin of its pages (runtime.getURL('')). */
export interface Self { id: string; origin: string }

/** A page of this extension (side panel, popup, offscreen document, service worker). */
export function fromExtensionPage(sender: SenderLike, self: Self): boolean {
  return sender.id === self.id && typeof sender.url === 'string' && sender.url.startsWith(self.origin);
}

/** This extension's content script in the top frame of a tab. */
export function fromContentScript(sender: SenderLike, self: Self): boolean {
  return sender.id === self.id && typeof sender.tab?.id === 'number' && sender.frameId === 0
    && !(sender.url ?? '').startsWith(self.origin);
}

const MAX_ITEMS = 20000;
const MAX_QUOTE = 20000;
type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown, max = MAX_QUOTE): v is string => typeof v === 'string' && v.length <= max;
const isTabId = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isKind = (v: unknown): v is HighlightKind => HIGHLIGHT_KINDS.includes(v as HighlightKind);

/** An http(s) URL, the only kind the extension opens in a tab for a page (a frame's source). */
export function isWebUrl(v: unknown): v is string {
  return isStr(v, 8192) && /^https?:\/\/[^\s]/i.test(v);
}

function isQuote(v: unknown): v is Quote {
  return isObj(v) && isStr(v.exact) && (v.exact as string).length > 0
    && (v.prefix === undefined || isStr(v.prefix, 200)) && (v.suffix === undefined || isStr(v.suffix, 200));
}

function isDetection(v: unknown): v is Detection {
  return isObj(v) && typeof v.isReport === 'boolean' && typeof v.score === 'number' && v.score >= 0 && v.score <= 1
    && Array.isArray(v.signals) && v.signals.length <= 100 && v.signals.every((s) => isStr(s, 200));
}

function isItem(v: unknown): v is HighlightItem {
  return isObj(v) && isStr(v.id, 100) && isKind(v.kind) && isQuote(v.quote);
}

/** A request for the content script, or null when the shape is wrong. */
export function parseContentRequest(raw: unknown): ContentRequest | null {
  if (!isObj(raw)) return null;
  switch (raw.type) {
    case 'pl/get-detection': case 'pl/get-page': case 'pl/tools-ping': case 'pl/capture-selection': case 'pl/clear':
      return { type: raw.type };
    case 'pl/highlight':
      return Array.isArray(raw.items) && raw.items.length <= MAX_ITEMS && raw.items.every(isItem)
        && Array.isArray(raw.replace) && raw.replace.every(isKind)
        ? { type: raw.type, items: raw.items, replace: raw.replace } : null;
    case 'pl/annotate-button':
      return isStr(raw.label, 100) ? { type: raw.type, label: raw.label } : null;
    case 'pl/set-visible':
      return isKind(raw.kind) && typeof raw.visible === 'boolean' ? { type: raw.type, kind: raw.kind, visible: raw.visible } : null;
    case 'pl/reveal':
      if (raw.id !== undefined && !isStr(raw.id, 100)) return null;
      if (raw.quote !== undefined && !isQuote(raw.quote)) return null;
      return raw.id === undefined && raw.quote === undefined ? null : { type: raw.type, id: raw.id as string | undefined, quote: raw.quote as Quote | undefined };
    default:
      return null;
  }
}

/** A request for the background with its sender checked, or null (wrong shape or sender). */
export function parseBackgroundRequest(raw: unknown, sender: SenderLike, self: Self): BackgroundRequest | null {
  if (!isObj(raw)) return null;
  switch (raw.type) {
    case 'pl/detected':
      return fromContentScript(sender, self) && isDetection(raw.detection) ? { type: raw.type, detection: raw.detection } : null;
    case 'pl/save-tab': case 'pl/analyze-tab':
      return fromExtensionPage(sender, self) && isTabId(raw.tabId) ? { type: raw.type, tabId: raw.tabId } : null;
    default:
      return null;
  }
}

/** The in-page button's request, only from the page tools in the top frame of the tab the panel reads. */
export function parseAnnotateSelection(raw: unknown, sender: SenderLike, self: Self, tabId: number): AnnotateSelectionRequest | null {
  if (!isObj(raw) || raw.type !== 'pl/annotate-selection' || !isQuote(raw.quote)) return null;
  if (!fromContentScript(sender, self) || sender.tab?.id !== tabId) return null;
  const { exact, prefix, suffix } = raw.quote;
  return { type: raw.type, quote: { exact, ...(prefix !== undefined ? { prefix } : {}), ...(suffix !== undefined ? { suffix } : {}) } };
}

/** A request for the offscreen document (only the extension's own pages may send it). */
export function parseOffscreenRequest(raw: unknown, sender: SenderLike, self: Self): OffscreenRequest | null {
  if (!isObj(raw) || raw.type !== 'pl/offscreen-run' || !fromExtensionPage(sender, self)) return null;
  const page = raw.page;
  if (raw.op !== 'save' && raw.op !== 'analyze') return null;
  if (!isObj(page) || typeof page.html !== 'string' || !isStr(page.url, 8192) || !isStr(page.title, 4096)) return null;
  if (page.contentType !== undefined && !isStr(page.contentType, 200)) return null;
  const contentType = page.contentType as string | undefined;
  return { type: raw.type, op: raw.op, page: { html: page.html, url: page.url, title: page.title, ...(contentType ? { contentType } : {}) } };
}

/**
 * Runs `fn` and wraps its result or error as a Reply. Store errors become a code the UI
 * translates (`store-quota`, `store-newer-database`…); others keep their message.
 */
export async function toReply<T>(fn: () => T | Promise<T>): Promise<Reply<T>> {
  try {
    return { ok: true, value: await fn() };
  } catch (err) {
    return { ok: false, error: errorCode(err) };
  }
}

/** A short code for known failures, else the error's message. */
export function errorCode(err: unknown): string {
  // Dexie reports a failed open to later queries as DatabaseClosedError with the cause inside.
  const outer = err as { inner?: { name?: string } };
  const e = (outer?.inner?.name === 'StoreError' ? outer.inner : err) as { name?: string; kind?: string; message?: string };
  if (e?.name === 'StoreError' && e.kind && e.kind !== 'unknown') return `store-${e.kind}`;
  return e?.message ?? String(err);
}

/** Unwraps a reply; throws its error (or a clear one when nothing answered). */
export function unwrap<T>(reply: Reply<T> | undefined): T {
  if (!reply || typeof reply !== 'object') throw new Error('no-receiver');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
