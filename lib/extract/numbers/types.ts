/**
 * Shapes shared by the number rule tables (rules/numbers-zh.ts, rules/numbers-en.ts) and the
 * parsers that turn a rule's match into mentions.
 */
import type { Approx, NumberKind, NumberMention } from '../types';

/** A mention before the pipeline gives it an id and its heading. */
export type NumberFound = Omit<NumberMention, 'id' | 'headingId'>;

/** A mention before the indicator is attached. */
export type Candidate = Omit<NumberFound, 'indicator'>;

/** Names of the parsers in numbers/parsers-*.ts; a rule says which one reads its match. */
export type ParserName =
  | 'docId' | 'date' | 'time' | 'yearRange' | 'monthRange' | 'range' | 'year' | 'month'
  | 'zhPercentWords' | 'combo' | 'quantity' | 'zhNumeralRange' | 'zhNumeral' | 'zhFraction'
  | 'zhNumeralDate' | 'zhRoundNumber' | 'numberWord' | 'bare';

/**
 * One number rule. Patterns carry the `g` flag and are compiled once, at module load.
 * Rules run in table order; an earlier rule claims its span first, later rules fill the gaps.
 */
export interface NumberRule {
  id: string;
  pattern: RegExp;
  parser: ParserName;
  /** The kind when the rule fixes it; parsers that decide by unit leave it out. */
  kind?: NumberKind;
  /** A text this rule matches (tests check every example). */
  example: string;
  /** More texts it matches, from other issuers or years. */
  also?: string[];
}

/** A unit as written after a number, with the kind it gives and its canonical form. */
export interface UnitEntry {
  /** As written, e.g. '个工作日', '月份', 'percent'. */
  text: string;
  /** Canonical unit stored in the mention ('percent' → '%', '个小时' → '小时'). */
  unit: string;
  kind: NumberKind;
  /** Characters that must not follow (部 in 部门 is not a unit), as a regex class body. */
  notBefore?: string;
}

/** A qualifier word and what it says about the figure. */
export interface QualifierEntry {
  text: string;
  approx: Exclude<Approx, null>;
  /** Characters that, right before the word, make it part of another word (签约, 赶超, 最近). */
  notAfter?: string;
}
