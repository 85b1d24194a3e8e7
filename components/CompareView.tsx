import type { Diff, DiffItem, Evidence, Status } from '../lib/diff/types';
import { STATUS_COLORS, STATUS_ORDER, diffLabelsFor, type DiffLabels } from '../lib/export/diff-labels';
import { countsBySection, reportName, targetRows } from '../lib/export/diff-view';
import { COMPARE_EXPORTS } from '../lib/library/export-kinds';
import { effectiveSummary, type CompareItem } from '../lib/library/compare';
import { DiffItemRow } from './DiffItemRow';
import { ExportMenu } from './ExportMenu';
import type { Translate } from './i18n';
import { StatusChart } from './StatusChart';
import { TargetTable } from './TargetTable';

export interface CompareViewProps {
  t: Translate;
  /** The UI language ('zh_CN', 'en' …): statuses and outcomes are worded by the one label table. */
  lang: string;
  diff: Diff;
  items: CompareItem[];
  onOpen: (which: 'older' | 'newer') => void;
  onSwap: () => void;
  onEvidence: (e: Evidence) => void;
  onOverride: (item: DiffItem, status: Status, note: string) => void;
  onClearOverride: (item: DiffItem) => void;
  onExport: (kind: string) => void;
}

function Summary({ labels, counts, name }: { labels: DiffLabels; counts: Record<Status, number>; name: string }) {
  return (
    <ul class="summary" data-summary={name}>
      {STATUS_ORDER.map((s) => (
        <li key={s} data-summary-status={s} data-count={counts[s]}>
          <span class="swatch" style={{ background: STATUS_COLORS[s] }} />{labels.statuses[s]} <strong>{counts[s]}</strong>
        </li>
      ))}
    </ul>
  );
}

/** Last year's commitments against this year's report: summary, chart by section, targets, every commitment. */
export function CompareView(p: CompareViewProps) {
  const { t, diff } = p;
  const labels = diffLabelsFor(p.lang);
  const sections = countsBySection(diff);
  const overridden = p.items.filter((i) => i.override).length;
  return (
    <section class="compare" data-items={diff.items.length}>
      <h2 class="compare-title">
        <button type="button" class="item-link" data-action="open-older" onClick={() => p.onOpen('older')}>{reportName(diff.older)}</button>
        {' → '}
        <button type="button" class="item-link" data-action="open-newer" onClick={() => p.onOpen('newer')}>{reportName(diff.newer)}</button>
      </h2>
      <div class="toolbar">
        <button type="button" class="small secondary" data-action="swap" onClick={p.onSwap}>{t('swapReports')}</button>
        <ExportMenu t={t} kinds={COMPARE_EXPORTS} onExport={p.onExport} />
      </div>
      <h3>{t('summary')}</h3>
      <Summary labels={labels} counts={diff.summary} name="computed" />
      {overridden > 0 && (
        <>
          <p class="muted">{t('withOverrides', overridden)}</p>
          <Summary labels={labels} counts={effectiveSummary(p.items)} name="effective" />
        </>
      )}
      <h3>{t('bySection')}</h3>
      <StatusChart t={t} labels={labels} rows={sections} />
      <table class="by-section">
        <thead><tr><th scope="col">{t('section')}</th>{STATUS_ORDER.map((s) => <th key={s} scope="col">{labels.statuses[s]}</th>)}<th scope="col">{t('total')}</th></tr></thead>
        <tbody>
          {sections.map((r) => (
            <tr key={r.section ?? ''}><td>{r.section ?? t('noSection')}</td>{STATUS_ORDER.map((s) => <td key={s}>{r.counts[s]}</td>)}<td>{r.total}</td></tr>
          ))}
        </tbody>
      </table>
      <h3>{t('targetChecks')}</h3>
      <TargetTable t={t} labels={labels} rows={targetRows(diff, labels)} />
      <h3>{t('everyCommitment')}</h3>
      <p class="muted confidence-help" data-confidence-help>{labels.confidenceHelp}</p>
      {!p.items.length && <p class="empty">{t('noOlderCommitments')}</p>}
      <ol class="diff-items">
        {p.items.map((entry) => (
          <DiffItemRow key={entry.item.commitmentId} t={t} labels={labels} entry={entry} onEvidence={p.onEvidence}
            onOverride={(s, note) => p.onOverride(entry.item, s, note)} onClearOverride={() => p.onClearOverride(entry.item)} />
        ))}
      </ol>
    </section>
  );
}
