import type { Block } from '../lib/library/reader-text';
import type { ReaderMode } from '../lib/library/route';
import type { SnapshotRecord } from '../lib/store/schema';
import type { Translate } from './i18n';
import { PanelHeader } from './PanelHeader';
import { ReaderText } from './ReaderText';
import { SandboxedPage } from './SandboxedPage';

export interface ReaderViewProps {
  t: Translate;
  snapshot: SnapshotRecord;
  mode: ReaderMode;
  blocks: Block[];
  onMode: (mode: ReaderMode) => void;
}

/**
 * A saved report read offline: its facts, then either the text with headings and highlights
 * or the saved page itself in a sandboxed frame. Nothing here needs the original page.
 */
export function ReaderView({ t, snapshot: s, mode, blocks, onMode }: ReaderViewProps) {
  const title = s.title ?? s.extraction.source.title ?? t('untitled');
  return (
    <section class="reader" data-snapshot={s.id} data-mode={mode}>
      <PanelHeader t={t} extraction={s.extraction} />
      <p class="muted reader-source">
        {t('savedOn', s.savedAt.slice(0, 10))} · <span class="url" title={s.url}>{s.url}</span>
      </p>
      <div class="row" role="group" aria-label={t('readerMode')}>
        <button type="button" class="small" data-mode-button="text" aria-pressed={mode === 'text'} onClick={() => onMode('text')}>{t('readerModeText')}</button>
        <button type="button" class="small" data-mode-button="page" aria-pressed={mode === 'page'} onClick={() => onMode('page')}>{t('readerModePage')}</button>
      </div>
      {mode === 'text'
        ? <ReaderText t={t} blocks={blocks} lang={s.extraction.language === 'zh' ? 'zh-CN' : 'en'} />
        : s.html ? <SandboxedPage t={t} html={s.html} title={title} /> : <p class="empty">{t('noSavedPage')}</p>}
    </section>
  );
}
