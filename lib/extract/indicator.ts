/**
 * Indicators: the noun phrase naming what a figure measures ('国内生产总值增长' for
 * 国内生产总值增长5%左右, 'surveyed urban unemployment rate' for "the surveyed urban
 * unemployment rate at around 5.5 percent"). The diff matches year-over-year targets on it.
 *
 * Chinese puts the indicator right before the figure, inside the same clause, followed by a
 * copula or level verb (达到, 为, 保持在, 提高到) that is not part of it; change verbs (增长,
 * 降低, 提高 without 到) are kept, since "GDP growth" and "GDP level" are different targets.
 */
import type { Candidate, NumberFound } from './numbers/types';
import { englishIndicator } from './numbers/indicator-en';
import type { Language, NumberKind } from './types';

/** Kinds that measure something; years, dates, document ids and the rest have no indicator. */
const MEASURED: ReadonlySet<NumberKind> = new Set(['count', 'percent', 'money', 'quantity', 'duration']);

/** Where a Chinese clause starts: punctuation that separates listed figures and clauses. */
const ZH_CLAUSE_BREAK = /[，,；;。：:！？!?、\n]/;
/** Longest indicator kept (the tail of a long clause is the part that names the figure). */
const ZH_MAX = 24;

/**
 * Leading words that set the scene, not the measure: 今年, 其中, 主要表现在, 对 …, and what a
 * deadline leaves after its month figure (6月|底前完成剩余12个…: 底前, then 完成).
 */
const ZH_LEAD = /^(?:力争|确保|争取|努力|年底前|年内|上半年|下半年|\d{1,2}月底前|(?:底|末|初|中旬|上旬|下旬)?(?:之前|以前|前)|完成|比上年|较上年|比去年|同比|主要表现在|截至目前|截至年底|今年|去年|明年|全年|当年|年内|其中|同时|目前|此外|另外|预计|以及|共计|累计|实现|对|将|把|使|和|及|与|并|共|是)/;
/** Trailing copulas, level verbs and adverbs between the indicator and its figure. */
const ZH_TRAIL = new RegExp('(?:' + [
  '保持在', '控制在', '稳定在', '维持在', '提高到', '提高至', '提升到', '提升至', '上升到', '上升至', '增加到',
  '增加至', '增长到', '增长至', '下降到', '下降至', '降低到', '降低至', '减少到', '减少至', '跃升至', '分别为',
  '平均为', '约为', '达到', '拟安排', '拟按', '安排', '首次', '跃上', '突破', '分别', '平均', '累计', '共计', '合计', '总计', '同比',
  '比上年', '较上年', '年均', '已经', '增至', '降至', '降到', '减至', '实现', '完成', '超过',
  '达', '为', '是', '约', '共', '已', '了', '在', '到', '至', '有', '超', '逾', '近',
].join('|') + ')$');
/** Change verbs: kept at the end of an indicator, and alone they borrow the subject before them. */
/** A change verb at the start of a text (分别提高2.1、3.5个百分点: 提高). */
export const ZH_CHANGE_WORD = /^(?:增长|下降|提高|降低|上升|增加|减少|提升|扩大|缩小|回落|上涨|下跌)/;
const ZH_CHANGE = /^(?:增长|下降|提高|降低|上升|增加|减少|提升|扩大|缩小|回落|上涨|下跌|涨幅|降幅|增幅|增速|减幅)$/;
const ZH_CHANGE_TAIL = /(?:增长|下降|提高|降低|上升|增加|减少|提升|扩大|缩小|回落|上涨|下跌|涨幅|降幅|增幅|增速|减幅)$/;
/** Joiners between two figures that share a subject: 达到134.9万亿元、增长5%. */
const ZH_JOINER = /^[、，,和及与并且]*$/;

const ZH_MARKER = /^\s*(?:[一二三四五六七八九十]{1,3}是|[(（]?\d{1,2}[)）.、]|[(（][一二三四五六七八九十]{1,3}[)）]|[①-⑳])/;

/** Strips scene-setting words in front and copulas behind until nothing changes. */
export function trimZhIndicator(phrase: string): string {
  // A heading marker in front ("一是", "(2)", "2)") belongs to the outline, not the measure.
  let s = phrase.replace(ZH_MARKER, '').replace(/^[\s“”"'《》()]+|[\s“”"'《》(]+$/g, '');
  for (let before = ''; before !== s;) {
    before = s;
    s = s.replace(ZH_LEAD, '').replace(ZH_TRAIL, '');
  }
  // 分别 and 再 qualify the verb for several figures at once; the measure is the same without them.
  // 比上年 / 同比 say what the change is measured against, not what is measured.
  s = s.replace(/分别|比上年|较上年|比去年|同比|再(?=增长|提高|降低|下降|增加|减少|提升)/g, '');
  return s.length > ZH_MAX ? s.slice(-ZH_MAX) : s;
}

/** Start of the clause a figure at `at` stands in (never before `floor`). */
function clauseStart(text: string, at: number, floor: number): number {
  for (let i = at - 1; i >= floor; i--) if (ZH_CLAUSE_BREAK.test(text[i])) return i + 1;
  return floor;
}

/** The Chinese indicator of `c`, given the mention before it and that mention's indicator. */
function chineseIndicator(text: string, c: Candidate, prev: Candidate | undefined, prevIndicator: string | null): string | null {
  const floor = Math.max(prev?.end ?? 0, c.start - 40);
  const start = clauseStart(text, c.start, floor);
  const own = trimZhIndicator(text.slice(start, c.start));
  const sharesSubject = prev && prevIndicator && ZH_JOINER.test(text.slice(prev.end, start));
  if (sharesSubject && (own === '' || ZH_CHANGE.test(own))) {
    // 国内生产总值达到134.9万亿元、增长5% → the second figure is 国内生产总值增长.
    return own === '' ? prevIndicator : prevIndicator.replace(ZH_CHANGE_TAIL, '') + own;
  }
  return own || null;
}

/** Adds `indicator` to each candidate (null for years, dates, document ids, other). */
export function attachIndicators(text: string, found: Candidate[], language: Language): NumberFound[] {
  const out: NumberFound[] = [];
  for (let i = 0; i < found.length; i++) {
    const c = found[i];
    const prev = out[i - 1];
    let indicator: string | null = null;
    if (MEASURED.has(c.kind)) {
      const prevIndicator = prev && MEASURED.has(prev.kind) ? prev.indicator : null;
      indicator = language === 'zh'
        ? chineseIndicator(text, c, prev, prevIndicator)
        : englishIndicator(text, c, prev, prevIndicator);
    }
    out.push({ ...c, indicator });
  }
  return out;
}
