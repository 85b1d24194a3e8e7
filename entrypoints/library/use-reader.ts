/**
 * A snapshot opened in the reader: the record, its notes re-anchored against its own text
 * (orphaned ones stay listed as such), the text view's blocks with highlights, and the edits
 * the reader offers (tags; watching a commitment or setting its status, as in the side panel).
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { describeRange } from '../../lib/anchor/index';
import type { Status } from '../../lib/diff/types';
import type { Commitment } from '../../lib/extract/types';
import { readerBlocks, readerMarks } from '../../lib/library/reader-text';
import { errorCode } from '../../lib/messages';
import { NO_NOTES, noteViews } from '../../lib/page-agent/note-views';
import { sanitizeHtml } from '../../lib/sanitize/index';
import {
  addAnnotation, annotationsForSnapshot, deleteAnnotation, getSnapshot, setSnapshotTags, updateAnnotation,
  type AnnotationRecord, type SnapshotRecord,
} from '../../lib/store/index';
import { db } from './db';

/**
 * The stored page sanitized again before it is shown, as a save sanitizes it: a snapshot
 * imported before imports were checked (issue 16) may hold a <link rel=preconnect> or an
 * iframe, which open connections that the frame's sandbox and CSP do not stop.
 */
function shownHtml(s: SnapshotRecord): string {
  try {
    return sanitizeHtml(s.html, window, s.url);
  } catch {
    return '';
  }
}

export type ReaderLoad = { status: 'loading' } | { status: 'missing' } | { status: 'error'; error: string } | { status: 'ready'; snapshot: SnapshotRecord };

export function useReader(id: number, focus: { start: number; end: number } | null) {
  const [load, setLoad] = useState<ReaderLoad>({ status: 'loading' });
  const [records, setRecords] = useState<AnnotationRecord[]>([]);
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback(async () => {
    const s = await getSnapshot(db, id);
    if (!s) return setLoad({ status: 'missing' });
    setRecords(await annotationsForSnapshot(db, s));
    setLoad({ status: 'ready', snapshot: { ...s, html: shownHtml(s) } });
  }, [id]);
  useEffect(() => { setLoad({ status: 'loading' }); refresh().catch((e) => setLoad({ status: 'error', error: errorCode(e) })); }, [refresh]);
  const s = load.status === 'ready' ? load.snapshot : null;
  const views = useMemo(() => (s ? noteViews(s.extraction, records) : NO_NOTES), [s, records]);
  const blocks = useMemo(() => {
    if (!s) return [];
    const spans = views.notes.filter((n) => n.span).map((n) => ({ id: n.id, ...n.span! }));
    return readerBlocks(s.text, s.extraction.headings, readerMarks(s.extraction, spans, focus));
  }, [s, views, focus?.start, focus?.end]);
  const run = (p: Promise<unknown>) => { setError(null); p.then(refresh).catch((e) => setError(errorCode(e))); };
  /** For the notes form, which shows a failure itself and keeps the typed text. */
  const save = async (p: Promise<unknown>) => { await p; await refresh(); };
  const on = (c: Commitment, kind: 'watch' | 'status') => views.all.filter((n) => n.commitmentId === c.id && n.kind === kind);
  const actions = {
    setTags: (tags: string[]) => run(setSnapshotTags(db, id, tags)),
    deleteNote: (noteId: number) => run(deleteAnnotation(db, noteId)),
    editNote: (noteId: number, note: string, tags: string[]) => save(updateAnnotation(db, noteId, { note, tags })),
    addPageNote: (note: string, tags: string[]) => save(addAnnotation(db, { url: s!.url, snapshotSha: s!.sha256, selectors: null, kind: 'page', note, tags })),
    setWatch: (c: Commitment, watched: boolean) => run((async () => {
      if (watched) await addAnnotation(db, { url: s!.url, snapshotSha: s!.sha256, selectors: describeRange(s!.text, c.start, c.end), kind: 'watch', commitmentId: c.id });
      else for (const n of on(c, 'watch')) await deleteAnnotation(db, n.id);
    })()),
    setStatus: (c: Commitment, status: Status | null, note: string) => run((async () => {
      const [prior] = on(c, 'status');
      if (prior) await updateAnnotation(db, prior.id, { status, note });
      else await addAnnotation(db, { url: s!.url, snapshotSha: s!.sha256, selectors: describeRange(s!.text, c.start, c.end), kind: 'status', status, note, commitmentId: c.id });
    })()),
  };
  return { load, notes: views.notes, marks: views.marks, blocks, error, actions };
}
