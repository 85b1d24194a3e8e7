/**
 * What a figure measures, read from the words around it, for matching a target with its
 * actual: the clause words before the figure (from the clause start or the previous figure)
 * and, when the figure counts a thing named after it ("500万沼气用户", "2.9万所乡镇卫生院"),
 * that noun too. The extractor's indicator is kept when the clause alone names nothing (a
 * second figure sharing its subject: "国内生产总值47.2万亿元，比上年增长9.2%").
 */
import type { NumberMention } from '../extract/types';
import { englishMeasure } from './measure-en';
import { labelWithTopic, topicBefore } from './measure-label';

/** Where a Chinese clause starts or ends. */
const ZH_BREAK = /[，,；;。：:！？!?\n]/;
/** Longest stretch read on either side of a figure. */
const REACH = 40;
/** Scene-setting and modal words in front of a measure: they say when or how, not what. */
const ZH_LEAD = /^(?:中央提出|我们提出|国务院决定|提出|我们要|我们将|今年|去年|全年|当年|年内|年底前|其中|同时|要|将|拟|再|还|并|继续|力争|确保|争取|努力|比上年|较上年|同比|共|全国|全省|全市|各级财政)/;
/** What follows a measure to announce its figure: 预期目标为, 目标是. */
const ZH_TRAIL = /(?:的)?(?:预期)?目标(?:为|是)?$/;
/** Words between a figure and the noun it counts that are not the noun: 以上, 左右, 的 … */
const ZH_AFTER_LEAD = /^(?:以上|以下|以内|左右|多|余|上下|的)/;
/** The noun after a figure ends before these (a verb or a joiner starts the next thing). */
const ZH_AFTER_STOP = /[、和及与并，,；;。：:！？!?\n（(]|受益|得到|支持|实现|完成|提高|增加|达到/;

/**
 * Words that say who pays or how much, not what: 中央财政安排…资金 is every allocation.
 * Taken out of a measure before it is compared, so that "中央财政安排51亿元" names nothing and
 * "中央财政科技投入" is about 科技.
 */
const GENERIC_MEASURE_WORDS = /建设资金|解决|问题|中央财政|地方财政|各级财政|中央政府|国家财政|财政|中央|预算|安排|投入|资金|专项|补助|经费|总额|总量|规模|全国|全年|合计|共计|累计|达到|实现|完成|比上年|同比|同期|同口径|口径|增长|增加|提高|下降|降低|减少|控制在|保持在|分别|预期|目标|今年|去年|当年|年度|用于|为|到|至|将|要|拟|再|又|共|了|的|和|、/g;

/** A Chinese phrase without GENERIC_MEASURE_WORDS (each replaced by a space). */
export function withoutGenericWords(phrase: string): string {
  return phrase.replace(GENERIC_MEASURE_WORDS, ' ');
}

/** "中央财政安排51亿元，用于支持…", "安排109亿元资金支持再就业": what follows says what an unnamed amount is for. */
const PURPOSE = /^(?:主要|专项|重点)?(?:用于|用来|支持|扶持|增加对|加大对)[^，,；;。！？!?\n]{2,16}/;
/** The noun a figure counts, read for a label: a list of nouns ("7700多项食品、药品和其他消费品安全标准") is read whole. */
const LABEL_NOUN_STOP = /[并，,；;。：:！？!?\n（(]|受益|得到|支持|实现|完成|提高|增加|达到/;
const LABEL_NOUN_MAX = 24;

/** Counts written "6069万农民": the unit is the kind of thing counted. Examples from several reports. */
export const COUNTED_NOUNS: { unit: string; pattern: RegExp; examples: string[] }[] = [
  { unit: '人', pattern: /人口|农民|群众|居民|学生|教师|职工|干部|劳动力|毕业生|人员|老人|儿童|员额/, examples: ['农民受益', '中小学教师待遇', '农村人口的安全饮水问题', '裁减军队员额'] },
  { unit: '户', pattern: /用户|家庭|农户|牧户/, examples: ['沼气用户', '低收入家庭'] },
];

export interface Measure {
  /** The words naming what is measured (may be empty). */
  phrase: string;
  /** The unit, inferred from the counted noun when the figure has none. */
  unit: string | null;
  /**
   * The figure only restates the one before it as a change in the same unit
   * ("拟安排7161亿元，比上年增加1206亿元"): it is neither a target nor an actual of its own.
   */
  restated: boolean;
  /**
   * The measure as shown to a reader: the phrase, led by the sentence's topic when the phrase
   * alone names nothing ("农机具购置补贴…中央财政拟安排资金" rather than "中央财政拟安排资金").
   */
  label: string;
  /** The figure is an amount of change ("投入增加300亿元", "增长8%"), not a level or a count delivered. */
  change: boolean;
}

/** A change word right before the figure: the figure measures a change (提高8%), not a level reached (提高到8%). */
const CHANGE_BEFORE = /(?:增长|增加|提高|上升|上涨|涨幅|增幅|增速|下降|降低|减少|削减|压减|缩减|降幅|回落|压缩)(?:了|控制在|保持在)?$/;
/** A clause that opens with a change verb and names its object before the figure: "削减财政赤字450亿元" is a change too. */
const CHANGE_VERB_OBJECT = /^(?:增加|削减|压减|缩减|减少|降低)[^到至为]*$/;

/** Change and comparison words: a clause made only of these names no measure of its own. */
const CHANGE_WORDS = /[、，,和及与并且\s]|比上年预算|比上年预计数|比上年同期|比上年|比去年|较上年同期|较上年|较去年|同比|同期|同口径|按可比口径|可比口径|增长|增加|提高|下降|减少|降低|达到|为|到|至|再|又|共/g;

/** A change against last year with nothing else: the figure restates the amount before it. */
const RESTATING = /^(?:比上年预算|比上年预计数|比上年同期|比上年|比去年|较上年同期|较上年|较去年|同比|同口径|按可比口径)?(?:增长|增加|提高|下降|减少|降低|多|少)$/;

/** `text` without the words `lead` matches at its start, repeatedly (a loop: no quantified alternation). */
function stripLeading(text: string, lead: RegExp): string {
  let s = text;
  for (let m = lead.exec(s); m && m[0]; m = lead.exec(s)) s = s.slice(m[0].length);
  return s;
}

/** The measure of figure `n` in `text`; `prev`/`next` are the figures around it (they bound the reach). */
export function measureOf(text: string, n: NumberMention, prev: NumberMention | undefined, next: NumberMention | undefined): Measure {
  if (!/[\u4e00-\u9fff]/.test(text.slice(Math.max(0, n.start - 6), n.end + 6))) return englishMeasure(text, n, next);
  const floor = Math.max(prev && prev.end <= n.start ? prev.end : 0, n.start - REACH);
  let from = n.start;
  while (from > floor && !ZH_BREAK.test(text[from - 1])) from--;
  const rawLeft = text.slice(from, n.start);
  const left = stripLeading(rawLeft, ZH_LEAD).replace(ZH_TRAIL, '');
  const ceiling = Math.min(next && next.start >= n.end ? next.start : text.length, n.end + REACH);
  const tail = stripLeading(text.slice(n.end, ceiling), ZH_AFTER_LEAD);
  const stop = ZH_AFTER_STOP.exec(tail);
  const noun = stop ? tail.slice(0, stop.index) : tail;
  const namesNothing = !/[\u4e00-\u9fff]{2}/.test(withoutGenericWords(`${left}${noun}`).replace(/\s+/g, ''));
  const after = stop ? tail.slice(stop.index).replace(/^[，,]/, '') : '';
  const purpose = namesNothing ? PURPOSE.exec(after)?.[0] ?? '' : '';
  // A figure that counts people named before it ("裁减军队员额20万") counts them too.
  const counted = n.unit === null ? COUNTED_NOUNS.find((c) => c.pattern.test(noun.slice(0, 8)) || c.pattern.test(rawLeft.slice(-4))) : undefined;
  const changeOnly = rawLeft.replace(CHANGE_WORDS, '').trim() === '' && noun === '';
  // A clause that names nothing but a change ("比上年增长") borrows the extractor's indicator, or, when
  // that names nothing either ("同期增长"), the topic of the clause before ("完成地区生产总值802.81亿元，比上年同期增长28.6%").
  const own = changeOnly ? indicatorOrTopic(text, n, prev) : left;
  const sameUnitBefore = !!prev && prev.unit !== null && prev.unit === n.unit && /^[^。！？!?\n]*$/.test(text.slice(prev.end, n.start));
  // 比上年增加1206亿元 restates; 由600元提高到720元 and 300元和500元 set levels of their own.
  const comparison = RESTATING.test(rawLeft.replace(/[、，,和及与并且\s]/g, ''));
  // A clause that names nothing after one with a figure of its unit goes on measuring that clause's topic
  // ("能耗由前三年分别上升4.9％、0.2％，转为下降1.2%").
  const goesOn = namesNothing && !purpose && !!prev && prev.unit === n.unit && /^[^，,；;。！？!?\n]*[，,][^，,；;。！？!?\n]*$/.test(text.slice(prev.end, n.start));
  const topic = goesOn ? topicBefore(text, n.start) : '';
  const phrase = `${topic}${own}${noun}${purpose}`.trim();
  return { phrase, label: labelOf(text, n, `${own}${labelNoun(text, n, ceiling)}${purpose}`.trim() || phrase), unit: n.unit ?? counted?.unit ?? null, restated: changeOnly && sameUnitBefore && comparison, change: noun === '' && (CHANGE_BEFORE.test(changeOnly ? `${n.indicator ?? ''}` : rawLeft.trim()) || CHANGE_VERB_OBJECT.test(left)) };
}

/** The extractor's indicator of a bare change figure, or the topic before it when the indicator is itself a bare change ("同期增长"). */
function indicatorOrTopic(text: string, n: NumberMention, prev: NumberMention | undefined): string {
  const indicator = n.indicator ?? '';
  if (indicator.replace(CHANGE_WORDS, '').trim() !== '') return indicator;
  // "一般公共预算总收入5382.3亿元、同口径增长1.9%": the growth of the amount just before, in its clause.
  if (prev && prev.end <= n.start && !ZH_BREAK.test(text.slice(prev.end, n.start))) {
    let from = prev.start;
    while (from > 0 && prev.start - from < REACH && !ZH_BREAK.test(text[from - 1])) from--;
    const named = stripLeading(text.slice(from, prev.start), ZH_LEAD);
    if (named) return named;
  }
  return topicBefore(text, n.start) || indicator;
}

/** The noun after figure `n` as a label reads it (lists of nouns whole), up to `ceiling`. */
function labelNoun(text: string, n: NumberMention, ceiling: number): string {
  const tail = stripLeading(text.slice(n.end, Math.min(ceiling, n.end + LABEL_NOUN_MAX)), ZH_AFTER_LEAD);
  const stop = LABEL_NOUN_STOP.exec(tail);
  return stop ? tail.slice(0, stop.index) : tail;
}

/** The label of figure `n` reading `phrase`: led by the topic its clause leaves to the one before (measure-label.ts). */
function labelOf(text: string, n: NumberMention, phrase: string): string {
  let clauseStart = n.start;
  while (clauseStart > 0 && n.start - clauseStart < 80 && !ZH_BREAK.test(text[clauseStart - 1])) clauseStart--;
  const specific = (s: string) => withoutGenericWords(s).replace(/[^\u4e00-\u9fff]/g, '');
  return labelWithTopic(text, clauseStart, text.slice(clauseStart, n.start), phrase, specific);
}

/** The measure of every figure in `numbers` (text order), by id. */
export function measuresOf(text: string, numbers: NumberMention[]): Map<string, Measure> {
  const out = new Map<string, Measure>();
  numbers.forEach((n, i) => out.set(n.id, measureOf(text, n, numbers[i - 1], numbers[i + 1])));
  return out;
}
