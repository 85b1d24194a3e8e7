/** The content of the selected tab: composes the list components with the panel's state. */
import { useMemo, useState } from 'preact/hooks';
import { CommitmentList } from '../../components/CommitmentList';
import type { Translate } from '../../components/i18n';
import { NotesList } from '../../components/NotesList';
import { NumberList } from '../../components/NumberList';
import { OutlineList } from '../../components/OutlineList';
import { ProblemList } from '../../components/ProblemList';
import type { PanelTab } from '../../components/types';
import type { Extraction, NumberKind } from '../../lib/extract/types';
import { commitmentSections, quoteAt } from '../../lib/page-agent/panel-model';
import type { Highlights } from './use-highlights';
import type { Notes } from './use-notes';

export interface TabPanelsProps { t: Translate; tab: PanelTab; x: Extraction; hl: Highlights; notes: Notes }

export function TabPanels({ t, tab, x, hl, notes }: TabPanelsProps) {
  const [kind, setKind] = useState<NumberKind | 'all'>('all');
  const [query, setQuery] = useState('');
  const [section, setSection] = useState('');
  const headings = useMemo(() => new Map(x.headings.map((h) => [h.id, h])), [x]);
  const numbers = useMemo(() => new Map(x.numbers.map((n) => [n.id, n])), [x]);
  const sections = useMemo(() => commitmentSections(x), [x]);
  const reveal = (r: { id?: string; start: number; end: number }) => hl.reveal(r.id, quoteAt(x.text, r.start, r.end));
  return (
    <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} class="tabpanel">
      {tab === 'outline' && <OutlineList t={t} headings={x.headings} onReveal={reveal} />}
      {tab === 'numbers' && (
        <NumberList t={t} numbers={x.numbers} headings={headings} kind={kind} query={query}
          onKind={setKind} onQuery={setQuery} onReveal={reveal} />
      )}
      {tab === 'commitments' && (
        <CommitmentList t={t} commitments={x.commitments} numbers={numbers} sections={sections.sections}
          sectionOf={sections.sectionOf} section={section} marks={notes.marks} onSection={setSection}
          onReveal={reveal} onWatch={(c, w) => void notes.setWatch(c, w)}
          onStatus={(c, s, note) => void notes.setStatus(c, s, note)} />
      )}
      {tab === 'problems' && <ProblemList t={t} problems={x.problems} headings={headings} onReveal={reveal} />}
      {tab === 'notes' && (
        <NotesList t={t} notes={notes.notes} onDelete={(n) => void notes.remove(n)}
          onReveal={(n) => n.span && hl.reveal(`a${n.id}`, quoteAt(x.text, n.span.start, n.span.end))} />
      )}
    </div>
  );
}
