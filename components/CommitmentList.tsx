import type { Status } from '../lib/diff/types';
import type { Commitment, Heading, NumberMention } from '../lib/extract/types';
import { CommitmentItem } from './CommitmentItem';
import { ShowMore, useShowMore } from './ShowMore';
import type { Translate } from './i18n';
import { filterCommitments } from '../lib/page-agent/note-views';
import type { CommitmentMark, MarkFilter } from './types';

export interface CommitmentListProps {
  t: Translate;
  commitments: Commitment[];
  numbers: Map<string, NumberMention>;
  /** Sections to filter by: top-level headings that contain commitments. */
  sections: Heading[];
  /** Top-level heading id of each commitment. */
  sectionOf: Map<string, string | null>;
  section: string;
  /** Only the watched commitments, or those with a status set by hand ('' for all). */
  mark: MarkFilter;
  marks: Map<string, CommitmentMark>;
  onSection: (id: string) => void;
  onMark: (mark: MarkFilter) => void;
  onReveal: (c: Commitment) => void;
  onWatch: (c: Commitment, watched: boolean) => void;
  onStatus: (c: Commitment, status: Status | null, note: string) => void;
}

const NO_MARK: CommitmentMark = { watched: false, status: null, note: '' };

/** Commitments with a section filter, a page at a time; each item shows deadline, targets and strength. */
export function CommitmentList(p: CommitmentListProps) {
  const { t } = p;
  const shown = filterCommitments(p.commitments, p);
  const page = useShowMore(shown, `${p.section}\u0000${p.mark}`);
  const watched = [...p.marks.values()].filter((m) => m.watched).length;
  return (
    <div>
      <div class="filters">
        {p.sections.length > 1 && (
          <label>
            {t('filterSection')}{' '}
            <select value={p.section} data-filter="section" onChange={(e) => p.onSection((e.currentTarget as HTMLSelectElement).value)}>
              <option value="">{t('all')}</option>
              {p.sections.map((h) => <option key={h.id} value={h.id}>{`${h.marker}${h.title}`.slice(0, 40)}</option>)}
            </select>
          </label>
        )}
        <label>
          {t('filterMark')}{' '}
          <select value={p.mark} data-filter="mark" onChange={(e) => p.onMark((e.currentTarget as HTMLSelectElement).value as MarkFilter)}>
            <option value="">{t('all')}</option>
            <option value="watched">{t('filterWatched', watched)}</option>
            <option value="status">{t('filterWithStatus')}</option>
          </select>
        </label>
      </div>
      {!shown.length && <p class="empty">{t(p.commitments.length ? 'emptyFiltered' : 'emptyCommitments')}</p>}
      <ul class="items commitments">
        {page.items.map((c) => (
          <CommitmentItem
            key={c.id}
            t={t}
            commitment={c}
            targets={c.targets.map((id) => p.numbers.get(id)).filter((n): n is NumberMention => !!n)}
            mark={p.marks.get(c.id) ?? NO_MARK}
            onReveal={() => p.onReveal(c)}
            onWatch={(w) => p.onWatch(c, w)}
            onStatus={(s, note) => p.onStatus(c, s, note)}
          />
        ))}
      </ul>
      <ShowMore t={t} shown={page.items.length} total={page.total} onMore={page.more} />
    </div>
  );
}
