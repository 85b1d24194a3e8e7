/**
 * Bugs the property suite found, each pinned by its shrunk counterexample (seed 20261122)
 * as a plain unit test, so the fix stays even if the generators change.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../lib/extract/index';
import { checkExtraction } from './invariants';

const OPTS = { sha256: 'regression' };

describe('property-suite regressions', () => {
  it('a 一是 line is one heading, not also a run-in lead sentence (headings.ts)', () => {
    const x = extractText('二是工作开展情况。0.0010000余件以上十四五近100000月左右行政执法。', OPTS);
    expect(x.headings.map((h) => [h.marker, h.title, h.rule])).toEqual([['二是', '工作开展情况', 'zh-shi']]);
    checkExtraction(x);
  });

  it('a qualifier at a line end does not join a figure on the next line (numbers/scan.ts)', () => {
    const x = extractText('at least \n2. Work in 2024\n', OPTS);
    expect(x.numbers.every((n) => !n.raw.includes('\n'))).toBe(true);
    expect(x.numbers.map((n) => [n.raw, n.approx])).toEqual([['2024', null]]);
    checkExtraction(x);
    const en = extractText('We hired at least\n200 staff.', OPTS);
    expect(en.numbers.map((n) => [n.raw, n.approx])).toEqual([['200', null]]);
  });
});
