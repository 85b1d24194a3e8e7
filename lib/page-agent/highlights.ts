/**
 * In-page highlights with the CSS Custom Highlight API: ranges are registered in
 * `CSS.highlights` and painted by `::highlight()` rules, so the page's DOM and text stay
 * as they were (one <style> element is added for the rules). Each kind can be shown or
 * hidden; any item can be scrolled to and flashed. Runs in the content script.
 */
import { findQuote, type Quote } from '../anchor/quote-match';
import { rangeFor, readDomText, type DomText } from '../anchor/dom-text';
import { HIGHLIGHT_KINDS, type HighlightItem, type HighlightKind, type HighlightReport } from '../messages';

const NAME: Record<HighlightKind | 'flash', string> = {
  commitment: 'pl-commitment', number: 'pl-number', problem: 'pl-problem', note: 'pl-note', flash: 'pl-flash',
};
const STYLE_ID = 'promise-ledger-highlight-style';
const STYLE = `::highlight(pl-commitment){background-color:rgba(255,196,0,.38)}
::highlight(pl-problem){background-color:rgba(240,70,70,.28)}
::highlight(pl-number){background-color:rgba(40,140,255,.26)}
::highlight(pl-note){background-color:rgba(90,190,80,.35);text-decoration:underline dotted}
::highlight(pl-flash){background-color:rgba(255,110,0,.85);color:#000}`;
/** How long a revealed item stays flashed. */
const FLASH_MS = 1800;

type HighlightSet = { priority: number; add(r: Range): unknown; delete(r: Range): boolean; clear(): void; readonly size: number };
type HighlightWindow = Window & { CSS?: { highlights?: Map<string, unknown> }; Highlight?: new (...r: Range[]) => HighlightSet };

/**
 * Keeps the drawn ranges per item and kind, and one Highlight per kind in CSS.highlights.
 * Items may come in several messages (chunks of a long list): each chunk adds its ranges to
 * its kind's Highlight, and matching carries on from where the previous chunk stopped. The
 * page text is read once and reused until the page changes (a MutationObserver says so).
 */
export class Highlighter {
  private ranges = new Map<string, { kind: HighlightKind; range: Range }>();
  private sets = new Map<HighlightKind, HighlightSet>();
  private hidden = new Set<HighlightKind>();
  /** Where the last item of each kind was found: the next one is looked for after it. */
  private cursor = new Map<HighlightKind, number>();
  private dom: DomText | null = null;
  private observer: MutationObserver | null = null;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private doc: Document, private win: HighlightWindow) {}

  /** True when the browser has the Custom Highlight API. */
  get supported(): boolean {
    return !!this.win.CSS?.highlights && typeof this.win.Highlight === 'function';
  }

  /**
   * Finds each item's quote in the page (in order per kind) and draws what was found. Kinds
   * in `replace` lose their previous highlights first; other kinds are added to, so a long
   * list can be sent in chunks (the first with `replace`, the rest without).
   */
  draw(items: HighlightItem[], replace: HighlightKind[]): HighlightReport {
    for (const kind of replace) this.clearKind(kind);
    if (this.supported) this.ensureStyle(); // before reading: adding it is a change of the page
    const dom = this.read();
    const found: string[] = [];
    const missing: string[] = [];
    for (const item of items) {
      const m = findQuote(dom.text, item.quote, this.cursor.get(item.kind) ?? 0);
      const range = m && rangeFor(dom, m.start, m.end, this.doc);
      if (!m || !range) { missing.push(item.id); continue; }
      this.cursor.set(item.kind, m.start + 1);
      this.put(item.id, item.kind, range);
      found.push(item.id);
    }
    this.sync();
    return { supported: this.supported, found, missing };
  }

  setVisible(kind: HighlightKind, visible: boolean): void {
    if (visible) this.hidden.delete(kind);
    else this.hidden.add(kind);
    this.sync();
  }

  /** Scrolls to a drawn item or a quoted passage and flashes it; false when not found. */
  reveal(id?: string, quote?: Quote): boolean {
    let range = id ? this.ranges.get(id)?.range ?? null : null;
    if (!range && quote) {
      const dom = this.read();
      const m = findQuote(dom.text, quote);
      range = m && rangeFor(dom, m.start, m.end, this.doc);
    }
    if (!range) return false;
    const el = range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    this.flash(range);
    return true;
  }

  clear(): void {
    for (const kind of HIGHLIGHT_KINDS) this.clearKind(kind);
    this.sync();
    this.win.CSS?.highlights?.delete(NAME.flash);
  }

  private clearKind(kind: HighlightKind): void {
    for (const [id, r] of this.ranges) if (r.kind === kind) this.ranges.delete(id);
    this.sets.get(kind)?.clear();
    this.cursor.delete(kind);
  }

  /** Records an item's range and adds it to its kind's Highlight (replacing an earlier one). */
  private put(id: string, kind: HighlightKind, range: Range): void {
    const old = this.ranges.get(id);
    if (old) this.sets.get(old.kind)?.delete(old.range);
    this.ranges.set(id, { kind, range });
    if (!this.supported) return;
    let set = this.sets.get(kind);
    if (!set) this.sets.set(kind, set = new this.win.Highlight!());
    set.add(range);
  }

  /** The page's text, read again only after the page changed. */
  private read(): DomText {
    if (this.dom) return this.dom;
    const root = this.doc.body ?? this.doc.documentElement;
    this.dom = readDomText(root);
    const Observer = (this.win as Window & { MutationObserver?: typeof MutationObserver }).MutationObserver;
    if (Observer && !this.observer) {
      this.observer = new Observer(() => { this.dom = null; });
      this.observer.observe(this.doc, { childList: true, subtree: true, characterData: true, attributes: true });
    }
    return this.dom;
  }

  private flash(range: Range): void {
    if (!this.supported) return;
    const h = new this.win.Highlight!(range);
    h.priority = 10; // above the kind colours
    this.ensureStyle();
    this.win.CSS!.highlights!.set(NAME.flash, h);
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => this.win.CSS?.highlights?.delete(NAME.flash), FLASH_MS);
  }

  /** Registers each visible kind's Highlight, and unregisters hidden or empty ones. */
  private sync(): void {
    if (!this.supported) return;
    this.ensureStyle();
    const registry = this.win.CSS!.highlights!;
    for (const kind of HIGHLIGHT_KINDS) {
      const set = this.sets.get(kind);
      if (!set?.size || this.hidden.has(kind)) registry.delete(NAME[kind]);
      else if (registry.get(NAME[kind]) !== set) registry.set(NAME[kind], set);
    }
  }

  private ensureStyle(): void {
    if (this.doc.getElementById(STYLE_ID)) return;
    const style = this.doc.createElement('style');
    style.id = STYLE_ID;
    style.textContent = STYLE;
    (this.doc.head ?? this.doc.documentElement).appendChild(style);
  }
}
