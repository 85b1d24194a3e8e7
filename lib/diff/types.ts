/** The diff contract (shared/CONTRACT.md, `promise-ledger/diff@1`) plus explanation fields. */
import type { Extraction, NumberMention } from '../extract/types';

export const DIFF_SCHEMA = 'promise-ledger/diff@1' as const;

export type Status = 'fulfilled' | 'progress' | 'unaddressed' | 'missed';
export type Outcome = 'met' | 'missed' | 'off-target' | 'no-actual';

export interface ReportRef { sha256: string; title: string | null; meta: Extraction['meta'] }

export interface Evidence { text: string; start: number; end: number; score: number }

export interface TargetCheck {
  indicator: string | null;
  target: { raw: string; value: number | null; unit: string | null; approx: NumberMention['approx']; upper?: number | null };
  actual: { raw: string; value: number | null; unit: string | null; start: number; end: number } | null;
  outcome: Outcome;
  /** Extension: for off-target, whether the actual is above or below the target. */
  direction?: 'above' | 'below' | null;
}

export interface DiffItem {
  commitmentId: string;
  text: string;
  status: Status;
  confidence: number;
  evidence: Evidence[];
  targets: TargetCheck[];
  /** Extension: the older report's section (top-level heading title) the commitment is in. */
  section: string | null;
  /** Extension: why this status — matched terms and the rule ids that decided. */
  why: { terms: string[]; rules: string[] };
  /**
   * Extension, unaddressed items only: the newer report's passage closest to the commitment
   * (below the bar, or in its plans), so the reader can check the text search for themselves.
   */
  closest?: Evidence;
  /**
   * Extension, headings only: this commitment is a heading that names the commitments listed
   * under it (their ids); its status is gathered from theirs, and views show it as their heading.
   */
  group?: string[];
}

export interface Diff {
  schema: typeof DIFF_SCHEMA;
  older: ReportRef;
  newer: ReportRef;
  items: DiffItem[];
  summary: Record<Status, number>;
}
