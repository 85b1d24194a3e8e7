import { describe, expect, it } from 'vitest';
import { LEAD_IN_ENDINGS, atomicPieces, isLeadIn } from '../../lib/extract/atomic-commitments';
import { extractText } from '../../lib/extract/index';

/** The commitments of a small plans section, as texts with their targets' raw figures. */
function commitmentsOf(body: string): { text: string; targets: string[] }[] {
  const x = extractText(`某市2024年政府工作报告\n一、2023年工作回顾\n全年完成各项任务。\n二、2024年工作安排\n${body}`, { sha256: 't' });
  const raw = new Map(x.numbers.map((n) => [n.id, n.raw]));
  return x.commitments.map((c) => ({ text: c.text, targets: c.targets.map((id) => raw.get(id)!) }));
}

describe('atomic commitments', () => {
  it('splits a targets sentence into one commitment per indicator, each with its own figure', () => {
    const cs = commitmentsOf('今年全市发展的主要预期目标是：\n地区生产总值增长6%左右；居民消费价格涨幅3%左右；城镇新增就业5万人以上，城镇调查失业率控制在5.5%以内；粮食产量稳定在120万吨以上。');
    expect(cs).toEqual([
      { text: '地区生产总值增长6%左右', targets: ['6%左右'] },
      { text: '居民消费价格涨幅3%左右', targets: ['3%左右'] },
      { text: '城镇新增就业5万人以上', targets: ['5万人以上'] },
      { text: '城镇调查失业率控制在5.5%以内', targets: ['5.5%以内'] },
      { text: '粮食产量稳定在120万吨以上', targets: ['120万吨以上'] },
    ]);
  });

  it('keeps a change against last year with the amount it qualifies', () => {
    const cs = commitmentsOf('市级财政拟安排教育投入38亿元，比上年增加2.6亿元，增长7.3%。');
    expect(cs).toEqual([{ text: '市级财政拟安排教育投入38亿元，比上年增加2.6亿元，增长7.3%', targets: ['38亿元', '2.6亿元', '7.3%'] }]);
  });

  it('splits where a figure is followed by the thing it counts, even after a change verb', () => {
    const cs = commitmentsOf('再解决8万农村人口饮水安全问题，新增3000户天然气用户，继续推进农村公路建设。');
    expect(cs.map((c) => c.text)).toEqual(['再解决8万农村人口饮水安全问题', '新增3000户天然气用户，继续推进农村公路建设']);
  });

  it('keeps an opening action clause with the first target', () => {
    const cs = commitmentsOf('继续实行稻谷最低收购价政策，早稻每50公斤提高2元，晚稻每50公斤提高3元。');
    expect(cs.map((c) => c.text)).toEqual(['继续实行稻谷最低收购价政策，早稻每50公斤提高2元', '晚稻每50公斤提高3元']);
  });

  it('leaves a sentence of several actions and no figures whole', () => {
    const cs = commitmentsOf('加快建设区域物流中心，完善冷链配送网络，推动快递进村。');
    expect(cs.map((c) => c.text)).toEqual(['加快建设区域物流中心，完善冷链配送网络，推动快递进村']);
  });

  it('drops lead-ins that only open a list', () => {
    const cs = commitmentsOf('重点抓好以下几个方面：\n一是完善行政执法程序。二是开展执法案卷评查。');
    expect(cs.map((c) => c.text)).not.toContain('重点抓好以下几个方面');
    expect(cs.map((c) => c.text).some((t) => t.includes('完善行政执法程序'))).toBe(true);
  });

  it('splits an English list of targets at semicolons, and nothing else', () => {
    const text = 'We will cut the deficit to 3 per cent of GDP; hire 400 more nurses; and keep inflation near 2 per cent.';
    const figures = [...text.matchAll(/\d+/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, kind: 'count' as const }));
    expect(atomicPieces(text, { start: 0, end: text.length }, figures, 'en').map((s) => text.slice(s.start, s.end)))
      .toEqual(['We will cut the deficit to 3 per cent of GDP', 'hire 400 more nurses', 'and keep inflation near 2 per cent.']);
    const prose = 'We will modernise the port; it will open to traffic in 2026.';
    expect(atomicPieces(prose, { start: 0, end: prose.length }, [], 'en')).toEqual([{ start: 0, end: prose.length }]);
  });

  it('reads 以下 after a figure as "below", not as a lead-in', () => {
    expect(isLeadIn('全市PM2.5平均浓度控制在32微克/立方米以下', '。', false)).toBe(false);
    expect(isLeadIn('噪声控制在55分贝以下', '。', false)).toBe(false);
  });

  it('is not misled by a colon inside a sentence with its own figure', () => {
    expect(isLeadIn('主要指标：森林覆盖率达到45%', '。', true)).toBe(false);
    expect(isLeadIn('今年的主要目标是', '：', false)).toBe(true);
  });

  it.each(LEAD_IN_ENDINGS.flatMap((r) => r.examples.map((e) => [r.id, e] as const)))('lead-in rule %s matches its example %s', (_id, example) => {
    expect(isLeadIn(example, '', false)).toBe(true);
  });

  it('gives every lead-in rule examples from two reports', () => {
    for (const r of LEAD_IN_ENDINGS) expect(new Set(r.examples).size).toBeGreaterThanOrEqual(2);
  });
});
