/**
 * The ledger (台账) of one issuer over several reports: each commitment followed from the year
 * it was first promised through every later report — promised again (in the same words,
 * reworded, with its target raised or lowered) and what each later review says of it (done,
 * under way, missed, nothing). Extends the diff (lib/diff), never replaces it: the review of a
 * year is the diff's status of the commitment against that year's report.
 */
import type { Extraction } from '../extract/types';
import type { Status } from '../diff/types';

export const LEDGER_SCHEMA = 'promise-ledger/ledger@1' as const;

/** How a report's plans carry the chain on: promised for the first time, again, changed. */
export type PlanState = 'new' | 'repeated' | 'reworded' | 'target-raised' | 'target-lowered';

/** What a report's review says of what the chain promised before (the diff's status, in ledger words). */
export type ReviewState = 'done' | 'progress' | 'missed' | 'silent';

/** Where the chain stands after the last report. */
export type ChainState = 'promised' | 'done' | 'progress' | 'missed' | 'dropped';

/** A span of one report's text. */
export interface Passage { text: string; start: number; end: number }

export interface LedgerReport {
  sha256: string;
  title: string | null;
  /** The year reviewed and the year planned (Extraction meta). */
  coversYear: number | null;
  planYear: number | null;
  /** The column's year: the year the report's promises are for (planYear, else coversYear + 1). */
  year: number | null;
  language: Extraction['language'];
}

/** One report's line of a chain. */
export interface ChainCell {
  /** Index into `Ledger.reports`. */
  report: number;
  /** The review of the earlier promise (null in the year it was first promised). */
  review: ReviewState | null;
  /** The diff's status before the chain's own reading (kept to show "computed as …"). */
  reviewStatus?: Status;
  /** Why: the diff's rule ids, and the chain's own when it changed the reading. */
  reviewRules: string[];
  /** The review sentence that is the evidence (offsets into this report's text). */
  evidence: Passage | null;
  /** How this report's plans carry the promise on; null when they do not promise it. */
  plan: PlanState | null;
  /** The commitment in this report that promises it (id as in the extraction). */
  commitment: (Passage & { id: string }) | null;
  /** For a target raised or lowered: the figures as written before and now. */
  targetChange?: { from: string; to: string };
  /** How alike the linked commitment is to the one before it, 0..1. */
  linkScore?: number;
  /**
   * The commitment the review judged: the chain's last promise before this report (report
   * index, commitment id) — with this report, the key of a status set by hand (Override).
   */
  judged?: { report: number; commitmentId: string };
  /** A status set by hand for this review (lib/chains/overrides.ts): `review` is then its status; `computed` what was read. */
  override?: { note: string; createdAt: string; computed: ReviewState | null };
}

export interface Chain {
  /** Stable within one ledger: first report index and commitment id ("0:c7"). */
  id: string;
  first: { report: number; year: number | null; text: string };
  /** One cell per report from the first onward, while the chain is followed. */
  cells: ChainCell[];
  /** How many reports promised it. */
  promised: number;
  now: ChainState;
}

export interface Ledger {
  schema: typeof LEDGER_SCHEMA;
  issuer: string | null;
  reports: LedgerReport[];
  chains: Chain[];
  /** Reports left out (same year as one already in), with why. */
  skipped: { sha256: string; reason: string }[];
}
