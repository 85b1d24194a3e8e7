/**
 * A ledger over reports in traditional script, or over a mix of the two scripts (a county's
 * 繁體 page one year, its simplified page the next): the reports are folded to simplified
 * (lib/text/fold.ts) so the links, rules and reviews read them alike, and the ledger's
 * passages are cut back from each report's own characters.
 */
import { foldDeep, Unfolder } from '../extract/traditional';
import type { Extraction } from '../extract/types';
import { isTraditional } from '../text/fold';
import { orderReports } from './order';
import type { Chain, Ledger } from './types';

/** `build` over the reports as they are, or over their folds when any is in traditional script. */
export function ledgerThroughFold(input: Extraction[], build: (reports: Extraction[]) => Ledger): Ledger {
  if (!input.some((e) => isTraditional(e.text))) return build(input);
  const folded = input.map(foldDeep);
  const ledger = build(folded);
  // The ledger's report indexes are positions in the year order of the input.
  const { order } = orderReports(input);
  const unfolders = order.map((i) => new Unfolder([{ original: input[i].text, folded: folded[i].text }]));
  const restoreChain = (chain: Chain): Chain => ({
    ...chain,
    first: { ...chain.first, text: unfolders[chain.first.report]?.restore(chain.first.text) ?? chain.first.text },
    cells: chain.cells.map((cell) => unfolders[cell.report]?.restoreDeep(cell) ?? cell),
  });
  return {
    ...ledger,
    issuer: order.length ? input[order[0]].meta.issuer : ledger.issuer,
    reports: ledger.reports.map((r, k) => ({ ...r, title: input[order[k]]?.source.title ?? r.title })),
    chains: ledger.chains.map(restoreChain),
  };
}
