/**
 * Pure view-model helpers for the side panel: what to highlight, sections to filter by,
 * saved annotations re-anchored against this visit's text, and a page selection located
 * in the report text. Selectors of annotations refer to the Extraction's normalized text
 * (the same text a snapshot stores), so they survive between visits and into exports.
 */
import { anchor, describeRange, type Selectors } from '../anchor/index';
import { findQuote, type Quote } from '../anchor/quote-match';
import type { Status } from '../diff/types';
import { topHeading } from '../extract/heading-tree';
import type { Extraction, Heading } from '../extract/types';
import type { HighlightItem } from '../messages';
import type { AnnotationRecord } from '../store/schema';

/** Context kept on each side of a quote (as lib/anchor). */
const CONTEXT = 32;

export type AnchorState = 'anchored' | 'fuzzy' | 'orphaned';
export interface NoteView {
  id: number;
  kind: AnnotationRecord['kind'];
  exact: string;
  note: string;
  tags: string[];
  status: Status | null;
  /** The commitment of this visit's extraction the passage falls on, if any. */
  commitmentId: string | null;
  anchor: AnchorState;
  /** Where it is in this visit's text (null when orphaned). */
  span: { start: number; end: number } | null;
}
export interface CommitmentMark { watched: boolean; status: Status | null; note: string }

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

/** Saved annotations re-anchored against this visit's text (position → quote → fuzzy, else orphaned). */
export function noteViews(x: Extraction, records: AnnotationRecord[]): { notes: NoteView[]; marks: Map<string, CommitmentMark> } {
  const marks = new Map<string, CommitmentMark>();
  const notes = records.map((r): NoteView => {
    const found = anchor(x.text, r.selectors);
    const span = found.status === 'anchored' ? { start: found.start, end: found.end } : null;
    const c = span ? x.commitments.find((k) => k.start < span.end && span.start < k.end) : undefined;
    if (c && r.kind !== 'note') {
      const mark = marks.get(c.id) ?? { watched: false, status: null, note: '' };
      if (r.kind === 'watch') mark.watched = true;
      else { mark.status = r.status; mark.note = r.note; }
      marks.set(c.id, mark);
    }
    return {
      id: r.id, kind: r.kind, exact: r.selectors.quote.exact, note: r.note, tags: r.tags, status: r.status,
      commitmentId: c?.id ?? null,
      anchor: found.status === 'orphaned' ? 'orphaned' : found.method === 'fuzzy' ? 'fuzzy' : 'anchored',
      span,
    };
  });
  return { notes, marks };
}

/** Highlight items for the anchored notes (kind 'note', id `a<record id>`). */
export function noteItems(x: Extraction, notes: NoteView[]): HighlightItem[] {
  return notes.filter((n) => n.span && n.kind === 'note')
    .map((n) => ({ id: `a${n.id}`, kind: 'note' as const, quote: quoteAt(x.text, n.span!.start, n.span!.end) }));
}
