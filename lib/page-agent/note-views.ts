/**
 * A page's saved annotations as the panel and the reader show them: re-anchored against this
 * visit's text (position → quote → fuzzy, else orphaned, never moved elsewhere), split into
 * what a reader wrote (notes: on a passage, or on the report as a whole — page notes, listed
 * first) and the marks they set on commitments (watch, status), which are shown on the
 * commitment and never counted as notes.
 */
import { anchor } from '../anchor/index';
import type { Status } from '../diff/types';
import type { Commitment, Extraction } from '../extract/types';
import type { HighlightItem } from '../messages';
import { isNote, type AnnotationRecord } from '../store/schema';
import { quoteAt } from './panel-model';

/** Where a note is on this visit; 'page' for a page note, which has no passage. */
export type AnchorState = 'anchored' | 'fuzzy' | 'orphaned' | 'page';
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
  /** Where it is in this visit's text (null when orphaned, and for a page note). */
  span: { start: number; end: number } | null;
  createdAt: string;
  /** When the note or its tags were last changed; null when never. */
  editedAt: string | null;
}
export interface CommitmentMark { watched: boolean; status: Status | null; note: string }

export interface NoteViews {
  /** Every annotation (the panel finds a commitment's watch and status records here). */
  all: NoteView[];
  /** The notes alone, for the Notes tab and its count. */
  notes: NoteView[];
  marks: Map<string, CommitmentMark>;
}

export const NO_NOTES: NoteViews = { all: [], notes: [], marks: new Map() };

/** Saved annotations re-anchored against this visit's text, with each commitment's marks. */
export function noteViews(x: Extraction, records: AnnotationRecord[]): NoteViews {
  const marks = new Map<string, CommitmentMark>();
  const all = records.map((r): NoteView => {
    const found = r.selectors ? anchor(x.text, r.selectors) : null;
    const span = found?.status === 'anchored' ? { start: found.start, end: found.end } : null;
    const c = span ? x.commitments.find((k) => k.start < span.end && span.start < k.end) : undefined;
    if (c && !isNote(r)) {
      const mark = marks.get(c.id) ?? { watched: false, status: null, note: '' };
      if (r.kind === 'watch') mark.watched = true;
      else { mark.status = r.status; mark.note = r.note; }
      marks.set(c.id, mark);
    }
    return {
      id: r.id, kind: r.kind, exact: r.selectors?.quote.exact ?? '', note: r.note, tags: r.tags, status: r.status,
      commitmentId: c?.id ?? null,
      anchor: !found ? 'page' : found.status === 'orphaned' ? 'orphaned' : found.method === 'fuzzy' ? 'fuzzy' : 'anchored',
      span,
      createdAt: r.createdAt,
      editedAt: r.updatedAt && r.updatedAt !== r.createdAt ? r.updatedAt : null,
    };
  });
  // Page notes first (they are about the whole report), then passage notes in the order made.
  const notes = all.filter(isNote).sort((a, b) => Number(b.kind === 'page') - Number(a.kind === 'page'));
  return { all, notes, marks };
}

/** Highlight items for the anchored notes (kind 'note', id `a<record id>`). */
export function noteItems(x: Extraction, notes: NoteView[]): HighlightItem[] {
  return notes.filter((n) => n.span && n.kind === 'note')
    .map((n) => ({ id: `a${n.id}`, kind: 'note' as const, quote: quoteAt(x.text, n.span!.start, n.span!.end) }));
}

/** The commitments filter: all, the watched ones, or those with a status set by hand. */
export type MarkFilter = '' | 'watched' | 'status';

/** The commitments a section and a mark filter leave ('' for either: no filter). */
export function filterCommitments(
  commitments: Commitment[], by: { section: string; sectionOf: Map<string, string | null>; mark: MarkFilter; marks: Map<string, CommitmentMark> },
): Commitment[] {
  return commitments.filter((c) => {
    if (by.section && by.sectionOf.get(c.id) !== by.section) return false;
    const m = by.marks.get(c.id);
    if (by.mark === 'watched') return !!m?.watched;
    if (by.mark === 'status') return !!m?.status;
    return true;
  });
}
