import { useEffect, useState } from 'preact/hooks';
import type { Evidence, Status, TargetCheck } from '../lib/diff/types';
import { LIGHT_COLORS, STATUS_COLORS, type DiffLabels } from '../lib/export/diff-labels';
import type { CompareItem } from '../lib/library/compare';
import type { Translate } from './i18n';
import { OutcomeChip } from './TargetTable';
import { STATUSES } from './types';

export interface DiffItemRowProps {
  t: Translate;
  labels: DiffLabels;
  entry: CompareItem;
  onEvidence: (e: Evidence) => void;
  onOverride: (status: Status, note: string) => void;
  onClearOverride: () => void;
}

/**
 * One commitment of the older report: its status (a status set by hand is shown as such, with
 * the computed one beside it), confidence (explained), its target checks (each naming its
 * indicator, coloured by outcome: the status never says otherwise), the evidence sentences of
 * the newer report (click: open the newer report at that sentence) — or, when none was found,
 * what that means and the closest passage — and the form to set a status by hand with a note.
 */
export function DiffItemRow({ t, labels, entry, onEvidence, onOverride, onClearOverride }: DiffItemRowProps) {
  const { item, override, status } = entry;
  const [choice, setChoice] = useState<Status>(status);
  const [note, setNote] = useState(override?.note ?? '');
  useEffect(() => { setChoice(status); setNote(override?.note ?? ''); }, [status, override?.note]);
  const color = STATUS_COLORS[status];
  return (
    <li class={`diff-item status-${status}${item.group ? ' diff-group' : ''}`} data-commitment={item.commitmentId} data-status={status}
      data-computed={item.status} data-overridden={override ? 'true' : 'false'} data-group={item.group ? item.group.length : undefined}>
      <p class="diff-head">
        <span class={`chip status-chip status-${status}`} style={{ background: color, color: LIGHT_COLORS.has(color) ? '#1d1d1f' : '#fff' }}>{labels.statuses[status]}</span>
        {override && <span class="chip by-hand" data-by-hand>{t('setByHand')}</span>}
        {override && <span class="muted">{t('computedStatus', labels.statuses[item.status])}</span>}
        {item.group && <span class="muted group-note">{labels.groupNote}</span>}
        <span class="muted confidence" title={labels.confidenceHelp} data-confidence={item.confidence.toFixed(2)}>{labels.confidence} {item.confidence.toFixed(2)}</span>
      </p>
      <p class="diff-text">{item.text}</p>
      {item.targets.length > 0 && (
        <ul class="item-targets">{item.targets.map((c, i) => <TargetChip key={i} labels={labels} check={c} />)}</ul>
      )}
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
        : <NoEvidence labels={labels} closest={item.closest} onEvidence={onEvidence} />}
      <details class="override">
        <summary>{t('overrideStatus')}</summary>
        <form class="status-form" onSubmit={(e) => { e.preventDefault(); onOverride(choice, note); }}>
          <select value={choice} aria-label={t('overrideStatus')} onChange={(e) => setChoice((e.currentTarget as HTMLSelectElement).value as Status)}>
            {STATUSES.map((s) => <option key={s} value={s}>{labels.statuses[s]}</option>)}
          </select>
          <input type="text" value={note} placeholder={t('overrideWhy')} aria-label={t('note')} onInput={(e) => setNote((e.currentTarget as HTMLInputElement).value)} />
          <button type="submit" class="small" data-action="save-override">{t('save')}</button>
          {override && <button type="button" class="small secondary" data-action="clear-override" onClick={onClearOverride}>{t('clearOverride')}</button>}
        </form>
      </details>
    </li>
  );
}

/** A target check of the item: its indicator, target → actual, and the outcome chip. */
function TargetChip({ labels, check }: { labels: DiffLabels; check: TargetCheck }) {
  return (
    <li class="item-target" data-outcome={check.outcome}>
      <span class="target-indicator">{check.indicator ?? labels.targetColumns[0]}</span>
      {'：'}{check.target.raw} → {check.actual?.raw ?? '—'} <OutcomeChip labels={labels} check={check} />
    </li>
  );
}

/** No evidence cleared the bar: say what that means, and show the closest passage to check. */
function NoEvidence({ labels, closest, onEvidence }: { labels: DiffLabels; closest: Evidence | undefined; onEvidence: (e: Evidence) => void }) {
  return (
    <div class="no-evidence" data-no-evidence>
      <p class="muted">{labels.noEvidence}</p>
      <p class="muted search-note" data-search-note>{labels.searchNote}</p>
      {closest && (
        <p class="closest">
          {labels.closest}：
          <button type="button" class="item-link quote" data-closest={`${closest.start}-${closest.end}`} onClick={() => onEvidence(closest)}>{closest.text}</button>
        </p>
      )}
    </div>
  );
}
