import type { HitSnippet } from '../lib/store/library';
import type { CardRecord } from '../lib/store/schema';
import type { Translate } from './i18n';

export interface SnapshotCardProps {
  t: Translate;
  card: CardRecord;
  snippet: HitSnippet | null;
  selected: boolean;
  /** Show the issuer on the card (when the list is not grouped by issuer). */
  showIssuer: boolean;
  onToggle: () => void;
  onOpen: () => void;
}

/** The calendar day of an ISO time, as saved (UTC): stable across time zones and tests. */
const day = (iso: string) => iso.slice(0, 10);

/**
 * One saved report in the list: select box, title (opens the reader), facts, tags and the
 * search hit. The card is one Tab stop; its select box and title are reached with ←/→
 * (components/use-list-keys.ts), Enter opens it, Space selects it.
 */
export function SnapshotCard({ t, card, snippet, selected, showIssuer, onToggle, onOpen }: SnapshotCardProps) {
  const title = card.title || t('untitled');
  return (
    <li class="card" data-card-id={card.id} data-sha={card.sha256} data-year={card.year} tabIndex={0}
      aria-label={title} aria-describedby={`card-facts-${card.id}`}>
      <input type="checkbox" class="card-select" tabIndex={-1} data-card-control checked={selected} aria-label={t('selectSnapshot', title)} onChange={onToggle} />
      <div class="card-body">
        <button type="button" class="item-link card-title" tabIndex={-1} data-card-control data-action="open" onClick={onOpen}>{title}</button>
        <p class="card-facts muted" id={`card-facts-${card.id}`}>
          {showIssuer && <span>{card.meta.issuer || card.issuer || t('unknownIssuer')} · </span>}
          {card.year ? <span>{t('yearShort', card.year)} · </span> : null}
          <span>{t(`docType_${card.docType.replace('-', '_')}`)} · </span>
          <span>{t('savedOn', day(card.savedAt))} · </span>
          <span data-count="commitments">{t('nCommitments', card.counts.commitments)}</span>
          {card.notes > 0 && <span data-count="notes"> · {t('nNotes', card.notes)}</span>}
        </p>
        {card.tags.length > 0 && <p class="tags">{card.tags.map((tag) => <span key={tag} class="tag">#{tag}</span>)}</p>}
        {snippet && (
          <p class="snippet" data-snippet={snippet.source}>
            {snippet.source === 'note' && <span class="chip">{t('foundInNote')}</span>}
            {snippet.before}<mark>{snippet.hit}</mark>{snippet.after}
          </p>
        )}
      </div>
    </li>
  );
}
