/**
 * The content of the selected tab over one extraction — outline, figures, commitments,
 * problems, notes — with the figure and section filters kept while tabs change. Shared by the
 * side panel (the live page) and the library's reader (a snapshot); each passes how to reveal
 * a passage and what to do with notes and marks.
 */
import { useMemo, useState } from 'preact/hooks';
import type { Status } from '../lib/diff/types';
import type { Commitment, Extraction, NumberKind } from '../lib/extract/types';
import { commitmentSections } from '../lib/page-agent/panel-model';
import { CommitmentList } from './CommitmentList';
import type { Translate } from './i18n';
import { NotesList } from './NotesList';
import { NumberList } from './NumberList';
import { OutlineList } from './OutlineList';
import { ProblemList } from './ProblemList';
import { useListKeys } from './use-list-keys';
import type { CommitmentMark, MarkFilter, NoteView, PanelTab } from './types';

export interface ExtractionPanelsProps {
  t: Translate;
  tab: PanelTab;
  x: Extraction;
  notes: NoteView[];
  marks: Map<string, CommitmentMark>;
  /** Shows a passage of the text (an item's span; `id` when it is a highlighted item). */
  onReveal: (r: { id?: string; start: number; end: number }) => void;
  onRevealNote: (n: NoteView) => void;
  onDeleteNote: (n: NoteView) => void;
  /** Saves a note's new text and tags; rejects with an error code when nothing was saved. */
  onEditNote: (n: NoteView, note: string, tags: string[]) => Promise<void>;
  /** Adds a note on the whole report; rejects like onEditNote. */
  onAddPageNote: (note: string, tags: string[]) => Promise<void>;
  onWatch: (c: Commitment, watched: boolean) => void;
  onStatus: (c: Commitment, status: Status | null, note: string) => void;
}

/**
 * Every list of the panels: one Tab stop per item, its actions (reveal, watch, status, delete)
 * on ←/→, j/k to the next/previous item, Enter shows the item's passage.
 */
const PANEL_KEYS = {
  item: '[data-key-item]', control: '[data-key-control]', search: 'input[data-filter="indicator"]',
  onOpen: (item: HTMLElement) => item.querySelector<HTMLElement>('.item-link')?.click(),
};

export function ExtractionPanels(p: ExtractionPanelsProps) {
  const { t, tab, x } = p;
  const [kind, setKind] = useState<NumberKind | 'all'>('all');
  const [query, setQuery] = useState('');
  const [section, setSection] = useState('');
  const [mark, setMark] = useState<MarkFilter>('');
  const headings = useMemo(() => new Map(x.headings.map((h) => [h.id, h])), [x]);
  const numbers = useMemo(() => new Map(x.numbers.map((n) => [n.id, n])), [x]);
  const sections = useMemo(() => commitmentSections(x), [x]);
  useListKeys(PANEL_KEYS);
  return (
    <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} class="tabpanel">
      {tab === 'outline' && <OutlineList t={t} headings={x.headings} onReveal={p.onReveal} />}
      {tab === 'numbers' && (
        <NumberList t={t} numbers={x.numbers} headings={headings} kind={kind} query={query}
          onKind={setKind} onQuery={setQuery} onReveal={p.onReveal} />
      )}
      {tab === 'commitments' && (
        <CommitmentList t={t} commitments={x.commitments} numbers={numbers} sections={sections.sections}
          sectionOf={sections.sectionOf} section={section} mark={mark} marks={p.marks} onSection={setSection} onMark={setMark}
          onReveal={p.onReveal} onWatch={p.onWatch} onStatus={p.onStatus} />
      )}
      {tab === 'problems' && <ProblemList t={t} problems={x.problems} headings={headings} onReveal={p.onReveal} />}
      {tab === 'notes' && (
        <NotesList t={t} notes={p.notes} onDelete={p.onDeleteNote} onReveal={p.onRevealNote} onEdit={p.onEditNote} onAddPageNote={p.onAddPageNote} />
      )}
    </div>
  );
}
