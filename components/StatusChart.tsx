import { barSegments } from '../lib/library/compare';
import { STATUS_COLORS, STATUS_ORDER, type DiffLabels } from '../lib/export/diff-labels';
import type { SectionCounts } from '../lib/export/diff-view';
import type { Translate } from './i18n';

export interface StatusChartProps { t: Translate; labels: DiffLabels; rows: SectionCounts[] }

const LABEL_W = 220;
const BAR_W = 420;
const ROW_H = 26;
const TOP = 28;
const clip = (s: string, n = 16) => (s.length > n ? `${s.slice(0, n)}…` : s);

/**
 * Statuses by section as stacked horizontal bars (SVG), one row per top-level section of the
 * older report, in the order a reader follows up (missed, unaddressed, in progress, fulfilled).
 * The same numbers are in the table beside it for screen readers and for copying.
 */
export function StatusChart({ t, labels, rows }: StatusChartProps) {
  const widest = Math.max(1, ...rows.map((r) => r.total));
  const height = TOP + rows.length * ROW_H + 8;
  return (
    <svg class="status-chart" role="img" aria-labelledby="chart-title" viewBox={`0 0 ${LABEL_W + BAR_W + 40} ${height}`} width="100%" data-rows={rows.length}>
      <title id="chart-title">{t('chartTitle')}</title>
      <g class="legend" font-size="12">
        {STATUS_ORDER.map((s, i) => (
          <g key={s} transform={`translate(${LABEL_W + i * 105}, 6)`}>
            <rect width="12" height="12" fill={STATUS_COLORS[s]} />
            <text x="16" y="11" fill="currentColor">{labels.statuses[s]}</text>
          </g>
        ))}
      </g>
      {rows.map((r, i) => (
        <g key={r.section ?? ''} transform={`translate(0, ${TOP + i * ROW_H})`} data-section={r.section ?? ''}>
          <text x={LABEL_W - 8} y="15" text-anchor="end" font-size="13" fill="currentColor">{clip(r.section ?? t('noSection'))}</text>
          {barSegments(r.counts, STATUS_ORDER, widest).map((seg) => (
            <rect key={seg.status} x={LABEL_W + seg.x * BAR_W} y="2" width={Math.max(1, seg.width * BAR_W)} height={ROW_H - 8}
              fill={STATUS_COLORS[seg.status]} data-status={seg.status} data-count={seg.count}>
              <title>{`${labels.statuses[seg.status]}: ${seg.count}`}</title>
            </rect>
          ))}
          <text x={LABEL_W + BAR_W + 6} y="15" font-size="12" fill="currentColor">{r.total}</text>
        </g>
      ))}
    </svg>
  );
}
