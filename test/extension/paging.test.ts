import { describe, expect, it } from 'vitest';
import { chunks, LIST_PAGE, nextLimit, visibleSlice } from '../../lib/page-agent/paging';

const list = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('panel paging', () => {
  it('visibleSlice shows the first page of a long list and says how many are left', () => {
    const s = visibleSlice(list(28_104), LIST_PAGE);
    expect(s.items).toEqual(list(200));
    expect(s).toMatchObject({ total: 28_104, left: 27_904 });
  });

  it('visibleSlice shows a short list whole, and copes with odd limits', () => {
    expect(visibleSlice(list(7), LIST_PAGE)).toEqual({ items: list(7), total: 7, left: 0 });
    expect(visibleSlice([], LIST_PAGE)).toEqual({ items: [], total: 0, left: 0 });
    expect(visibleSlice(list(5), -3)).toEqual({ items: [], total: 5, left: 5 });
    expect(visibleSlice(list(5), 2.7).items).toEqual([0, 1]);
  });

  it('nextLimit adds a page and stops at the total', () => {
    expect(nextLimit(200, 28_104)).toBe(400);
    expect(nextLimit(400, 450)).toBe(450);
    expect(nextLimit(450, 450)).toBe(450);
    expect(nextLimit(10, 100, 25)).toBe(35);
  });

  it('chunks cuts a list into consecutive pieces, in order, with nothing lost', () => {
    const c = chunks(list(2_500), 1_000);
    expect(c.map((p) => p.length)).toEqual([1_000, 1_000, 500]);
    expect(c.flat()).toEqual(list(2_500));
    expect(chunks([], 10)).toEqual([]);
    expect(() => chunks(list(3), 0)).toThrow(RangeError);
  });
});
