import type { TargetRow } from '../lib/export/diff-view';
import type { Translate } from './i18n';

export interface TargetTableProps { t: Translate; rows: TargetRow[] }

/** Every numeric target of the older report against the figure the newer one states. */
export function TargetTable({ t, rows }: TargetTableProps) {
  if (!rows.length) return <p class="empty">{t('noTargets')}</p>;
  return (
    <table class="targets">
      <thead><tr><th scope="col">{t('indicator')}</th><th scope="col">{t('target')}</th><th scope="col">{t('actual')}</th><th scope="col">{t('outcome')}</th></tr></thead>
      <tbody>
        {rows.map((r, i) => {
          const dir = r.check.outcome === 'off-target' && r.check.direction ? ` (${t(`direction_${r.check.direction}`)})` : '';
          return (
            <tr key={i} data-outcome={r.check.outcome}>
              <td>{r.indicator}</td><td>{r.target}</td><td>{r.actual}</td>
              <td><span class={`chip outcome-${r.check.outcome}`}>{t(`outcome_${r.check.outcome.replace('-', '_')}`)}{dir}</span></td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
