/**
 * The batch's units of work and what they give back, as they cross between the main thread
 * and the worker threads (plain data: structured clone). A report task reads and extracts one
 * file; a pair task diffs two extractions already written to extractions.jsonl; a chains
 * task follows one issuer's promises across its reports (lib/chains), reusing the pairs' diffs.
 */
import type { Status } from '../../diff/types';
import type { Language, Meta } from '../../extract/types';

/** Settings every task sees (a worker gets them once, as its workerData). */
export interface BatchSettings {
  /** Language of the CSV headers and labels. */
  labels: Language;
  /** Refuse files that do not look like a report, as `extract --strict` does. */
  strict: boolean;
  /** An earlier run's extraction lines that may be reused (`--resume`), else null. */
  reuse: ReuseIndex | null;
}

/** Where each reusable line of an earlier extractions.jsonl is: by `reuseKey`, [offset, bytes]. */
export interface ReuseIndex { file: string; lines: Record<string, [number, number]> }

/** A line is reused only for the same bytes at the same path (the record names its file). */
export const reuseKey = (sha256: string, file: string) => `${sha256}\u0000${file}`;

/** A line of extractions.jsonl: its file and where it is. */
export interface LineRef { file: string; path: string; offset: number; length: number }

/** One issuer's reports (one kind, oldest first as pairing orders them) and the diffs of their pairs, already written. */
export interface ChainsTask { kind: 'chains'; issuer: string; reports: LineRef[]; diffs: LineRef[] }

export type BatchTask = { kind: 'report'; path: string } | { kind: 'pair'; older: LineRef; newer: LineRef } | ChainsTask;

/** A report read and extracted: its lines for each output, already serialized. */
export interface ReportDone {
  kind: 'report';
  path: string;
  sha256: string;
  /** The extraction@1 document on one line, with its newline. */
  line: string;
  commitments: string;
  figures: string;
  problems: string;
  meta: Meta;
  isReport: boolean;
  reused: boolean;
}

/** A file that could not be read: the same one-line reason the CLI prints. */
export interface ReportFailed { kind: 'error'; path: string; sha256: string | null; error: string }

/** A pair diffed: the diff@1 document on one line, and its ledger.csv rows. */
export interface PairDone { kind: 'pair'; line: string; ledger: string; summary: Record<Status, number> }

/** An issuer's ledger across years: its chains.csv rows, and how many promises. */
export interface ChainsDone { kind: 'chains'; rows: string; promises: number }

export type BatchResult = ReportDone | ReportFailed | PairDone | ChainsDone;
