/** The reader: a saved snapshot offline (text with highlights, or the saved page), its notes and extraction. */
import { useEffect, useState } from 'preact/hooks';
import { ExportMenu } from '../../components/ExportMenu';
import { ExtractionPanels } from '../../components/ExtractionPanels';
import { describeError, type Translate } from '../../components/i18n';
import { Notice } from '../../components/Notice';
import { ReaderView } from '../../components/ReaderView';
import { TabBar } from '../../components/TabBar';
import { TagsEditor } from '../../components/TagsEditor';
import type { PanelTab } from '../../components/types';
import { SELECTION_EXPORTS, type SelectionExportKind } from '../../lib/library/export-kinds';
import type { Route } from '../../lib/library/route';
import { errorCode } from '../../lib/messages';
import { selectionData, type SnapshotRecord } from '../../lib/store/index';
import { download } from '../shared/download';
import { db } from './db';
import { exportTools } from './export-context';
import { useReader } from './use-reader';

type SnapshotRoute = Extract<Route, { view: 'snapshot' }>;
export interface ReaderScreenProps { t: Translate; lang: string; route: SnapshotRoute; go: (r: Route, replace?: boolean) => void }

export function ReaderScreen({ t, lang, route, go }: ReaderScreenProps) {
  const r = useReader(route.id, route.at);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    // Sent here at a passage (an evidence sentence, a clicked item): show it and move focus to it.
    const el = document.querySelector<HTMLElement>('[data-focus]');
    if (el) { el.scrollIntoView({ block: 'center' }); el.focus({ preventScroll: true }); }
  }, [r.blocks, route.mode]);
  if (r.load.status === 'loading') return <p class="muted" role="status">{t('libraryLoading')}</p>;
  if (r.load.status === 'missing') return <Notice kind="error">{t('snapshotMissing')}</Notice>;
  if (r.load.status === 'error') return <Notice kind="error">{describeError(t, r.load.error)}</Notice>;
  const s = r.load.snapshot;
  const reveal = (x: { start: number; end: number }) => go({ ...route, mode: 'text', at: { start: x.start, end: x.end } }, true);
  const exportAs = (kind: string) => {
    setFailure(null);
    Promise.all([selectionData(db, [s.id]), exportTools(lang)])
      .then(([data, x]) => download(x.selectionExport(kind as SelectionExportKind, data, x.ctx)))
      .catch((e) => setFailure(describeError(t, errorCode(e))));
  };
  return (
    <div class="reader-screen">
      <div class="reader-main">
        <ReaderView t={t} snapshot={s} mode={route.mode} blocks={r.blocks} onMode={(mode) => go({ ...route, mode }, true)} />
      </div>
      <aside class="reader-side" aria-label={t('readerSide')}>
        <div class="toolbar"><ExportMenu t={t} kinds={SELECTION_EXPORTS} onExport={exportAs} /></div>
        {(r.error || failure) && <Notice kind="error">{failure ?? describeError(t, r.error!)}</Notice>}
        <TagsEditor t={t} tags={s.tags} onSave={r.actions.setTags} />
        <SidePanels t={t} s={s} r={r} reveal={reveal} />
      </aside>
    </div>
  );
}

function SidePanels({ t, s, r, reveal }: { t: Translate; s: SnapshotRecord; r: ReturnType<typeof useReader>; reveal: (x: { start: number; end: number }) => void }) {
  const x = s.extraction;
  const [tab, setTab] = useState<PanelTab>('notes');
  const counts = { outline: x.headings.length, numbers: x.numbers.length, commitments: x.commitments.length, problems: x.problems.length, notes: r.notes.length };
  return (
    <>
      <TabBar t={t} active={tab} counts={counts} onSelect={setTab} />
      <ExtractionPanels t={t} tab={tab} x={x} notes={r.notes} marks={r.marks} onReveal={reveal}
        onRevealNote={(n) => n.span && reveal(n.span)} onDeleteNote={(n) => r.actions.deleteNote(n.id)}
        onEditNote={(n, note, tags) => r.actions.editNote(n.id, note, tags)} onAddPageNote={r.actions.addPageNote}
        onWatch={r.actions.setWatch} onStatus={r.actions.setStatus} />
    </>
  );
}
