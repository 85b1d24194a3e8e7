/**
 * The ledger as one self-contained HTML page (inline CSS and SVG, no script, nothing loaded):
 * a chart of each year's review statuses, the three follow-up lists, and the table — one row
 * a chain, one column a year, each cell a chip whose tooltip is the sentence it rests on.
 * Every text from a report is escaped.
 */
import { countsByYear, ledgerRows, REVIEW_ORDER, type LedgerFilter, type YearCounts } from '../chains/view';
import type { Chain, ChainCell, Ledger } from '../chains/types';
import type { Language } from '../extract/types';
import { escapeHtml, sourceHtml } from './diff-html';
import { ledgerLabelsFor, PLAN_COLOR, REVIEW_COLORS, reviewLabel, type LedgerLabels } from './ledger-labels';
import { cellWords, columnName, ledgerTitle } from './ledger-view';
import { NO_SOURCE, type LedgerSources } from './source';

const STYLE = `body{font:15px/1.6 system-ui,-apple-system,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;max-width:80rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ddd}table{border-collapse:collapse;width:100%}
td,th{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}.chip{display:inline-block;padding:0 .4rem;border-radius:3px;color:#fff;font-size:.8rem;margin:1px}
.muted{color:#777;font-size:.85rem}`;

const FOLLOW_UP: LedgerFilter[] = ['promised-3-never-done', 'target-lowered', 'silent-after-promise'];

/** `sources`: where and when each report was read, shown with its title. */
export function renderLedgerHtml(ledger: Ledger, language: Language = ledger.reports[0]?.language ?? 'zh', sources: LedgerSources = new Map()): string {
  const l = ledgerLabelsFor(language);
  const title = ledgerTitle(ledger, language);
  const years = ledger.reports.map((_, j) => columnName(ledger, j));
  const body = [
    `<h1>${escapeHtml(title)}</h1>`,
    `<ul class="muted">${ledger.reports.map((r, j) => `<li>${escapeHtml(years[j])}: ${escapeHtml(r.title ?? '—')} (${escapeHtml(r.sha256.slice(0, 12))})${sourceHtml(sources.get(r.sha256) ?? NO_SOURCE, language)}</li>`).join('')}</ul>`,
    `<h2>${escapeHtml(l.chart)}</h2>`,
    yearChart(countsByYear(ledger), years, l, language),
    ...FOLLOW_UP.map((f) => {
      const rows = ledgerRows(ledger, f);
      return `<h2>${escapeHtml(l.filters[f])} (${rows.length})</h2>${rows.length ? chainTable(ledger, rows, years, l, language) : `<p>${l.none}</p>`}`;
    }),
    `<h2>${escapeHtml(l.filters.all)} (${ledger.chains.length})</h2>`,
    chainTable(ledger, ledgerRows(ledger), years, l, language),
  ].join('\n');
  return `<!doctype html>\n<html lang="${language === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>\n${body}\n</body></html>\n`;
}

function chainTable(ledger: Ledger, chains: Chain[], years: string[], l: LedgerLabels, language: Language): string {
  const head = `<tr><th>${escapeHtml(l.firstPromised)}</th><th>${escapeHtml(l.chain)}</th>${years.map((y) => `<th>${escapeHtml(y)}</th>`).join('')}<th>${escapeHtml(l.now)}</th></tr>`;
  const rows = chains.map((c) => `<tr><td>${c.first.year ?? ''}</td><td>${escapeHtml(c.first.text)}</td>${ledger.reports.map((_, j) => `<td>${cellChips(c.cells.find((x) => x.report === j), l, language)}</td>`).join('')}<td>${escapeHtml(l.states[c.now])}</td></tr>`);
  return `<table>${head}${rows.join('')}</table>`;
}

/** A cell as chips: the review (its evidence as tooltip), the plans (the promise as tooltip). */
function cellChips(cell: ChainCell | undefined, l: LedgerLabels, language: Language): string {
  if (!cell) return '';
  const chips: string[] = [];
  if (cell.review) {
    const tip = [cell.evidence?.text, cell.override?.note ? `${l.note}: ${cell.override.note}` : null].filter(Boolean).join('\n');
    chips.push(chip(REVIEW_COLORS[cell.review], `${reviewLabel(cell.review, language)}${cell.override ? ` (${l.byHand})` : ''}`, tip));
  }
  if (cell.plan) chips.push(chip(PLAN_COLOR, cellWords({ ...cell, review: null }, language), cell.commitment?.text ?? ''));
  return chips.join(' ');
}

function chip(color: string, text: string, tip: string): string {
  return `<span class="chip" style="background:${color}"${tip ? ` title="${escapeHtml(tip)}"` : ''}>${escapeHtml(text)}</span>`;
}

/** Vertical stacked bars, one per year, of the review statuses (plans of the first year as one neutral bar). */
function yearChart(rows: YearCounts[], years: string[], l: LedgerLabels, language: Language): string {
  const colW = 90;
  const chartH = 160;
  const max = Math.max(1, ...rows.map((r) => REVIEW_ORDER.reduce((s, k) => s + r.review[k], 0) + r.plan.new));
  const bars = rows.map((r, i) => {
    const x = 10 + i * colW;
    let y = chartH;
    const parts: [string, number, string][] = [...REVIEW_ORDER.map((s): [string, number, string] => [REVIEW_COLORS[s], r.review[s], reviewLabel(s, language)]), [PLAN_COLOR, r.plan.new, l.plans.new]];
    const rects = parts.filter(([, n]) => n > 0).map(([color, n, label]) => {
      const h = (n / max) * chartH;
      y -= h;
      return `<rect x="${x}" y="${y.toFixed(1)}" width="${colW - 30}" height="${h.toFixed(1)}" fill="${color}"><title>${escapeHtml(`${years[i]} ${label} ${n}`)}</title></rect>`;
    });
    return `${rects.join('')}<text x="${x}" y="${chartH + 16}" font-size="12">${escapeHtml(years[i])}</text>`;
  });
  const legend = [...REVIEW_ORDER.map((s): [string, string] => [REVIEW_COLORS[s], reviewLabel(s, language)]), [PLAN_COLOR, l.plans.new] as [string, string]]
    .map(([color, label], i) => `<rect x="${10 + i * 110}" y="${chartH + 26}" width="12" height="12" fill="${color}"/><text x="${26 + i * 110}" y="${chartH + 37}" font-size="12">${escapeHtml(label)}</text>`);
  const w = Math.max(10 + rows.length * colW, 560);
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(l.chart)}" width="${w}" height="${chartH + 44}" viewBox="0 0 ${w} ${chartH + 44}">${bars.join('')}${legend.join('')}</svg>`;
}
