import { useEffect, useState } from 'preact/hooks';
import type { Evidence, Status } from '../lib/diff/types';
import { STATUS_COLORS } from '../lib/export/diff-labels';
import type { CompareItem } from '../lib/library/compare';
import type { Translate } from './i18n';
import { STATUSES } from './types';

export interface DiffItemRowProps {
  t: Translate;
  entry: CompareItem;
  onEvidence: (e: Evidence) => void;
  onOverride: (status: Status, note: string) => void;
  onClearOverride: () => void;
}

/**
 * One commitment of the older report: its status (a status set by hand is shown as such, with
 * the computed one beside it), confidence, the evidence sentences of the newer report (click:
 * open the newer report at that sentence) and the form to set a status by hand with a note.
 */
export function DiffItemRow({ t, entry, onEvidence, onOverride, onClearOverride }: DiffItemRowProps) {
  const { item, override, status } = entry;
  const [choice, setChoice] = useState<Status>(status);
  const [note, setNote] = useState(override?.note ?? '');
  useEffect(() => { setChoice(status); setNote(override?.note ?? ''); }, [status, override?.note]);
  return (
    <li class={`diff-item status-${status}`} data-commitment={item.commitmentId} data-status={status}
      data-computed={item.status} data-overridden={override ? 'true' : 'false'}>
      <p class="diff-head">
        <span class={`chip status-chip status-${status}`} style={{ background: STATUS_COLORS[status] }}>{t(`status_${status}`)}</span>
        {override && <span class="chip by-hand" data-by-hand>{t('setByHand')}</span>}
        {override && <span class="muted">{t('computedStatus', t(`status_${item.status}`))}</span>}
        <span class="muted confidence" data-confidence={item.confidence.toFixed(2)}>{t('confidence', item.confidence.toFixed(2))}</span>
      </p>
      <p class="diff-text">{item.text}</p>
      {override?.note && <p class="override-note">{t('overrideNote', override.note)}</p>}
      {item.evidence.length
        ? (
          <ul class="evidence">
            {item.evidence.map((e) => (
              <li key={e.start}>
                <button type="button" class="item-link quote" data-evidence={`${e.start}-${e.end}`} onClick={() => onEvidence(e)}>{e.text}</button>
              </li>
            ))}
          </ul>
        )
        : <p class="muted no-evidence">{t('noEvidence')}</p>}
      <details class="override">
        <summary>{t('overrideStatus')}</summary>
        <form class="status-form" onSubmit={(e) => { e.preventDefault(); onOverride(choice, note); }}>
          <select value={choice} aria-label={t('overrideStatus')} onChange={(e) => setChoice((e.currentTarget as HTMLSelectElement).value as Status)}>
            {STATUSES.map((s) => <option key={s} value={s}>{t(`status_${s}`)}</option>)}
          </select>
          <input type="text" value={note} placeholder={t('overrideWhy')} aria-label={t('note')} onInput={(e) => setNote((e.currentTarget as HTMLInputElement).value)} />
          <button type="submit" class="small" data-action="save-override">{t('save')}</button>
          {override && <button type="button" class="small secondary" data-action="clear-override" onClick={onClearOverride}>{t('clearOverride')}</button>}
        </form>
      </details>
    </li>
  );
}
