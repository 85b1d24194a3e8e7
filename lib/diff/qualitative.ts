/**
 * Actuals stated in words: a review sentence that says what a measure did without a figure
 * ("居民消费价格指数同比持平", "一般公共预算支出与上年持平"). The words before the statement, in its
 * clause, name the measure; a level that stayed where it was is a change of 0 (a rise that
 * matched last year's is a figure this report does not give, and is left to the evidence),
 * so that a change target ("涨幅3%左右") is judged against it like any reported figure.
 * One pass of one expression over the review sentences; Chinese only.
 */
import type { Extraction, NumberMention } from '../extract/types';
import type { EvidenceIndex } from './evidence';
import { measured, type MeasuredFigure } from './actuals';
import { QUALITATIVE_CHANGES } from './rules';

/** Where a clause starts, read backwards from the statement. */
const CLAUSE_START = /[，,；;。：:！？!?\n]/;
/** Comparison words before the statement that name no measure. */
const COMPARISON = /(?:与上年|与去年|比上年|比去年|同比|较上年)?(?:基本|大体)?$/;
/** A measure that is itself a change: level with last year's change, not a change of 0. */
const NAMES_A_CHANGE = /涨幅|增幅|增速|增长|降幅|上涨|下降/;
/** The longest measure read before a statement. */
const REACH = 24;

export function qualitativeActuals(newer: Extraction, index: EvidenceIndex): MeasuredFigure[] {
  if (newer.language !== 'zh') return [];
  const out: MeasuredFigure[] = [];
  for (const sentence of index.sentences) {
    if (sentence.scope !== 'year') continue;
    for (const rule of QUALITATIVE_CHANGES) {
      rule.pattern.lastIndex = 0;
      for (let m = rule.pattern.exec(sentence.text); m; m = rule.pattern.exec(sentence.text)) {
        const figure = qualitativeFigure(sentence.text, m.index, m[0], sentence.start, rule.value, sentence.termSet, rule.id);
        if (figure) out.push(figure);
      }
    }
  }
  return out;
}

function qualitativeFigure(text: string, at: number, raw: string, offset: number, value: number, sentenceTerms: Set<string>, rule: string): MeasuredFigure | null {
  let from = at;
  while (from > 0 && at - from < REACH && !CLAUSE_START.test(text[from - 1])) from--;
  const named = text.slice(from, at).replace(COMPARISON, '').trim();
  // "涨幅与上年持平" says this year's rise equals last year's, a figure this report does not give.
  if (named.length < 2 || NAMES_A_CHANGE.test(named)) return null;
  // "价格指数同比持平": the level did not move, a change of 0.
  const phrase = `${named}增长`;
  const start = offset + at;
  const number: NumberMention = { id: `q${start}`, raw, value, unit: '%', kind: 'percent', approx: 'about', indicator: phrase, headingId: null, start, end: start + raw.length, rule: rule };
  const figure = measured(number, { phrase, label: phrase, unit: '%', restated: false, change: true }, sentenceTerms, 'zh');
  return figure.terms.size > 0 ? figure : null;
}
