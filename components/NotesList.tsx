import type { Translate } from './i18n';
import { ShowMore, useShowMore } from './ShowMore';
import type { NoteView } from './types';

export interface NotesListProps {
  t: Translate;
  notes: NoteView[];
  onReveal: (n: NoteView) => void;
  onDelete: (n: NoteView) => void;
}

/**
 * Saved annotations of this page with how they were found on this visit. Orphaned ones
 * (their passage is gone) are listed as such and cannot be revealed: never moved elsewhere.
 */
export function NotesList({ t, notes, onReveal, onDelete }: NotesListProps) {
  const page = useShowMore(notes);
  if (!notes.length) return <p class="empty">{t('emptyNotes')}</p>;
  return (
    <>
      <ul class="items notes">
        {page.items.map((n) => (
          <li key={n.id} data-note-id={n.id} data-anchor={n.anchor} class={`note-${n.anchor}`} data-key-item tabIndex={0}>
            <span class={`chip anchor-${n.anchor}`}>{t(`anchor_${n.anchor}`)}</span>
            {n.anchor === 'orphaned'
              ? <blockquote class="quote orphaned">{n.exact}</blockquote>
              : <button type="button" class="item-link quote" tabIndex={-1} data-key-control onClick={() => onReveal(n)}>{n.exact}</button>}
            {n.note && <p class="note-text">{n.note}</p>}
            {n.tags.length > 0 && <p class="tags">{n.tags.map((tag) => <span key={tag} class="tag">#{tag}</span>)}</p>}
            <button type="button" class="small secondary" tabIndex={-1} data-key-control data-action="delete-note" onClick={() => onDelete(n)}>{t('delete')}</button>
          </li>
        ))}
      </ul>
      <ShowMore t={t} shown={page.items.length} total={page.total} onMore={page.more} />
    </>
  );
}
