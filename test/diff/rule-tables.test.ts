/**
 * The diff's rule tables: every rule matches each of its examples, and every rule has examples
 * from at least two reports (house rule: a rule fitted to one text buys nothing).
 */
import { describe, expect, it } from 'vitest';
import { COUNTED_NOUNS } from '../../lib/diff/measure';
import { MULTI_YEAR, PLAN_SENTENCE, isMultiYear, setsPlans } from '../../lib/diff/scope';
import { SYNONYMS, canonicalize } from '../../lib/diff/synonyms';
import { TARGET_YEAR_RULES } from '../../lib/diff/target-year';
import { ADMISSION_CUES, DONE_CUES, LESS_IS_BETTER, NOT_DONE_CUES, QUALITATIVE_CHANGES, TARGET_FRAME_CUES, TARGET_REACHED_CUES, UNDERWAY_CUES } from '../../lib/diff/rules';

interface ExampleRule { id?: string; unit?: string; pattern: RegExp; examples: string[] }

const TABLES: [string, ExampleRule[]][] = [
  ['SYNONYMS', SYNONYMS], ['PLAN_SENTENCE', PLAN_SENTENCE], ['MULTI_YEAR', MULTI_YEAR], ['COUNTED_NOUNS', COUNTED_NOUNS],
  ['DONE_CUES', DONE_CUES], ['UNDERWAY_CUES', UNDERWAY_CUES], ['NOT_DONE_CUES', NOT_DONE_CUES], ['ADMISSION_CUES', ADMISSION_CUES],
  ['LESS_IS_BETTER', LESS_IS_BETTER], ['TARGET_YEAR_RULES', TARGET_YEAR_RULES], ['TARGET_FRAME_CUES', TARGET_FRAME_CUES], ['TARGET_REACHED_CUES', TARGET_REACHED_CUES], ['QUALITATIVE_CHANGES', QUALITATIVE_CHANGES],
];

describe.each(TABLES)('%s', (_name, rules) => {
  it.each(rules.flatMap((r) => r.examples.map((e) => [r.id ?? r.unit, e, r] as const)))('%s matches %s', (_id, example, rule) => {
    rule.pattern.lastIndex = 0;
    expect(rule.pattern.test(example)).toBe(true);
  });

  it('gives every rule at least two examples', () => {
    for (const r of rules) expect(new Set(r.examples).size, r.id ?? r.unit).toBeGreaterThanOrEqual(2);
  });
});

describe('synonyms', () => {
  it('writes the same indicator one way whatever the report called it', () => {
    expect(canonicalize('居民消费价格总水平涨幅4%左右')).toBe(canonicalize('居民消费价格涨幅4%左右'));
    expect(canonicalize('居民消费价格上涨2.1%')).toContain('物价涨幅');
    expect(canonicalize('保持物价总水平基本稳定')).toContain('物价');
    expect(canonicalize('新增城镇就业1100万人')).toContain('城镇新增就业');
    expect(canonicalize('经济增长预期目标为7%左右')).toContain('国内生产总值增长');
    expect(canonicalize('中央财政用于科技的支出')).toBe(canonicalize('中央财政科技投入'));
  });

  it('leaves other words alone', () => {
    expect(canonicalize('转变经济增长方式')).toBe('转变经济增长方式');
    expect(canonicalize('加强法治宣传教育')).toBe('加强法治宣传教育');
  });
});

describe('scope of a newer sentence', () => {
  it('tells plan sentences from results', () => {
    expect(setsPlans('今年拟安排财政赤字9000亿元')).toBe(true);
    expect(setsPlans('城镇新增就业980万人，超过预期目标')).toBe(false);
    expect(setsPlans('全年完成造林1.1万亩')).toBe(false);
    expect(setsPlans('We will hire 40 more workers.')).toBe(true);
  });

  it('finds multi-year figures by their clause, not by a neighbour clause', () => {
    const s = '连续7年提高企业退休人员基本养老金，年均增长10%，新农保试点覆盖24%的县';
    expect(isMultiYear(s, s.indexOf('10%'), s.indexOf('10%') + 3)).toBe(true);
    expect(isMultiYear(s, s.indexOf('24%'), s.indexOf('24%') + 3)).toBe(false);
    const five = '五年来，城镇新增就业5100万人';
    expect(isMultiYear(five, five.indexOf('5100'), five.indexOf('5100') + 7)).toBe(true);
  });
});
