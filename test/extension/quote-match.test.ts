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

  it('returns null when the quote is not there', () => {
    expect(findQuote(TEXT, { exact: '不存在的句子' })).toBeNull();
    expect(findQuote(TEXT, { exact: '' })).toBeNull();
  });
});
