/**
 * A chain's summary from its cells: how many times it was promised and where it stands now.
 * Apart from ledger.ts so that laying statuses set by hand over a ledger (overrides.ts, in the
 * library's first chunk) does not pull in the ledger's builder, the diff and compromise.
 */
import type { Chain, ChainState } from './types';

/** How many times promised, and where it stands after its last cell. */
export function finish(chain: Chain): Chain {
  const last = chain.cells[chain.cells.length - 1];
  const now: ChainState = last.plan !== null ? 'promised'
    : last.review === 'done' ? 'done'
      : last.review === 'progress' ? 'progress'
        : last.review === 'missed' ? 'missed' : 'dropped';
  return { ...chain, promised: chain.cells.filter((c) => c.plan !== null).length, now };
}
