/**
 * A diff as Markdown, for pasting into an article or a deputy's note: the same content as
 * the HTML report (summary, by section, targets, every commitment with evidence).
 */
import type { Diff } from '../diff/types';
import { STATUS_ORDER, diffLabelsFor, type DiffLabels } from './diff-labels';
import { countsBySection, reportName, targetRows } from './diff-view';
import { inline, table } from './markdown';
import { sourceFields, type DiffSources } from './source';

/** `sources`: where and when each report was read, listed under the title. */
export function renderDiffMarkdown(diff: Diff, language: 'zh' | 'en', sources?: DiffSources): string {
  const l = diffLabelsFor(language);
  const name = (r: Diff['older']) => inline(reportName(r));
  const parts = [
    `# ${l.title}: ${name(diff.older)} → ${name(diff.newer)}`,
    ...(sources ? [reportList(diff, sources, language)] : []),
    `## ${l.summary}\n\n${STATUS_ORDER.map((s) => `- **${l.statuses[s]}**: ${diff.summary[s]}`).join('\n')}`,
    `## ${l.bySection}\n\n${table([l.section, ...STATUS_ORDER.map((s) => l.statuses[s]), l.total],
      countsBySection(diff).map((r) => [r.section ?? l.noSection, ...STATUS_ORDER.map((s) => String(r.counts[s])), String(r.total)]))}`,
    `## ${l.targets}\n\n${targetSection(diff, language)}`,
    `## ${l.commitments}\n\n${diff.items.map((item, i) => {
      const head = `${i + 1}. **${l.statuses[item.status]}** (${l.confidence} ${item.confidence.toFixed(2)}) ${inline(item.text)}`;
      const quotes = item.evidence.length ? item.evidence.map((e) => `   > ${inline(e.text)}`).join('\n') : unaddressed(item, l);
      return `${head}\n${quotes}`;
    }).join('\n')}`,
  ];
  return `${parts.join('\n\n')}\n`;
}

/** Each report with where and when it was read, so the comparison can be cited and checked. */
function reportList(diff: Diff, sources: DiffSources, language: 'zh' | 'en'): string {
  const l = diffLabelsFor(language);
  return (['older', 'newer'] as const).map((which) => {
    const fields = sourceFields(sources[which], language).map(([k, v]) => `\n  - **${k}**: ${inline(v)}`);
    return `- **${l[which]}**: ${inline(reportName(diff[which]))}${fields.join('')}`;
  }).join('\n');
}

/** No evidence: what that means (a text search found no matching passage), and the closest passage. */
function unaddressed(item: Diff['items'][number], l: DiffLabels): string {
  const lines = [`   _${l.noEvidence} ${l.searchNote}_`];
  if (item.closest) lines.push(`   ${l.closest}:`, `   > ${inline(item.closest.text)}`);
  return lines.join('\n');
}

function targetSection(diff: Diff, language: 'zh' | 'en'): string {
  const l = diffLabelsFor(language);
  const rows = targetRows(diff, l);
  return rows.length ? table(l.targetColumns, rows.map((r) => [r.indicator, r.target, r.actual, r.outcome])) : '—';
}
