/**
 * The ledger as Markdown, for a deputy's note or an article: the statuses of each year, the
 * three lists a reader follows up (promised again and again and never done, target lowered,
 * silent after being promised), then every chain, one row a chain and one column a year.
 */
import { countsByYear, ledgerRows, PLAN_ORDER, REVIEW_ORDER, type LedgerFilter } from '../chains/view';
import type { Ledger } from '../chains/types';
import type { Language } from '../extract/types';
import { ledgerLabelsFor, reviewLabel } from './ledger-labels';
import { cellWords, chainColumns, columnName, ledgerTitle } from './ledger-view';
import { inline, table } from './markdown';
import { NO_SOURCE, sourceFields, type LedgerSources } from './source';

const FOLLOW_UP: LedgerFilter[] = ['promised-3-never-done', 'target-lowered', 'silent-after-promise'];

/** `sources`: where and when each report was read, listed under its year. */
export function renderLedgerMarkdown(ledger: Ledger, language: Language = ledger.reports[0]?.language ?? 'zh', sources: LedgerSources = new Map()): string {
  const l = ledgerLabelsFor(language);
  const years = ledger.reports.map((_, j) => columnName(ledger, j));
  const counts = countsByYear(ledger);
  const chart = table([l.year, ...years], [
    ...REVIEW_ORDER.map((s) => [reviewLabel(s, language), ...counts.map((c) => String(c.review[s]))]),
    ...PLAN_ORDER.map((p) => [l.plans[p], ...counts.map((c) => String(c.plan[p]))]),
  ]);
  const lists = FOLLOW_UP.map((f) => {
    const rows = ledgerRows(ledger, f);
    const items = rows.map((c) => `- ${c.first.year ?? ''} ${inline(c.first.text)} — ${c.cells.slice(1).map((cell) => `${inline(columnName(ledger, cell.report))}: ${inline(cellWords(cell, language))}`).join('; ')}`);
    return `## ${l.filters[f]} (${rows.length})\n\n${items.length ? items.join('\n') : l.none}`;
  });
  const all = table([l.firstPromised, l.chain, ...years, l.now], ledgerRows(ledger).map((c) => [String(c.first.year ?? ''), c.first.text, ...chainColumns(ledger, c, language), l.states[c.now]]));
  return [
    `# ${inline(ledgerTitle(ledger, language))}`,
    ledger.reports.map((r, j) => {
      const fields = sourceFields(sources.get(r.sha256) ?? NO_SOURCE, language);
      return `- ${years[j]}: ${inline(r.title ?? r.sha256.slice(0, 12))}${fields.map(([k, v]) => `\n  - **${k}**: ${inline(v)}`).join('')}`;
    }).join('\n'),
    `## ${l.chart}\n\n${chart}`,
    ...lists,
    `## ${l.filters.all} (${ledger.chains.length})\n\n${all}`,
  ].join('\n\n') + '\n';
}
