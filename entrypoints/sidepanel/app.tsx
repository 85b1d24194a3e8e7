/** The side panel: page state → a notice, or the report view with its tabs and actions. */
import { useState } from 'preact/hooks';
import { AnnotateForm } from '../../components/AnnotateForm';
import { ExportMenu } from '../../components/ExportMenu';
import { HighlightToggles } from '../../components/HighlightToggles';
import { describeError, type Translate } from '../../components/i18n';
import { Notice } from '../../components/Notice';
import { PanelHeader } from '../../components/PanelHeader';
import { TabBar } from '../../components/TabBar';
import type { PanelTab } from '../../components/types';
import type { Selectors } from '../../lib/anchor/index';
import { PAGE_EXPORTS, type PageExportKind } from '../../lib/library/export-kinds';
import { errorCode } from '../../lib/messages';
import { openLedgerDb } from '../../lib/store/index';
import { openFrame } from '../shared/ext';
import { openLibrary } from '../shared/open-library';
import { exportPage } from '../shared/page-export';
import { TabPanels } from './tab-panels';
import { useAnnotateButton } from './use-annotate-button';
import { useHighlights } from './use-highlights';
import { useNotes } from './use-notes';
import { usePage, type PageState } from './use-page';
import { useSnapshot, type SaveState } from './use-snapshot';

const db = openLedgerDb();

export function App({ t }: { t: Translate }) {
  const { state, load } = usePage();
  const ready = state.status === 'ready' ? state : null;
  const x = ready?.analysis.extraction ?? null;
  const hl = useHighlights(ready?.tabId ?? null, x);
  const notes = useNotes(db, ready?.tabId ?? null, ready?.analysis.page.url ?? null, x, hl.drawNotes);
  const snap = useSnapshot(db, ready?.analysis ?? null);
  const [tab, setTab] = useState<PanelTab>('commitments');
  const [pending, setPending] = useState<Selectors | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The in-page button beside a selection opens the note form here, on that passage.
  useAnnotateButton(ready?.tabId ?? null, hl.phase === 'drawn', t('annotateButton'), (quote) => {
    setError(null);
    try {
      setPending(notes.locate(quote));
      setTab('notes');
    } catch (e) {
      setError((e as Error).message);
    }
  });
  if (!ready || !x) return <main class="panel" data-state={state.status}>{stateNotice(t, state, load)}</main>;
  const annotate = () => {
    setError(null);
    notes.captureSelection().then((s) => { setPending(s); setTab('notes'); }).catch((e: Error) => setError(e.message));
  };
  const counts = { outline: x.headings.length, numbers: x.numbers.length, commitments: x.commitments.length, problems: x.problems.length, notes: notes.notes.length };
  return (
    <main class="panel" data-state="ready" data-highlights={hl.phase} lang={x.language === 'zh' ? 'zh-CN' : 'en'}>
      <PanelHeader t={t} extraction={x} detectMs={ready.info.ms} />
      <div class="toolbar">
        <button type="button" data-action="save" onClick={snap.save} disabled={snap.state.kind === 'saving'}>{t('saveSnapshot')}</button>
        <button type="button" data-action="annotate" class="secondary" onClick={annotate}>{t('annotateSelection')}</button>
        <button type="button" data-action="open-library" class="secondary" onClick={() => void openLibrary()}>{t('openLibrary')}</button>
        <ExportMenu t={t} kinds={PAGE_EXPORTS}
          onExport={(k) => { exportPage(k as PageExportKind, db, x, ready.analysis.page.url, ready.analysis.doc.body).catch((e) => setError(errorCode(e))); }} />
      </div>
      {saveNotice(t, snap.state)}
      {error && <Notice kind="error">{describeError(t, error)}</Notice>}
      <HighlightToggles t={t} visible={hl.visible} onToggle={hl.toggle} supported={hl.supported} />
      {pending && (
        <AnnotateForm t={t} exact={pending.quote.exact} onCancel={() => setPending(null)}
          onSave={(note, tags) => { void notes.addNote(pending, note, tags).then(() => setPending(null), (e: Error) => setError(e.message)); }} />
      )}
      <TabBar t={t} active={tab} counts={counts} onSelect={setTab} />
      <TabPanels t={t} tab={tab} x={x} hl={hl} notes={notes} />
    </main>
  );
}

function stateNotice(t: Translate, s: PageState, load: (force?: boolean) => void) {
  switch (s.status) {
    case 'loading': case 'reading': return <Notice kind="info">{t('loading')}</Notice>;
    case 'no-tab': return <Notice kind="info">{t('noTab')}</Notice>;
    case 'unsupported': return <Notice kind="info">{t('unsupportedPage')}</Notice>;
    case 'no-agent': return <Notice kind="info" action={{ label: t('retry'), onClick: () => load() }}>{t('noAgent')}</Notice>;
    case 'not-report': return (
      <Notice kind="info" action={{ label: t('readAnyway'), onClick: () => load(true) }}>
        {t('notReport', Math.round(s.info.detection.score * 100))}
      </Notice>
    );
    case 'in-frame': return <Notice kind="info" action={{ label: t('openFrame'), onClick: () => void openFrame(s.frame) }}>{t('inFrame')}</Notice>;
    case 'pdf': return <Notice kind="info">{t('pdfPage')}</Notice>;
    case 'empty': return <Notice kind="info">{describeError(t, s.reason)}</Notice>;
    case 'error': return <Notice kind="error" action={{ label: t('retry'), onClick: () => load() }}>{describeError(t, s.error)}</Notice>;
    default: return null;
  }
}

function saveNotice(t: Translate, s: SaveState) {
  if (s.kind === 'saved') {
    return (
      <Notice kind="success" action={{ label: t('openSavedSnapshot'), onClick: () => void openLibrary(`#/snapshot/${s.id}`) }}>
        <span data-saved={s.created ? 'created' : 'exists'} data-snapshot-id={s.id}>{t(s.created ? 'saved' : 'alreadySaved')}</span>
      </Notice>
    );
  }
  if (s.kind === 'error') return <Notice kind="error"><span data-save-error={s.code}>{describeError(t, s.code)}</span></Notice>;
  return null;
}
