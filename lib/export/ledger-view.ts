/** Shared pieces of the ledger's Markdown and HTML reports: the title, a cell in words, the year columns. */
import type { Chain, ChainCell, Ledger } from '../chains/types';
import type { Language } from '../extract/types';
import { ledgerLabelsFor, reviewLabel } from './ledger-labels';

/** "承诺台账：青溪县人民政府 2021–2024" (the years the promises are for). */
export function ledgerTitle(ledger: Ledger, language: Language): string {
  const years = ledger.reports.map((r) => r.year).filter((y): y is number => y !== null);
  const span = years.length ? ` ${years[0]}${years.length > 1 ? `–${years[years.length - 1]}` : ''}` : '';
  return `${ledgerLabelsFor(language).title}${language === 'zh' ? '：' : ': '}${ledger.issuer ?? ''}${span}`.trim();
}

/** A column's heading: the year, else the report's title. */
export function columnName(ledger: Ledger, report: number): string {
  const r = ledger.reports[report];
  return r.year !== null ? String(r.year) : r.title ?? r.sha256.slice(0, 8);
}

/** A cell in words: the review, then the plans ("推进中 · 原样重申"), the target change, a mark when set by hand. */
export function cellWords(cell: ChainCell | undefined, language: Language): string {
  const l = ledgerLabelsFor(language);
  if (!cell) return '';
  const parts = [
    cell.review ? `${reviewLabel(cell.review, language)}${cell.override ? `（${l.byHand}）` : ''}` : null,
    cell.plan ? `${l.plans[cell.plan]}${cell.targetChange ? ` ${cell.targetChange.from}→${cell.targetChange.to}` : ''}` : cell.review ? l.notFollowedWord : null,
  ];
  return parts.filter(Boolean).join(' · ');
}

/** Row cells of a chain for each report column ('' where the chain was not followed). */
export function chainColumns(ledger: Ledger, chain: Chain, language: Language): string[] {
  return ledger.reports.map((_, j) => cellWords(chain.cells.find((c) => c.report === j), language));
}
