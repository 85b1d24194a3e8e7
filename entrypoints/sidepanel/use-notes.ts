/**
 * The page's saved annotations: loaded for the page URL, re-anchored against this visit's
 * report text (orphaned ones stay listed as orphaned), drawn in the page, and edited:
 * a note on the selection, a watched commitment, a status set by hand.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { describeRange, type Selectors } from '../../lib/anchor/index';
import type { Quote } from '../../lib/anchor/quote-match';
import type { Status } from '../../lib/diff/types';
import type { Commitment, Extraction } from '../../lib/extract/types';
import type { HighlightItem } from '../../lib/messages';
import { NO_NOTES, noteItems, noteViews, type CommitmentMark, type NoteView } from '../../lib/page-agent/note-views';
import { locateSelection } from '../../lib/page-agent/panel-model';
import {
  addAnnotation, annotationsForUrl, deleteAnnotation, updateAnnotation, type AnnotationRecord, type LedgerDb,
} from '../../lib/store/index';
import { ensureTools, sendToTab } from '../shared/ext';

export interface Notes {
  notes: NoteView[];
  marks: Map<string, CommitmentMark>;
  /** The selection in the page as selectors in the report text, or an error code. */
  captureSelection: () => Promise<Selectors>;
  /** A quote from the page as selectors in the report text; throws 'selection-outside' when it is not there. */
  locate: (quote: Quote) => Selectors;
  addNote: (selectors: Selectors, note: string, tags: string[]) => Promise<void>;
  /** A note on the report as a whole (kind 'page', no passage). */
  addPageNote: (note: string, tags: string[]) => Promise<void>;
  /** New text and tags for a note; on failure the stored note keeps its old text. */
  edit: (n: NoteView, note: string, tags: string[]) => Promise<void>;
  setWatch: (c: Commitment, watched: boolean) => Promise<void>;
  setStatus: (c: Commitment, status: Status | null, note: string) => Promise<void>;
  remove: (n: NoteView) => Promise<void>;
}

export function useNotes(db: LedgerDb, tabId: number | null, url: string | null, x: Extraction | null, draw: (items: HighlightItem[]) => void): Notes {
  const [records, setRecords] = useState<AnnotationRecord[]>([]);
  const refresh = useCallback(async () => { setRecords(url ? await annotationsForUrl(db, url) : []); }, [db, url]);
  useEffect(() => { void refresh(); }, [refresh, x]);
  const { all, notes, marks } = useMemo(() => (x ? noteViews(x, records) : NO_NOTES), [x, records]);
  useEffect(() => { if (x) draw(noteItems(x, notes)); }, [x, notes, draw]);

  const locate = useCallback((quote: Quote): Selectors => {
    const selectors = x ? locateSelection(x, quote) : null;
    if (!selectors) throw new Error('selection-outside');
    return selectors;
  }, [x]);
  const captureSelection = useCallback(async (): Promise<Selectors> => {
    if (tabId === null || !x) throw new Error('no-page');
    await ensureTools(tabId);
    const quote = await sendToTab(tabId, { type: 'pl/capture-selection' });
    if (!quote) throw new Error('no-selection');
    return locate(quote);
  }, [tabId, x, locate]);
  const addNote = useCallback(async (selectors: Selectors, note: string, tags: string[]) => {
    await addAnnotation(db, { url: url!, selectors, note, tags, kind: 'note' });
    await refresh();
  }, [db, url, refresh]);
  const addPageNote = useCallback(async (note: string, tags: string[]) => {
    await addAnnotation(db, { url: url!, selectors: null, note, tags, kind: 'page' });
    await refresh();
  }, [db, url, refresh]);
  const edit = useCallback(async (n: NoteView, note: string, tags: string[]) => {
    await updateAnnotation(db, n.id, { note, tags });
    await refresh();
  }, [db, refresh]);
  const existing = (c: Commitment, kind: NoteView['kind']) => all.filter((n) => n.commitmentId === c.id && n.kind === kind);
  const setWatch = useCallback(async (c: Commitment, watched: boolean) => {
    if (watched) await addAnnotation(db, { url: url!, selectors: describeRange(x!.text, c.start, c.end), kind: 'watch', commitmentId: c.id });
    else for (const n of existing(c, 'watch')) await deleteAnnotation(db, n.id);
    await refresh();
  }, [db, url, x, all, refresh]);
  const setStatus = useCallback(async (c: Commitment, status: Status | null, note: string) => {
    const [prior] = existing(c, 'status');
    if (prior) await updateAnnotation(db, prior.id, { status, note });
    else await addAnnotation(db, { url: url!, selectors: describeRange(x!.text, c.start, c.end), kind: 'status', status, note, commitmentId: c.id });
    await refresh();
  }, [db, url, x, all, refresh]);
  const remove = useCallback(async (n: NoteView) => { await deleteAnnotation(db, n.id); await refresh(); }, [db, refresh]);
  return { notes, marks, captureSelection, locate, addNote, addPageNote, edit, setWatch, setStatus, remove };
}
