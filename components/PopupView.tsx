import type { PageSummary } from '../lib/messages';
import type { Translate } from './i18n';

/** What the popup knows about the active tab. */
export type PopupState =
  | { status: 'loading' }
  | { status: 'unsupported' }
  | { status: 'no-agent' }
  /**
   * `frame`: the URL of the frame that holds the page's content, on a frame page.
   * `pdf`: the browser shows a PDF file (nothing to read or save).
   */
  | { status: 'page'; isReport: boolean; score: number; summary: PageSummary | null; error?: string; frame?: string | null; pdf?: boolean };

export interface PopupViewProps {
  t: Translate;
  state: PopupState;
  saving: boolean;
  message: { kind: 'success' | 'error'; text: string } | null;
  onOpenPanel: () => void;
  onSave: () => void;
  /** Opens the library page (saved snapshots, compare view, import/export). */
  onOpenLibrary?: () => void;
  /** Opens a frame page's frame in a new tab. */
  onOpenFrame?: (url: string) => void;
}

/** Whether the page is a report, its counts, and buttons to open the panel and to save. */
export function PopupView({ t, state, saving, message, onOpenPanel, onSave, onOpenLibrary, onOpenFrame }: PopupViewProps) {
  return (
    <main class="popup">
      <h1>{t('extName')}</h1>
      {state.status === 'loading' && <p class="muted">{t('loading')}</p>}
      {state.status === 'unsupported' && <p data-state="unsupported">{t('unsupportedPage')}</p>}
      {state.status === 'no-agent' && <p data-state="no-agent">{t('noAgent')}</p>}
      {state.status === 'page' && (
        <>
          <p data-state={state.isReport ? 'report' : 'not-report'} class={state.isReport ? 'verdict yes' : 'verdict'}>
            {t(state.isReport ? 'detectedReport' : 'detectedNotReport', Math.round(state.score * 100))}
          </p>
          {state.summary && (
            <ul class="counts" data-counts>
              {(['headings', 'numbers', 'commitments', 'problems'] as const).map((k) => (
                <li key={k} data-count-of={k}><strong>{state.summary!.counts[k]}</strong> {t(`count_${k}`)}</li>
              ))}
            </ul>
          )}
          {state.frame && (
            <p data-frame={state.frame}>
              {t('inFrame')}{' '}
              <button type="button" class="secondary" data-action="open-frame" onClick={() => onOpenFrame?.(state.frame!)}>{t('openFrame')}</button>
            </p>
          )}
          {state.pdf && <p data-pdf>{t('pdfPage')}</p>}
          {state.error && <p class="muted">{state.error}</p>}
        </>
      )}
      <div class="row">
        <button type="button" data-action="open-panel" onClick={onOpenPanel}>{t('openPanel')}</button>
        <button type="button" data-action="save" disabled={saving || state.status !== 'page' || !!state.pdf} onClick={onSave}>
          {t(saving ? 'saving' : 'saveSnapshot')}
        </button>
        {onOpenLibrary && <button type="button" class="secondary" data-action="open-library" onClick={onOpenLibrary}>{t('openLibrary')}</button>}
      </div>
      {message && <p role={message.kind === 'error' ? 'alert' : 'status'} class={`notice-${message.kind}`} data-message={message.kind}>{message.text}</p>}
    </main>
  );
}
