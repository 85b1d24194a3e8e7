/** The content of the selected tab: the shared extraction panels, wired to the live page. */
import { ExtractionPanels } from '../../components/ExtractionPanels';
import type { Translate } from '../../components/i18n';
import type { PanelTab } from '../../components/types';
import type { Extraction } from '../../lib/extract/types';
import { quoteAt } from '../../lib/page-agent/panel-model';
import type { Highlights } from './use-highlights';
import type { Notes } from './use-notes';

export interface TabPanelsProps { t: Translate; tab: PanelTab; x: Extraction; hl: Highlights; notes: Notes }

export function TabPanels({ t, tab, x, hl, notes }: TabPanelsProps) {
  return (
    <ExtractionPanels t={t} tab={tab} x={x} notes={notes.notes} marks={notes.marks}
      onReveal={(r) => hl.reveal(r.id, quoteAt(x.text, r.start, r.end))}
      onRevealNote={(n) => n.span && hl.reveal(`a${n.id}`, quoteAt(x.text, n.span.start, n.span.end))}
      onDeleteNote={(n) => void notes.remove(n)}
      onEditNote={(n, note, tags) => notes.edit(n, note, tags)}
      onAddPageNote={(note, tags) => notes.addPageNote(note, tags)}
      onWatch={(c, w) => void notes.setWatch(c, w)}
      onStatus={(c, s, note) => void notes.setStatus(c, s, note)} />
  );
}
