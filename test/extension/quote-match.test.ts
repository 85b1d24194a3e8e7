import { describe, expect, it } from 'vitest';
import { findQuote } from '../../lib/anchor/quote-match';

const TEXT = '首页 新闻\n2024年工作报告\n一、成效\n全年办结案件100件。\n二、计划\n年底前办结案件100件。';

describe('findQuote', () => {
  it('finds an exact quote', () => {
    const m = findQuote(TEXT, { exact: '一、成效' });
    expect(m).toEqual({ start: TEXT.indexOf('一、成效'), end: TEXT.indexOf('一、成效') + 4, method: 'exact' });
  });

  it('chooses among repeats by context', () => {
    const second = TEXT.lastIndexOf('100件');
    expect(findQuote(TEXT, { exact: '100件', prefix: '年底前办结案件', suffix: '。' })?.start).toBe(second);
    expect(findQuote(TEXT, { exact: '100件', prefix: '全年办结案件', suffix: '。' })?.start).toBe(TEXT.indexOf('100件'));
  });

  it('prefers occurrences after `from` when context does not decide', () => {
    const second = TEXT.lastIndexOf('100件');
    expect(findQuote(TEXT, { exact: '100件' }, TEXT.indexOf('二、计划'))?.start).toBe(second);
  });

  it('falls back to a whitespace-insensitive match and maps it back', () => {
    const page = 'Annual\nReport  of the   Office';
    const m = findQuote(page, { exact: 'Annual Report of the Office' });
    expect(m).toEqual({ start: 0, end: page.length, method: 'tolerant' });
  });

  it('matches a list in order over a block repeated many times, each on its own copy', () => {
    const block = '一、成效\n全年办结案件100件。\n二、计划\n年底前办结案件100件。\n';
    const text = block.repeat(2_000);
    const quote = { exact: '年底前办结案件', prefix: '二、计划\n', suffix: '100件。' };
    let from = 0;
    const starts: number[] = [];
    for (let i = 0; i < 2_000; i++) {
      const m = findQuote(text, quote, from)!;
      starts.push(m.start);
      from = m.start + 1;
    }
    expect(starts).toEqual(starts.map((_, i) => i * block.length + block.indexOf('年底前')));
  });

  it('an earlier occurrence with better context still wins over a later one', () => {
    // More matching context (10 characters) than the bonus for coming after `from` (8).
    const text = '全年工作甲方负责人：完成清理。乙：完成清理。';
    const first = text.indexOf('完成清理');
    const second = text.lastIndexOf('完成清理');
    expect(findQuote(text, { exact: '完成清理', prefix: '全年工作甲方负责人：' }, text.indexOf('乙'))?.start).toBe(first);
    // Equal context: the one after `from` wins; without `from`, the first.
    expect(findQuote(text, { exact: '完成清理' }, text.indexOf('乙'))?.start).toBe(second);
    expect(findQuote(text, { exact: '完成清理' })?.start).toBe(first);
  });

  it('returns null when the quote is not there', () => {
    expect(findQuote(TEXT, { exact: '不存在的句子' })).toBeNull();
    expect(findQuote(TEXT, { exact: '' })).toBeNull();
  });
});
