import { describe, expect, it } from 'vitest';
import { anchor, describeRange, similarity } from '../../lib/anchor/index';

const PAGE = '一、主要举措和成效。全年办理审批事项3.2万件，按时办结率99.1%。二、存在的问题。部分干部法治意识不强。三、工作安排。年底前公布证明事项清单。';

function sel(quote: string, text = PAGE) {
  const start = text.indexOf(quote);
  return describeRange(text, start, start + quote.length);
}

describe('describeRange', () => {
  it('keeps 32 characters of context each side and the position', () => {
    const s = sel('部分干部法治意识不强');
    expect(s.quote.exact).toBe('部分干部法治意识不强');
    expect(s.quote.prefix.length).toBe(32);
    expect(PAGE.endsWith(s.quote.suffix) || s.quote.suffix.length === 32).toBe(true);
    expect(PAGE.slice(s.position.start, s.position.end)).toBe('部分干部法治意识不强');
  });
});

describe('anchor', () => {
  it('uses the position when the text is unchanged', () => {
    expect(anchor(PAGE, sel('年底前公布证明事项清单'))).toMatchObject({ status: 'anchored', method: 'position' });
  });

  it('finds the quote when text was inserted before it', () => {
    const s = sel('年底前公布证明事项清单');
    const changed = `【新增导语】本报告已更新。${PAGE}`;
    const r = anchor(changed, s);
    expect(r).toMatchObject({ status: 'anchored', method: 'quote' });
    if (r.status === 'anchored') expect(changed.slice(r.start, r.end)).toBe('年底前公布证明事项清单');
  });

  it('chooses among repeated quotes by context', () => {
    const text = '甲说：推进改革。乙说：完善制度。丙说：推进改革。丁说：加强监督。';
    const second = text.lastIndexOf('推进改革');
    const s = describeRange(text, second, second + 4);
    const moved = `前言。${text}`;
    const r = anchor(moved, s);
    expect(r.status === 'anchored' && r.start).toBe(second + 3);
  });

  it('falls back to a fuzzy match when the quote was slightly edited', () => {
    const s = sel('全年办理审批事项3.2万件，按时办结率99.1%');
    const edited = PAGE.replace('按时办结率99.1%', '按时办结率99.2%');
    const r = anchor(edited, s);
    expect(r).toMatchObject({ status: 'anchored', method: 'fuzzy' });
  });

  it('reports orphaned when the text is gone, never a guess', () => {
    const s = sel('部分干部法治意识不强');
    expect(anchor(PAGE.replace('部分干部法治意识不强。', ''), s)).toEqual({ status: 'orphaned' });
    expect(anchor('', s)).toEqual({ status: 'orphaned' });
  });

  it('orphans an empty quote', () => {
    expect(anchor(PAGE, describeRange(PAGE, 3, 3))).toEqual({ status: 'orphaned' });
  });
});

describe('similarity', () => {
  it.each([
    ['推进改革', '推进改革', 1],
    ['abc', 'xyz', 0],
    ['a', 'a', 1],
  ])('%s ~ %s = %s', (a, b, expected) => expect(similarity(a, b)).toBeCloseTo(expected));
});
