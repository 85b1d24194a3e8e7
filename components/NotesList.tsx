import { useState } from 'preact/hooks';
import { errorCode } from '../lib/messages';
import { AnnotateForm } from './AnnotateForm';
import { describeError, type Translate } from './i18n';
import { ShowMore, useShowMore } from './ShowMore';
import type { NoteView } from './types';

export interface NotesListProps {
  t: Translate;
  /** Notes only (page notes first); watch and status marks are shown on their commitments. */
  notes: NoteView[];
  onReveal: (n: NoteView) => void;
  onDelete: (n: NoteView) => void;
  /** Saves a note's new text and tags; rejects (with an error code) when nothing was saved. */
  onEdit: (n: NoteView, note: string, tags: string[]) => Promise<void>;
  /** Adds a note on the whole report; rejects like onEdit. */
  onAddPageNote: (note: string, tags: string[]) => Promise<void>;
}

/** The calendar day of an ISO time, as stored (UTC): stable across time zones and tests. */
const day = (iso: string) => iso.slice(0, 10);

/**
 * Saved notes of this page with how they were found on this visit, each with when it was made
 * and last edited; notes on the whole report first. Orphaned ones (their passage is gone) are
 * listed as such and cannot be revealed: never moved elsewhere. A failed save (a full disk)
 * keeps the form open with the new text; the stored note keeps the old one.
 */
export function NotesList({ t, notes, onReveal, onDelete, onEdit, onAddPageNote }: NotesListProps) {
  const page = useShowMore(notes);
  const [editing, setEditing] = useState<number | 'page' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const open = (what: number | 'page' | null) => { setEditing(what); setError(null); };
  const save = (p: Promise<void>) => p.then(() => open(null), (e: unknown) => setError(describeError(t, errorCode(e))));
  return (
    <>
      {editing === 'page'
        ? <AnnotateForm t={t} exact={null} error={error} onCancel={() => open(null)} onSave={(note, tags) => save(onAddPageNote(note, tags))} />
        : <p class="row"><button type="button" class="small secondary" data-action="add-page-note" onClick={() => open('page')}>{t('addPageNote')}</button></p>}
      {!notes.length && <p class="empty">{t('emptyNotes')}</p>}
      <ul class="items notes">
        {page.items.map((n) => (
          <li key={n.id} data-note-id={n.id} data-anchor={n.anchor} class={`note-${n.anchor}`} data-key-item tabIndex={0}>
            <span class={`chip anchor-${n.anchor}`}>{t(`anchor_${n.anchor}`)}</span>
            <span class="muted note-dates" data-created={n.createdAt} data-edited={n.editedAt ?? undefined}>
              {t('noteCreated', day(n.createdAt))}{n.editedAt ? ` · ${t('noteEdited', day(n.editedAt))}` : ''}
            </span>
            {n.anchor === 'page' ? null : n.anchor === 'orphaned'
              ? <blockquote class="quote orphaned">{n.exact}</blockquote>
              : <button type="button" class="item-link quote" tabIndex={-1} data-key-control onClick={() => onReveal(n)}>{n.exact}</button>}
            {editing === n.id
              ? <AnnotateForm t={t} exact={null} initial={n} error={error} onCancel={() => open(null)} onSave={(note, tags) => save(onEdit(n, note, tags))} />
              : <NoteBody n={n} />}
            <span class="row">
              <button type="button" class="small secondary" tabIndex={-1} data-key-control data-action="edit-note" onClick={() => open(n.id)}>{t('edit')}</button>
              <button type="button" class="small secondary" tabIndex={-1} data-key-control data-action="delete-note" onClick={() => onDelete(n)}>{t('delete')}</button>
            </span>
          </li>
        ))}
      </ul>
      <ShowMore t={t} shown={page.items.length} total={page.total} onMore={page.more} />
    </>
  );
}

function NoteBody({ n }: { n: NoteView }) {
  return (
    <>
      {n.note && <p class="note-text">{n.note}</p>}
      {n.tags.length > 0 && <p class="tags">{n.tags.map((tag) => <span key={tag} class="tag">#{tag}</span>)}</p>}
    </>
  );
}
