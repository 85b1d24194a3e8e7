/**
 * A diff as one self-contained HTML page: inline CSS and SVG, no script, no external asset,
 * readable offline and safe to mail. Every text from a report is escaped.
 */
import type { Diff, DiffItem } from '../diff/types';
import { diffLabelsFor, STATUS_COLORS, STATUS_ORDER, type DiffLabels } from './diff-labels';
import { countsBySection, reportName, targetRows, type SectionCounts } from './diff-view';
import { sourceFields, type DiffSources, type ReportSource } from './source';

const STYLE = `body{font:15px/1.6 system-ui,-apple-system,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ddd}table{border-collapse:collapse;width:100%}
td,th{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}.status{display:inline-block;padding:0 .4rem;border-radius:3px;color:#fff;font-size:.85rem}
.item{border-left:4px solid #ccc;padding:.2rem .8rem;margin:1rem 0}.evidence{color:#444;margin:.2rem 0 .2rem 1rem;font-size:.92rem}.muted{color:#777;font-size:.85rem}`;

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** `sources`: where and when each report was read, shown with its title. */
export function renderDiffHtml(diff: Diff, language: 'zh' | 'en', sources?: DiffSources): string {
  const l = diffLabelsFor(language);
  const title = `${l.title}: ${reportName(diff.older)} → ${reportName(diff.newer)}`;
  const report = (which: 'older' | 'newer') => `<li>${escapeHtml(l[which])}: ${escapeHtml(diff[which].title ?? '—')} (${diff[which].sha256.slice(0, 12)})${sources ? sourceHtml(sources[which], language) : ''}</li>`;
  const body = [
    `<h1>${escapeHtml(title)}</h1>`,
    `<ul class="muted">${report('older')}${report('newer')}</ul>`,
    `<h2>${escapeHtml(l.summary)}</h2>`,
    `<p>${STATUS_ORDER.map((s) => badge(s, l, `${l.statuses[s]} ${diff.summary[s]}`)).join(' ')}</p>`,
    `<h2>${escapeHtml(l.bySection)}</h2>`,
    sectionChart(countsBySection(diff), l),
    `<h2>${escapeHtml(l.targets)}</h2>`,
    targetTable(diff, l),
    `<h2>${escapeHtml(l.commitments)}</h2>`,
    ...diff.items.map((item) => itemBlock(item, l)),
  ].join('\n');
  return `<!doctype html>\n<html lang="${language === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>\n${body}\n</body></html>\n`;
}

/**
 * " · 来源网址: http://… · 访问日期: 2024-03-01" (a file: " · 文件: 报告.txt"). The address is text,
 * not a link: the page stays a document with nothing that reaches out.
 */
export function sourceHtml(source: ReportSource, language: 'zh' | 'en'): string {
  return sourceFields(source, language).map(([k, v]) => ` · ${escapeHtml(k)}: ${escapeHtml(v)}`).join('');
}

function badge(status: DiffItem['status'], l: DiffLabels, text = l.statuses[status]): string {
  return `<span class="status" style="background:${STATUS_COLORS[status]}">${escapeHtml(text)}</span>`;
}

/** Horizontal stacked bars, one per section, widths proportional to counts. */
function sectionChart(rows: SectionCounts[], l: DiffLabels): string {
  const rowH = 26;
  const labelW = 260;
  const barW = 380;
  const max = Math.max(1, ...rows.map((r) => r.total));
  const bars = rows.map((r, i) => {
    const y = i * rowH;
    let x = labelW;
    const rects = STATUS_ORDER.filter((s) => r.counts[s] > 0).map((s) => {
      const w = (r.counts[s] / max) * barW;
      const rect = `<rect x="${x.toFixed(1)}" y="${y + 4}" width="${w.toFixed(1)}" height="${rowH - 8}" fill="${STATUS_COLORS[s]}"><title>${escapeHtml(`${l.statuses[s]} ${r.counts[s]}`)}</title></rect>`;
      x += w;
      return rect;
    });
    const name = (r.section ?? l.noSection).slice(0, 22);
    return `<text x="0" y="${y + rowH / 2 + 5}" font-size="13">${escapeHtml(name)}</text>${rects.join('')}<text x="${(x + 6).toFixed(1)}" y="${y + rowH / 2 + 5}" font-size="12">${r.total}</text>`;
  });
  const legend = STATUS_ORDER.map((s, i) => `<rect x="${labelW + i * 95}" y="${rows.length * rowH + 8}" width="12" height="12" fill="${STATUS_COLORS[s]}"/><text x="${labelW + i * 95 + 16}" y="${rows.length * rowH + 19}" font-size="12">${escapeHtml(l.statuses[s])}</text>`);
  const h = rows.length * rowH + 28;
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(l.bySection)}" width="${labelW + barW + 40}" height="${h}" viewBox="0 0 ${labelW + barW + 40} ${h}">${bars.join('')}${legend.join('')}</svg>`;
}

function targetTable(diff: Diff, l: DiffLabels): string {
  const rows = targetRows(diff, l);
  if (rows.length === 0) return `<p class="muted">—</p>`;
  const head = `<tr>${l.targetColumns.map((c) => `<th>${escapeHtml(c)}</th>`).join('')}</tr>`;
  return `<table>${head}${rows.map((r) => `<tr><td>${escapeHtml(r.indicator)}</td><td>${escapeHtml(r.target)}</td><td>${escapeHtml(r.actual)}</td><td>${escapeHtml(r.outcome)}</td></tr>`).join('')}</table>`;
}

function itemBlock(item: DiffItem, l: DiffLabels): string {
  const evidence = item.evidence.length
    ? item.evidence.map((e) => `<blockquote class="evidence">${escapeHtml(e.text)} <span class="muted">(${e.score.toFixed(2)})</span></blockquote>`).join('')
    : `<p class="evidence muted">${escapeHtml(l.noEvidence)} ${escapeHtml(l.searchNote)}</p>${item.closest ? `<p class="muted">${escapeHtml(l.closest)}:</p><blockquote class="closest">${escapeHtml(item.closest.text)}</blockquote>` : ''}`;
  return `<div class="item" style="border-color:${STATUS_COLORS[item.status]}"><p>${badge(item.status, l)} ${escapeHtml(item.text)} <span class="muted">${escapeHtml(l.confidence)} ${item.confidence.toFixed(2)} · ${escapeHtml(item.section ?? l.noSection)}</span></p>${evidence}</div>`;
}
