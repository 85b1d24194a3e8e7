import { SELECTION_EXPORTS } from '../lib/library/export-kinds';
import { ExportMenu } from './ExportMenu';
import type { Translate } from './i18n';

export interface SelectionBarProps {
  t: Translate;
  count: number;
  /** Results of the list's query (null when a search has not confirmed them all). */
  total: number | null;
  onSelectAll: () => void;
  onClear: () => void;
  /** Compares the two selected snapshots (enabled with exactly two). */
  onCompare: () => void;
  onDelete: () => void;
  onExport: (kind: string) => void;
}

/** What can be done with the selected snapshots: compare two, export, delete. */
export function SelectionBar({ t, count, total, onSelectAll, onClear, onCompare, onDelete, onExport }: SelectionBarProps) {
  return (
    <div class="selection-bar toolbar" data-selected={count}>
      <span class="muted">{t('nSelected', count)}</span>
      {(total === null || count < total) && (
        <button type="button" class="small" data-action="select-all" onClick={onSelectAll}>
          {total === null ? t('selectAllMatches') : t('selectAllResults', total)}
        </button>
      )}
      {count > 0 && <button type="button" class="small" data-action="clear-selection" onClick={onClear}>{t('clearSelection')}</button>}
      <button type="button" class="small" data-action="compare-selected" disabled={count !== 2} title={t('compareSelectedHint')} onClick={onCompare}>
        {t('compareSelected')}
      </button>
      <ExportMenu t={t} kinds={SELECTION_EXPORTS} disabled={count === 0} hint={t('selectToExport')} onExport={onExport} />
      <button type="button" class="small secondary" data-action="delete" disabled={count === 0} onClick={onDelete}>{t('deleteSelected')}</button>
    </div>
  );
}
