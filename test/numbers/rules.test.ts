import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../lib/extract/numbers';
import { EN_NUMBER_RULES } from '../../lib/extract/rules/numbers-en';
import { ZH_NUMBER_RULES, ZH_SET_PHRASES } from '../../lib/extract/rules/numbers-zh';
import type { Language } from '../../lib/extract/types';

/** A made-up report paragraph with many kinds of figures, modelled on county reports. */
const ZH_SAMPLE = [
  '2020年，全县办理行政复议案件18件，其中直接纠错2件，群众满意率达到95%以上。',
  '落实《实施纲要(2015—2020年)》，将涉及20个部门的445个权力事项划转，审批材料减幅50%以上。',
  '2019年7月1日至2020年6月30日，评查案卷118个，提出意见建议180余条，调撤率上升7.9个百分点。',
  '依据呼政办发〔2017〕35号文件，为期一周的培训覆盖四名调解员，全年受理法律服务1万余件。',
  '今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上；粮食产量1.3万亿斤以上。',
].join('\n');

const EN_SAMPLE = [
  "China's GDP surpassed 126 trillion yuan in 2023, an increase of 5.2 percent.",
  'A total of 12.44 million urban jobs were added; we target over 12 million new urban jobs in 2024.',
  'The deficit-to-GDP ratio is set at 3 percent, and 4.06 trillion yuan of bonds (2021–2025) will be issued by March 5, 2024.',
].join('\n');

describe('rule tables', () => {
  it.each([...ZH_NUMBER_RULES.map((r) => [r.id, r, 'zh'] as const), ...EN_NUMBER_RULES.map((r) => [r.id, r, 'en'] as const)])(
    '%s: its examples are found by that rule',
    (_id, rule, language) => {
      for (const example of [rule.example, ...(rule.also ?? [])]) {
        const hit = findNumbers(example, language as Language).find((n) => n.rule === rule.id);
        expect(hit, `${rule.id} on ${example}`).toBeDefined();
      }
    },
  );

  it('every pattern is global and compiled once', () => {
    for (const rule of [...ZH_NUMBER_RULES, ...EN_NUMBER_RULES]) expect(rule.pattern.global).toBe(true);
  });

  it('every set phrase example keeps its numeral out of the numbers', () => {
    for (const p of ZH_SET_PHRASES) {
      const numbers = findNumbers(p.example, 'zh');
      const inPhrase = numbers.filter((n) => p.text.includes(n.raw));
      expect(inPhrase, p.example).toEqual([]);
    }
  });
});

describe.each([['zh', ZH_SAMPLE], ['en', EN_SAMPLE]] as const)('mentions of the %s sample', (language, text) => {
  const numbers = findNumbers(text, language);

  it('finds every figure (counted by hand: 21 in Chinese, 11 in English)', () => {
    expect(numbers.length).toBe(language === 'zh' ? 21 : 11);
  });

  it('raw is exactly text.slice(start, end)', () => {
    for (const n of numbers) expect(n.raw).toBe(text.slice(n.start, n.end));
  });

  it('are in document order and never overlap', () => {
    for (let i = 1; i < numbers.length; i++) expect(numbers[i].start).toBeGreaterThanOrEqual(numbers[i - 1].end);
  });

  it('each keeps the id of the rule that produced it', () => {
    const ids = new Set([...ZH_NUMBER_RULES, ...EN_NUMBER_RULES].map((r) => r.id));
    for (const n of numbers) expect(ids.has(n.rule)).toBe(true);
  });

  it('is deterministic', () => {
    expect(findNumbers(text, language)).toEqual(numbers);
  });

  it('gives no indicator to years, dates and document ids', () => {
    for (const n of numbers) if (['year', 'date', 'doc-id'].includes(n.kind)) expect(n.indicator).toBeNull();
  });
});

/** Prose without figures: real reports have about one figure per 150–250 characters. */
const ZH_PROSE = '坚持以习近平新时代中国特色社会主义思想为指导，深入推进依法行政，持续优化营商环境，' +
  '加快转变政府职能，完善重大行政决策程序，严格规范公正文明执法，强化对行政权力的制约和监督，' +
  '依法有效化解社会矛盾纠纷，全面提高政府工作人员法治思维和依法行政能力。';

describe('growth', () => {
  // Speed itself is the bench's (npm run bench): a timed bar in a unit test fails on a busy
  // machine. What a unit test can hold is growth: 8× the text in at most 12× the time, both
  // measured in this one run, interleaved, so the machine's load cancels out. The fastest of
  // seven runs of each size is compared: another process's burst only ever adds time (a median
  // of five still read 18× once at load 16).
  it('reads 8× the text in at most 12× the time (no scan past its line)', () => {
    const block = ZH_SAMPLE.split('\n').map((line) => `${ZH_PROSE}${line}\n${ZH_PROSE}`).join('\n');
    const sized = (n: number) => Array.from({ length: Math.ceil(n / block.length) }, () => block).join('\n').slice(0, n);
    const [small, large] = [sized(50_000), sized(400_000)];
    findNumbers(small, 'zh'); // warm up the regex engine
    const times: [number[], number[]] = [[], []];
    for (let i = 0; i < 7; i++) {
      [small, large].forEach((text, k) => { const t0 = performance.now(); findNumbers(text, 'zh'); times[k].push(performance.now() - t0); });
    }
    expect(Math.min(...times[1]) / Math.min(...times[0])).toBeLessThan(12);
  });
});
