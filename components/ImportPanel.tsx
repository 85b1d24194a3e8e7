import type { Translate } from './i18n';
import { Notice } from './Notice';

/** Where an import is: a file read and planned (waiting for the reader's yes), written, or refused. */
export type ImportState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'planned'; summary: string; warnings: string[]; nothingNew: boolean }
  | { kind: 'done'; summary: string }
  | { kind: 'error'; message: string };

export interface ImportPanelProps {
  t: Translate;
  state: ImportState;
  onFile: (file: File) => void;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Import of a bundle: choose a file, read what it would add, confirm. Nothing is written before the confirmation. */
export function ImportPanel({ t, state, onFile, onConfirm, onCancel }: ImportPanelProps) {
  return (
    <div class="import-panel" data-import={state.kind}>
      <label class="file-label">
        {t('importBundle')}{' '}
        <input type="file" accept=".json,application/json" data-action="import-file" disabled={state.kind === 'busy'}
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            if (file) onFile(file);
            input.value = '';
          }} />
      </label>
      {state.kind === 'busy' && <p class="muted" role="status">{t('importBusy')}</p>}
      {state.kind === 'planned' && (
        <div class="notice" role="status">
          <p data-plan>{state.summary}</p>
          {state.warnings.map((w) => <p key={w} class="muted">{w}</p>)}
          <div class="row">
            <button type="button" data-action="import-confirm" disabled={state.nothingNew} onClick={onConfirm}>{t('importConfirm')}</button>
            <button type="button" class="secondary" data-action="import-cancel" onClick={onCancel}>{t('cancel')}</button>
          </div>
        </div>
      )}
      {state.kind === 'done' && <Notice kind="success"><span data-imported>{state.summary}</span></Notice>}
      {state.kind === 'error' && <Notice kind="error"><span data-import-error>{state.message}</span></Notice>}
    </div>
  );
}
