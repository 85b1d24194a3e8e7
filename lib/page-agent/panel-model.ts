/**
 * Pure view-model helpers for the side panel: what to highlight, sections to filter by, and
 * a page selection located in the report text (saved annotations: note-views.ts). Selectors
 * of annotations refer to the Extraction's normalized text (the same text a snapshot
 * stores), so they survive between visits and into exports.
 */
import { describeRange, type Selectors } from '../anchor/index';
import { findQuote, type Quote } from '../anchor/quote-match';
import { topHeading } from '../extract/heading-tree';
import type { Extraction, Heading } from '../extract/types';
import type { HighlightItem } from '../messages';

/** Context kept on each side of a quote (as lib/anchor). */
const CONTEXT = 32;

/** The quote for text[start, end) with its context. */
export function quoteAt(text: string, start: number, end: number): Quote {
  return { exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - CONTEXT), start), suffix: text.slice(end, end + CONTEXT) };
}

/** Highlight items for commitments, numbers and problems, in document order per kind. */
export function highlightItems(x: Extraction): HighlightItem[] {
  const item = (kind: HighlightItem['kind'], r: { id: string; start: number; end: number }): HighlightItem =>
    ({ id: r.id, kind, quote: quoteAt(x.text, r.start, r.end) });
  return [
    ...x.commitments.map((c) => item('commitment', c)),
    ...x.problems.map((p) => item('problem', p)),
    ...x.numbers.map((n) => item('number', n)),
  ];
}

/** Top-level sections that contain commitments, and each commitment's top-level section. */
export function commitmentSections(x: Extraction): { sections: Heading[]; sectionOf: Map<string, string | null> } {
  const byId = new Map(x.headings.map((h) => [h.id, h]));
  const top = (id: string | null): string | null => topHeading(id, byId)?.id ?? null;
  const sectionOf = new Map(x.commitments.map((c) => [c.id, top(c.headingId)]));
  const used = new Set(sectionOf.values());
  return { sections: x.headings.filter((h) => used.has(h.id)), sectionOf };
}

/**
 * Waits before the side panel asks a tab whose content script has not answered again, while
 * the tab is still loading (1 + 2 + 4 + 8 = 15 s in all). The content script runs at
 * document_idle, and a page whose image never finishes never reaches 'complete', the
 * other moment the panel reads a tab again.
 */
export const AGENT_RETRY_MS: readonly number[] = [1000, 2000, 4000, 8000];

/** The wait before retry `attempt` (0 for the first), or null: stop (the tab has loaded, or time is up). */
export function agentRetryDelay(attempt: number, tabLoading: boolean): number | null {
  return tabLoading ? AGENT_RETRY_MS[attempt] ?? null : null;
}

/**
 * A PDF in the browser's viewer: told by the document's MIME type where the content script
 * answers (Chrome), else by a URL path ending in .pdf (Firefox's viewer runs no content
 * script, so there is no MIME type to ask for).
 */
export function isPdfView(contentType: string | null, url: string | undefined): boolean {
  if (contentType) return contentType === 'application/pdf';
  try {
    return !!url && /\.pdf$/i.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

/** A selection quoted from the page, located in the report text; null when it is not there. */
export function locateSelection(x: Extraction, quote: Quote): Selectors | null {
  const m = findQuote(x.text, quote);
  return m ? describeRange(x.text, m.start, m.end) : null;
}
