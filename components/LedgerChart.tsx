import type { ReviewState } from '../lib/chains/types';
import { REVIEW_ORDER, type YearCounts } from '../lib/chains/view';
import { PLAN_COLOR, REVIEW_COLORS, reviewLabel } from '../lib/export/ledger-labels';
import type { Translate } from './i18n';

export interface LedgerChartProps { t: Translate; lang: 'zh' | 'en'; counts: YearCounts[]; years: string[]; firstLabel: string }

const COL_W = 84;
const BAR_W = 52;
const CHART_H = 150;
const TOP = 24;

/**
 * Statuses by year as stacked columns (SVG): each report's reviews (missed, nothing found, in
 * progress, done) with the promises it made for the first time on top. The same numbers are
 * on each bar's tooltip and in the table of chains below.
 */
export function LedgerChart({ t, lang, counts, years, firstLabel }: LedgerChartProps) {
  const height = (r: YearCounts) => REVIEW_ORDER.reduce((s, k) => s + r.review[k], 0) + r.plan.new;
  const max = Math.max(1, ...counts.map(height));
  const width = Math.max(counts.length * COL_W + 20, 5 * 105);
  return (
    <svg class="ledger-chart" role="img" aria-labelledby="ledger-chart-title" viewBox={`0 0 ${width} ${TOP + CHART_H + 22}`} width="100%" data-years={counts.length}>
      <title id="ledger-chart-title">{t('ledgerChart')}</title>
      <g class="legend" font-size="12">
        {REVIEW_ORDER.map((s, i) => (
          <g key={s} transform={`translate(${i * 105}, 4)`}>
            <rect width="12" height="12" fill={REVIEW_COLORS[s]} /><text x="16" y="11" fill="currentColor">{reviewLabel(s, lang)}</text>
          </g>
        ))}
        <g transform={`translate(${REVIEW_ORDER.length * 105}, 4)`}>
          <rect width="12" height="12" fill={PLAN_COLOR} /><text x="16" y="11" fill="currentColor">{firstLabel}</text>
        </g>
      </g>
      {counts.map((r, i) => {
        let y = TOP + CHART_H;
        const parts: [string, string, number][] = [...REVIEW_ORDER.map((s): [string, string, number] => [s, REVIEW_COLORS[s], r.review[s]]), ['new', PLAN_COLOR, r.plan.new]];
        return (
          <g key={r.report} data-year={years[i]} data-total={height(r)}>
            {parts.filter(([, , n]) => n > 0).map(([key, color, n]) => {
              const h = (n / max) * CHART_H;
              y -= h;
              return (
                <rect key={key} x={10 + i * COL_W} y={y} width={BAR_W} height={Math.max(1, h)} fill={color} data-state={key} data-count={n}>
                  <title>{`${years[i]} ${key === 'new' ? firstLabel : reviewLabel(key as ReviewState, lang)}: ${n}`}</title>
                </rect>
              );
            })}
            <text x={10 + i * COL_W} y={TOP + CHART_H + 16} font-size="12" fill="currentColor">{years[i]}</text>
          </g>
        );
      })}
    </svg>
  );
}
