/**
 * The extraction contract (shared/CONTRACT.md, `promise-ledger/extraction@1`) plus the
 * internal shapes the stages pass to each other. Contract fields may be added, never renamed.
 */

export const EXTRACTION_SCHEMA = 'promise-ledger/extraction@1' as const;
/** Bumped whenever a change alters extraction output; snapshots record it. */
export const EXTRACTOR_VERSION = '0.2.0';

export type Language = 'zh' | 'en';
export type DocType = 'annual-report' | 'work-report' | 'work-plan' | 'proposal-reply' | 'other';
export type Role = 'achievements' | 'problems' | 'plans' | 'duties' | 'other';
export type NumberKind = 'count' | 'percent' | 'money' | 'quantity' | 'duration' | 'year' | 'date' | 'doc-id' | 'other';
export type Approx = 'about' | 'over' | 'under' | 'at-least' | 'at-most' | 'range' | null;

export interface Meta {
  issuer: string | null;
  docType: DocType;
  coversYear: number | null;
  planYear: number | null;
  publishedAt: string | null;
  /** Extension: the report's own document number (发文字号, e.g. 青政发〔2024〕5号) when its page or text prints one. */
  docNumber?: string;
}

export interface Detection { isReport: boolean; score: number; signals: string[] }

export interface Heading {
  id: string;
  depth: 1 | 2 | 3 | 4 | 5;
  marker: string;
  title: string;
  start: number;
  end: number;
  role: Role;
  /** Ids of the rules and evidence that decided the role (CONTRACT.md, added 2026-12). */
  roleReasons?: string[];
  /** Extension: 'multi-year' for plans beyond the plan year (the 十二五 goals, 今后五年): not due next year. */
  horizon?: 'multi-year';
  parentId: string | null;
  /** Extension: id of the rule that recognised this heading. */
  rule: string;
}

export interface NumberMention {
  id: string;
  raw: string;
  value: number | null;
  unit: string | null;
  kind: NumberKind;
  approx: Approx;
  upper?: number | null;
  indicator: string | null;
  headingId: string | null;
  start: number;
  end: number;
  /** Extension: id of the rule that produced this mention. */
  rule: string;
  /** Extension: a cell of a data table (its indicator is the row's label and the column's name). */
  inTable?: true;
}

export interface Commitment {
  id: string;
  text: string;
  headingId: string | null;
  start: number;
  end: number;
  actions: string[];
  deadline: string | null;
  targets: string[];
  strength: 'firm' | 'soft';
  /** Extension: why this sentence is a commitment (rule id). */
  rule: string;
}

export interface Problem {
  id: string;
  text: string;
  headingId: string | null;
  start: number;
  end: number;
  /** Extension: why this sentence is a problem (rule id). */
  rule: string;
}

export interface Extraction {
  schema: typeof EXTRACTION_SCHEMA;
  source: { file?: string; url?: string; title: string | null; sha256: string };
  language: Language;
  text: string;
  meta: Meta;
  detection: Detection;
  headings: Heading[];
  numbers: NumberMention[];
  commitments: Commitment[];
  problems: Problem[];
  /** Extension: the extractor version that produced this record. */
  extractorVersion: string;
}

// ---------------------------------------------------------------------------------------
// Internal shapes: the page block model and the document context the stages share.

/** One block of a page in reading order, as the page reader (HTML or text) found it. */
export interface Block {
  text: string;
  /**
   * 'heading' when the DOM marked it as one (h1–h6, or a paragraph that is all bold); 'row'
   * for a data table's row, its cells joined by ' | ' (kept in the text, never in the prose).
   */
  kind: 'heading' | 'paragraph' | 'row';
  /** h1..h6 level when kind is 'heading' and it came from a heading element. */
  level?: number;
  /** A run-in bold lead at the start of a paragraph ("加强制度建设。" in <strong>). */
  lead?: string;
}

/** What a page reader hands the extractor: blocks plus what it saw around them. */
export interface PageInput {
  blocks: Block[];
  /** Document title without CMS suffixes, when known. */
  title: string | null;
  /** Gov CMS meta tags and similar, by lower-cased name: articletitle, pubdate, contentsource, sitename, columnname… */
  metaTags: Record<string, string>;
  /** Lines removed as page chrome (breadcrumbs, 发布时间/来源 lines, share boxes), kept for metadata. */
  chrome: string[];
  url?: string;
  /** Plain text wrapped at the page width (a PDF's text layer): how many lines became how many paragraphs. */
  unwrapped?: { lines: number; paragraphs: number };
}

/** A line of the assembled text: one block after normalization. */
export interface Line {
  start: number;
  end: number;
  kind: 'title' | 'heading' | 'paragraph' | 'row';
  level?: number;
  /** Length of a bold run-in lead at the start of the line (0 when none). */
  leadLength: number;
}

export interface Span { start: number; end: number }

/** Everything the stages read: the text they all refer to, and its structure. */
export interface DocContext {
  text: string;
  language: Language;
  lines: Line[];
  /** Sentences in document order; never cross a line end. */
  sentences: Span[];
  /**
   * Table rows (Block kind 'row'): in `text`, but not in `lines` or `sentences`, so no stage
   * that reads prose (headings, roles, commitments, problems, meta) ever sees them.
   */
  rows: Line[];
  title: string | null;
  page: PageInput;
}
