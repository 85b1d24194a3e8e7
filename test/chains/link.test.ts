/** Linking a promise to the same promise in a later report (lib/chains/link.ts). */
import { describe, expect, it } from 'vitest';
import { assignLinks, candidateLinks } from '../../lib/chains/link';

const best = (earlier: string[], later: string[], lang: 'zh' | 'en') =>
  [...assignLinks(candidateLinks(earlier, later, lang))].map(([from, l]) => [earlier[from], later[l.to]]);

describe('candidateLinks', () => {
  it('links the same promise with its figure changed, and a reworded one', () => {
    const earlier = ['建设法治文化公园3个', '组建县行政复议中心', '开展行政规范性文件集中清理', '推行包容审慎监管'];
    const later = ['年内建成县行政复议中心并投入运行', '建设法治文化公园2个', '建立行政执法人员资格动态管理制度', '推进涉企行政检查“扫码入企”'];
    expect(best(earlier, later, 'zh')).toEqual([
      ['建设法治文化公园3个', '建设法治文化公园2个'],
      ['组建县行政复议中心', '年内建成县行政复议中心并投入运行'],
    ]);
  });

  it('links English promises reworded, not others that share a word', () => {
    const earlier = ['We will refurbish the Market Street leisure centre.', 'We will review the council\'s procurement rules.', 'We will set up a youth employment hub.'];
    const later = ['We will reopen the Market Street leisure centre after its refurbishment.', 'We will open a second recycling centre.', 'We will review parking charges in the town centre.'];
    expect(best(earlier, later, 'en')).toEqual([[earlier[0], later[0]]]);
  });

  it('does not link two allocations that share only "比上年增加…亿元"', () => {
    expect(best(['为弥补财政减收增支形成的缺口，拟安排中央财政赤字7500亿元，比上年增加5700亿元'], ['中央财政拟安排保障性住房专项补助资金632亿元，比上年增加81亿元', '实施积极的财政政策'], 'zh')).toEqual([]);
  });

  it('gives nothing for nothing', () => {
    expect(candidateLinks([], ['建设法治文化公园2个'], 'zh')).toEqual([]);
    expect(candidateLinks(['……'], ['建设法治文化公园2个'], 'zh')).toEqual([]);
  });
});

describe('assignLinks', () => {
  it('links each side once, best first, and keeps what others took', () => {
    const taken = new Set([2]);
    const out = assignLinks([{ from: 0, to: 1, score: 0.9 }, { from: 1, to: 1, score: 0.8 }, { from: 1, to: 2, score: 0.7 }, { from: 1, to: 3, score: 0.6 }], taken);
    expect([...out.entries()].map(([f, l]) => [f, l.to])).toEqual([[0, 1], [1, 3]]);
    expect([...taken].sort()).toEqual([1, 2, 3]);
  });
});
