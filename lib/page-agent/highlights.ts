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

type HighlightWindow = Window & { CSS?: { highlights?: Map<string, unknown> }; Highlight?: new (...r: Range[]) => { priority: number } };

/** Keeps the drawn ranges per item and kind and mirrors them into CSS.highlights. */
export class Highlighter {
  private ranges = new Map<string, { kind: HighlightKind; range: Range }>();
  private hidden = new Set<HighlightKind>();
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private doc: Document, private win: HighlightWindow) {}

  /** True when the browser has the Custom Highlight API. */
  get supported(): boolean {
    return !!this.win.CSS?.highlights && typeof this.win.Highlight === 'function';
  }

  /** Finds each item's quote in the page (in order per kind) and draws what was found. */
  draw(items: HighlightItem[], replace: HighlightKind[]): HighlightReport {
    for (const [id, r] of this.ranges) if (replace.includes(r.kind)) this.ranges.delete(id);
    const dom = this.read();
    const cursor = new Map<HighlightKind, number>();
    const found: string[] = [];
    const missing: string[] = [];
    for (const item of items) {
      const m = findQuote(dom.text, item.quote, cursor.get(item.kind) ?? 0);
      const range = m && rangeFor(dom, m.start, m.end, this.doc);
      if (!m || !range) { missing.push(item.id); continue; }
      cursor.set(item.kind, m.start + 1);
      this.ranges.set(item.id, { kind: item.kind, range });
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
    this.ranges.clear();
    this.sync();
    this.win.CSS?.highlights?.delete(NAME.flash);
  }

  private read(): DomText {
    return readDomText(this.doc.body ?? this.doc.documentElement);
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

  /** Mirrors the visible kinds into the registry (one Highlight per kind). */
  private sync(): void {
    if (!this.supported) return;
    this.ensureStyle();
    const registry = this.win.CSS!.highlights!;
    for (const kind of HIGHLIGHT_KINDS) {
      const ranges = [...this.ranges.values()].filter((r) => r.kind === kind).map((r) => r.range);
      if (!ranges.length || this.hidden.has(kind)) registry.delete(NAME[kind]);
      else registry.set(NAME[kind], new this.win.Highlight!(...ranges));
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
