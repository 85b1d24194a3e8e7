import { useState } from 'preact/hooks';
import type { ChainCell } from '../lib/chains/types';
import type { Status } from '../lib/diff/types';
import { PLAN_COLOR, REVIEW_COLORS, REVIEW_STATUS, reviewLabel, type LedgerLabels } from '../lib/export/ledger-labels';
import type { Translate } from './i18n';
import { STATUSES } from './types';

export interface LedgerCellProps {
  t: Translate;
  words: LedgerLabels;
  lang: 'zh' | 'en';
  cell: ChainCell;
  /** Open this report at the sentence (the review's evidence, or the promise). */
  onOpen: (start: number, end: number) => void;
  onOverride: (status: Status, note: string) => void;
  onClearOverride: () => void;
}

/**
 * One year of a chain (words from the exports' label table, so the view and the CSV agree):
 * the review chip (tooltip: the evidence sentence, or that none was found — then it opens
 * nothing but stays in the Tab order, so its tooltip is read; click: the passage in that
 * year's report), the plans chip (tooltip: the promise as
 * written that year; click: its passage), and the form to set the review's status by hand
 * (drawn when opened).
 */
export function LedgerCell({ t, words, lang, cell, onOpen, onOverride, onClearOverride }: LedgerCellProps) {
  const status = cell.review ? REVIEW_STATUS[cell.review] : null;
  const [choice, setChoice] = useState<Status>(status ?? 'fulfilled');
  const [note, setNote] = useState(cell.override?.note ?? '');
  // The form is drawn when opened: a ledger of four long reports has thousands of cells.
  const [editing, setEditing] = useState(false);
  const reviewTip = [cell.evidence?.text ?? t('noEvidence'), cell.override?.note ? t('overrideNote', cell.override.note) : null].filter(Boolean).join('\n');
  return (
    <div class="ledger-cell" data-review={cell.review ?? ''} data-plan={cell.plan ?? ''} data-overridden={cell.override ? 'true' : 'false'}>
      {status && (
        <button type="button" class={`chip status-chip status-${status}`} style={{ background: REVIEW_COLORS[cell.review!] }} title={reviewTip}
          data-chip="review" aria-disabled={!cell.evidence} onClick={() => cell.evidence && onOpen(cell.evidence.start, cell.evidence.end)}>
          {reviewLabel(cell.review!, lang)}{cell.override ? ' ✋' : ''}
        </button>
      )}
      {cell.plan && (
        <button type="button" class="chip plan-chip" style={{ background: PLAN_COLOR }} title={cell.commitment?.text ?? ''} data-chip="plan"
          onClick={() => cell.commitment && onOpen(cell.commitment.start, cell.commitment.end)}>
          {words.plans[cell.plan]}{cell.targetChange ? ` ${cell.targetChange.from}→${cell.targetChange.to}` : ''}
        </button>
      )}
      {status && (
        <details class="override" onToggle={(e) => setEditing((e.currentTarget as HTMLDetailsElement).open)}>
          <summary title={t('overrideStatus')} aria-label={t('overrideStatus')}>✎</summary>
          {editing && <form class="status-form" onSubmit={(e) => { e.preventDefault(); onOverride(choice, note); }}>
            <select value={choice} aria-label={t('overrideStatus')} onChange={(e) => setChoice((e.currentTarget as HTMLSelectElement).value as Status)}>
              {STATUSES.map((s) => <option key={s} value={s}>{t(`status_${s}`)}</option>)}
            </select>
            <input type="text" value={note} placeholder={t('overrideWhy')} aria-label={t('note')} onInput={(e) => setNote((e.currentTarget as HTMLInputElement).value)} />
            <button type="submit" class="small" data-action="save-override">{t('save')}</button>
            {cell.override && <button type="button" class="small secondary" data-action="clear-override" onClick={onClearOverride}>{t('clearOverride')}</button>}
          </form>}
        </details>
      )}
    </div>
  );
}
