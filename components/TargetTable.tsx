import type { TargetRow } from '../lib/export/diff-view';
import { LIGHT_COLORS, OUTCOME_COLORS, type DiffLabels } from '../lib/export/diff-labels';
import type { TargetCheck } from '../lib/diff/types';
import type { Translate } from './i18n';

export interface TargetTableProps { t: Translate; labels: DiffLabels; rows: TargetRow[] }

/** A target outcome as a chip coloured by the outcome (met, missed, off target with its direction, no actual). */
export function OutcomeChip({ labels, check }: { labels: DiffLabels; check: TargetCheck }) {
  const dir = check.outcome === 'off-target' && check.direction ? `（${check.direction === 'above' ? labels.above : labels.below}）` : '';
  const color = OUTCOME_COLORS[check.outcome];
  return <span class={`chip outcome-chip outcome-${check.outcome}`} data-outcome={check.outcome} style={{ background: color, color: LIGHT_COLORS.has(color) ? '#1d1d1f' : '#fff' }}>{labels.outcomes[check.outcome]}{dir}</span>;
}

/** Every numeric target of the older report against the figure the newer one states. */
export function TargetTable({ t, labels, rows }: TargetTableProps) {
  if (!rows.length) return <p class="empty">{t('noTargets')}</p>;
  return (
    <table class="targets">
      <thead><tr>{labels.targetColumns.map((c) => <th key={c} scope="col">{c}</th>)}</tr></thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i} data-outcome={r.check.outcome}>
            <td>{r.indicator}</td><td>{r.target}</td><td>{r.actual}</td>
            <td><OutcomeChip labels={labels} check={r.check} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
