/**
 * The checks themselves can fail: each broken extraction below must be rejected, or the
 * property suite would pass whatever the extractor did.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../lib/extract/index';
import type { Extraction } from '../../lib/extract/types';
import { checkExtraction, twiceIdentical } from './invariants';

const REPORT = '某县2023年法治政府建设年度报告\n一、主要举措和成效\n（一）加强组织领导。全年办理案件120件，同比增长5%。\n二、下一步工作打算\n一是力争年底前完成清理工作，培训不少于300人次。';
const fresh = (): Extraction => extractText(REPORT, { sha256: 'x' });

describe('invariants reject broken extractions', () => {
  it('accepts the real extraction, which has every kind of record', () => {
    const x = fresh();
    expect([x.headings.length, x.numbers.length, x.commitments.length].every((n) => n > 0)).toBe(true);
    expect(() => checkExtraction(x)).not.toThrow();
  });

  it.each<[string, (x: Extraction) => void, RegExp]>([
    ['an offset past the end', (x) => { x.numbers[0].end = x.text.length + 1; }, /out of range/],
    ['a span that reads other text', (x) => { x.numbers[0].raw = 'x'; }, /differs/],
    ['a heading title that is not its span', (x) => { x.headings[0].title += '!'; }, /differs/],
    ['a duplicate id', (x) => { x.numbers[1].id = x.numbers[0].id; }, /duplicate id/],
    ['a parent that is not shallower', (x) => { x.headings[1].depth = 1; }, /no parent at depth|not shallower/],
    ['a parent that comes later', (x) => { x.headings[0].parentId = x.headings[1].id; x.headings[0].depth = 2; }, /not an earlier heading/],
    ['depth 6', (x) => { (x.headings[0] as { depth: number }).depth = 6; }, /depth out of 1\.\.5/],
    ['an infinite value', (x) => { x.numbers[0].value = Infinity; }, /not finite/],
    ['an unknown headingId', (x) => { x.commitments[0].headingId = 'h99'; }, /unknown headingId/],
  ])('rejects %s', (_name, breakIt, message) => {
    const x = fresh();
    breakIt(x);
    expect(() => checkExtraction(x)).toThrow(message);
  });

  it('rejects output that differs between two runs', () => {
    let n = 0;
    expect(() => twiceIdentical(() => ({ run: n++ }))).toThrow(/differs/);
  });
});
