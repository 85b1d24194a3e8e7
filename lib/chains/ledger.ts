/**
 * The ledger of one issuer's reports: every commitment followed from the report that first
 * promised it. For each later report, in year order:
 * - its review is read by the diff (lib/diff) of the report that last promised each followed
 *   commitment against this one (a stored diff can be handed in: `opts.diff`);
 * - its commitments are linked to the followed ones (link.ts), those last promised in the
 *   year before first, and the link says how the promise was carried on (change.ts);
 * - what no followed commitment claims starts a new chain.
 * A chain is followed while reports speak of it: it ends when reported done and not promised
 * again, or after a report that neither promises nor reviews it (dropped).
 */
import { diff as computeDiff, type Diff, type DiffItem } from '../diff/index';
import { headingGroups } from '../diff/items';
import type { Commitment, Extraction } from '../extract/types';
import { planChange } from './change';
import { assignLinks, candidateLinks, type Link } from './link';
import { finish } from './finish';
import { orderReports } from './order';
import { ledgerThroughFold } from './traditional';
import { reviewOf } from './review';
import { LEDGER_SCHEMA, type Chain, type ChainCell, type Ledger } from './types';

export interface LedgerOptions {
  /** The diff of two reports (the older's commitments may be a subset of its own); defaults to lib/diff. */
  diff?: (older: Extraction, newer: Extraction) => Diff;
}

/** A chain being built: where it was last promised, and whether it is still followed. */
interface Followed { chain: Chain; report: number; commitment: Commitment; open: boolean }

/** The ledger of reports of one issuer; reports in traditional script are read through their fold (traditional.ts). */
export function buildLedger(input: Extraction[], opts: LedgerOptions = {}): Ledger {
  return ledgerThroughFold(input, (reports) => buildFrom(reports, opts));
}

function buildFrom(input: Extraction[], opts: LedgerOptions): Ledger {
  const judge = opts.diff ?? computeDiff;
  const { order, reports, skipped } = orderReports(input);
  const ex = order.map((i) => input[i]);
  const promises = ex.map(promisesOf);
  const followed: Followed[] = [];
  ex.forEach((report, j) => {
    const open = followed.filter((f) => f.open);
    const items = j > 0 ? reviews(open, ex, j, judge) : new Map<Followed, DiffItem>();
    const links = j > 0 ? linksInto(open, promises[j], report.language) : new Map<Followed, Link>();
    for (const f of open) advance(f, j, report, ex[f.report], items.get(f), links.get(f), promises[j]);
    const claimed = new Set([...links.values()].map((l) => l.to));
    promises[j].forEach((c, k) => { if (!claimed.has(k)) followed.push(start(j, report, c)); });
  });
  const chains = followed.map((f) => finish(f.chain));
  return { schema: LEDGER_SCHEMA, issuer: ex[0]?.meta.issuer ?? null, reports, chains, skipped };
}

/**
 * A report's promises: its commitments but the headings that only name the commitments under
 * them (lib/diff headingGroups: the diff judges such a heading by its items; here its items
 * are the chains, and the heading would be a second row for the same promises).
 */
function promisesOf(report: Extraction): Commitment[] {
  const groups = headingGroups(report);
  return report.commitments.filter((c) => !groups.has(c.id));
}

function start(j: number, report: Extraction, c: Commitment): Followed {
  const cell: ChainCell = { report: j, review: null, reviewRules: [], evidence: null, plan: 'new', commitment: passage(c) };
  const chain: Chain = { id: `${j}:${c.id}`, first: { report: j, year: report.meta.planYear ?? null, text: c.text }, cells: [cell], promised: 1, now: 'promised' };
  return { chain, report: j, commitment: c, open: true };
}

/** Adds report j's cell to a followed chain, moves it on to its new commitment, or ends it. */
function advance(f: Followed, j: number, report: Extraction, last: Extraction, item: DiffItem | undefined, link: Link | undefined, promises: Commitment[]): void {
  const next = link ? promises[link.to] : null;
  const change = next ? planChange(f.commitment, last, next, report) : null;
  const cell: ChainCell = {
    report: j,
    ...reviewOf(item, change?.state ?? null, f.commitment.text),
    plan: change?.state ?? null,
    commitment: next ? passage(next) : null,
    ...(change?.targetChange ? { targetChange: change.targetChange } : {}),
    ...(link ? { linkScore: link.score } : {}),
    judged: { report: f.report, commitmentId: f.commitment.id },
  };
  f.chain.cells.push(cell);
  if (next) {
    f.report = j;
    f.commitment = next;
  } else if (cell.review === 'done' || cell.review === 'silent') {
    f.open = false;
  }
}

/** The diff items for every followed chain, judged against report j (one diff per report they were last promised in). */
function reviews(open: Followed[], ex: Extraction[], j: number, judge: NonNullable<LedgerOptions['diff']>): Map<Followed, DiffItem> {
  const out = new Map<Followed, DiffItem>();
  for (const k of new Set(open.map((f) => f.report))) {
    const mine = open.filter((f) => f.report === k);
    const ids = new Set(mine.map((f) => f.commitment.id));
    // The year before: the whole report, as any stored diff has it; older years: only what is followed.
    const older = k === j - 1 ? ex[k] : { ...ex[k], commitments: ex[k].commitments.filter((c) => ids.has(c.id)) };
    const byId = new Map(judge(older, ex[j]).items.map((i) => [i.commitmentId, i]));
    for (const f of mine) {
      const item = byId.get(f.commitment.id);
      if (item) out.set(f, item);
    }
  }
  return out;
}

/**
 * Links of followed chains to report j's commitments, one to one: the most recently promised
 * claim first (a promise carried on from last year beats one resumed after a gap).
 */
function linksInto(open: Followed[], promises: Commitment[], language: Extraction['language']): Map<Followed, Link> {
  const out = new Map<Followed, Link>();
  const candidates = candidateLinks(open.map((f) => f.commitment.text), promises.map((c) => c.text), language);
  const taken = new Set<number>();
  const newest = Math.max(-1, ...open.map((f) => f.report));
  for (let k = newest; k >= 0; k--) {
    const assigned = assignLinks(candidates.filter((l) => open[l.from].report === k), taken);
    for (const [from, link] of assigned) out.set(open[from], link);
  }
  return out;
}

function passage(c: Commitment): ChainCell['commitment'] {
  return { id: c.id, text: c.text, start: c.start, end: c.end };
}
