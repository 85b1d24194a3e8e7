/**
 * A reply is written in the middle of its year. What it says it plans for that year — opening
 * with the year or 今年 and a plan word (计划, 拟, 继续实施) and a figure — is a commitment
 * though it has no 将; the same words about an earlier year, or work reported done, are not.
 * Fixtures written for this test, modelled on housing and health replies of two regions.
 */
import { describe, expect, it } from 'vitest';
import { run } from './helpers';

const reply = (year: number, body: string) =>
  `关于区人大三届四次会议第12号建议的答复\n孙某代表：\n您提出的建议收悉，现答复如下：\n${body}\n感谢您对我们工作的关心和支持。\n东河区住房和城乡建设局\n${year}年7月20日`;

describe("a reply's plans for its own year are commitments", () => {
  it.each([
    ['the year, then 继续实施 and a count', reply(2025, '2021年以来，全区累计改造老旧小区98个。2025年，继续实施老旧小区改造70个，惠及居民9000户。'),
      ['继续实施老旧小区改造70个'], ['累计改造老旧小区98个']],
    ['the year, then 计划投入 and money', reply(2019, '2019年，全区计划投入0.9亿元，对80个老旧小区进行改造。目前正在进行设计。'),
      ['计划投入0.9亿元'], []],
    ['今年 and 拟', reply(2022, '今年我局拟新建社区养老服务站12个。'), ['拟新建社区养老服务站12个'], []],
    ['an earlier year planned is no promise now', reply(2024, '2022年，我局计划改造老旧小区40个，已全部完成。'), [], ['计划改造老旧小区40个']],
    ['this year, reported done', reply(2023, '2023年，继续实施的30个小区改造已完成竣工验收。'), [], ['30个小区改造']],
  ])('%s', (_name, text, kept, notKept) => {
    const x = run(text);
    expect(x.meta.docType).toBe('proposal-reply');
    const found = x.commitments.map((c) => c.text);
    for (const k of kept) expect(found.some((t) => t.includes(k)), `${k} in ${found.join(' | ')}`).toBe(true);
    for (const k of notKept) expect(found.some((t) => t.includes(k)), `${k} in ${found.join(' | ')}`).toBe(false);
  });
});
