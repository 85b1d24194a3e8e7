/**
 * diff on pairs of extractions: report-like Chinese and English pairs (so commitments,
 * targets and evidence exist), hostile pairs, and a report against itself. No exception,
 * one item per older commitment, evidence and actuals exact spans of the newer text, same
 * output twice.
 */
import fc from 'fast-check';
import { describe } from 'vitest';
import { diff } from '../../lib/diff/index';
import { extractText } from '../../lib/extract/index';
import { enReport, mixedText, randomUnicode, zhReport } from './arbitraries';
import { checkDiff, checkExtraction, twiceIdentical } from './invariants';
import { property } from './property';

function diffsSoundly([olderText, newerText]: [string, string]): void {
  const older = extractText(olderText, { sha256: 'older' });
  const newer = extractText(newerText, { sha256: 'newer' });
  checkExtraction(older);
  checkExtraction(newer);
  checkDiff(twiceIdentical(() => diff(older, newer)), older, newer);
}

/** A newer report that reuses some of the older one's lines, so evidence is found. */
const RELATED_PAIR = fc.tuple(zhReport(20), zhReport(10), fc.boolean()).map(([older, extra, swap]): [string, string] => {
  const lines = older.split('\n');
  const reused = lines.filter((_, i) => i % 2 === 0).map((l) => l.replace(/将|力争|计划/g, '已'));
  const newer = (swap ? [extra, ...reused] : [...reused, extra]).join('\n');
  return [older, newer];
});

describe('property: diff', () => {
  property('related Chinese reports', RELATED_PAIR, diffsSoundly, 600);
  property('unrelated Chinese reports', fc.tuple(zhReport(15), zhReport(15)), diffsSoundly, 300);
  property('English reports', fc.tuple(enReport(50), enReport(50)), diffsSoundly, 250);
  property('a report against itself', zhReport(20).map((t): [string, string] => [t, t]), diffsSoundly, 200);
  property('hostile text on either side', fc.tuple(fc.oneof(mixedText(30), randomUnicode(200), zhReport(10)), fc.oneof(mixedText(30), randomUnicode(200))), diffsSoundly, 300);
});
