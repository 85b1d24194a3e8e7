/**
 * Chinese number rules, in priority order: a rule earlier in the table claims its span
 * before later rules look (dates before years, years before plain quantities, quantities
 * before bare digits). Every pattern is compiled once, here, with the `g` flag.
 * Units and qualifiers come from numbers/zh-units.ts; fixed names that look like counts
 * (三项制度, 四个意识) are in ZH_SET_PHRASES below. Qualifiers written before a figure (约,
 * 超过, 不少于) are read by the parsers looking back from the figure, which keeps every
 * pattern starting with a digit or numeral character (much faster to scan for).
 */
import type { NumberRule, QualifierEntry, UnitEntry } from '../numbers/types';
import { ZH_AFTER, ZH_NUMERAL_UNITS, ZH_UNITS } from '../numbers/zh-units';

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byLength = <T extends { text: string }>(list: T[]): T[] => [...list].sort((a, b) => b.text.length - a.text.length);

/** Alternation of unit words, longest first, each guarded by its notBefore characters. */
function unitAlternation(units: UnitEntry[]): string {
  return byLength(units).map((u) => escapeRe(u.text) + (u.notBefore ? `(?![${u.notBefore}])` : '')).join('|');
}
const qualifierAlternation = (list: QualifierEntry[]): string => byLength(list).map((q) => escapeRe(q.text)).join('|');

/**
 * An Arabic number not glued to a Latin letter (PM2.5, 5G, C919 are names) or inside another
 * number. Thousands commas only with exact three-digit groups (1,200万元): these texts often use
 * an ASCII comma as the Chinese comma, so 30,40个 is two figures.
 */
const NUM = String.raw`(?<![\dA-Za-z.])(?:\d{1,3}(?:,\d{3}){1,6}(?![\d,])|\d+(?:\.\d+)?)`;
/** Multipliers after digits: 万 亿 万亿 千万 百万; 千/百 alone unless they start 千克, 百分点 … */
const MULT = String.raw`(?:[百千]?万亿|[百千]?[万亿]|百(?!分)|千(?![克米瓦]))`;
const UNIT = unitAlternation(ZH_UNITS);
const NUMERAL_UNIT = unitAlternation(ZH_NUMERAL_UNITS);
const AFTER = qualifierAlternation(ZH_AFTER);
const DASH = '\\s?[-—–－~～至到]{1,2}\\s?';
const YEAR = '(?:1[89]\\d{2}|20\\d{2})';
const MONTH = '(?:1[0-2]|0?[1-9])';
const DAY = '(?:3[01]|[12]\\d|0?[1-9])';
/** Characters that make a following Chinese numeral an ordinal or part of a longer numeral: 第一, 十届四次. */
const NOT_A_COUNT_AFTER = '第届零〇一二两三四五六七八九十百千万亿几';
/**
 * Every repeat in these patterns is bounded (no real figure is longer): a pattern like
 * `[一…]*分之` retried at each character of a long run of numerals rescans the run each time
 * (一×128,000 took 26 s, issue 16); bounded, each try costs at most the bound.
 */
const NUMERAL_TAIL = '[零〇一二两三四五六七八九十百千万亿几]{0,15}';
const ZH_NUM = `[一二两三四五六七八九十]${NUMERAL_TAIL}`;
/**
 * "Not right after one of NOT_A_COUNT_AFTER", written after the first character `(?<![…].)`
 * rather than before it: a pattern that starts with a plain character class is scanned for
 * several times faster than one that starts with a lookbehind.
 */
const GUARD_AFTER_FIRST = `(?<![${NOT_A_COUNT_AFTER}].)`;
/** ZH_NUM with the guard, for numerals that start a quantity. */
const ZH_NUM_START = `[一二两三四五六七八九十]${GUARD_AFTER_FIRST}${NUMERAL_TAIL}`;

const re = (source: string): RegExp => new RegExp(source, 'g');

/** The Chinese rule table. */
export const ZH_NUMBER_RULES: NumberRule[] = [
  // Reference numbers after their label (索引号, 编号, 备案号…) and the index number's own shape
  // (机构代码/年份-序号): no figure, and the year inside is not the document's.
  { id: 'zh.doc-id.labelled', parser: 'docId', kind: 'doc-id', example: '索引号：0108/2022-06521',
    pattern: re(`(?:索\\s?引\\s?号|编\\s?号|备案号|登记号|受理号|许可证号|证书号|信用代码)\\s?[:：]?\\s?(?<id>[A-Za-z0-9][A-Za-z0-9/\\-_.]{3,40})`) },
  // A telephone or fax number, a postal code after its label: where to call or write, no figure.
  // Five digits at least, and no unit word after them (接听电话1200余次 is a count).
  { id: 'zh.doc-id.contact', parser: 'docId', kind: 'doc-id', example: '联系电话：0427-2834366',
    also: ['邮政编码：311202', '传真：010-68881234', '举报电话12345，24小时受理'],
    pattern: re(`(?:电话|传真|邮编|邮政编码|联系方式|手机)\\s?[:：]?\\s?(?<id>\\d[\\d\\-－/]{3,30}\\d)(?![\\d\\-－/\\u4e00-\\u9fa5])`) },
  // A service line named by its number ("12345热线", "12345政务服务便民热线"): a name, no quantity.
  { id: 'zh.hotline', parser: 'docId', kind: 'other', example: '通过12345热线受理群众诉求',
    also: ['拨打12345政务服务便民热线', '12315消费者投诉热线'],
    pattern: re(`(?<![\\d.])\\d{3,8}(?=(?:政务服务便民|政务服务|便民服务|消费者投诉|投诉举报|举报|投诉|便民|服务|市长)?热线)`) },
  { id: 'zh.doc-id.index-code', parser: 'docId', kind: 'doc-id', example: '11350100/2024-00012',
    pattern: re(`(?<![\\dA-Za-z])\\d{6,12}\\/${YEAR}-\\d{3,6}(?!\\d)`) },
  { id: 'zh.doc-id.bracket', parser: 'docId', kind: 'doc-id', example: '〔2017〕35号',
    pattern: re(`[〔\\[(（【]\\s?${YEAR}\\s?[〕\\])）】]?\\s?第?\\s?\\d{1,5}\\s?号`) },
  { id: 'zh.doc-id.ordinal', parser: 'docId', kind: 'doc-id', example: '第14343号',
    pattern: re(`第\\s?(?<id>\\d{1,6}\\s?号)`) },
  { id: 'zh.date.ymd', parser: 'date', kind: 'date', example: '2019年7月1日',
    pattern: re(`(?<![\\d.])${YEAR}\\s?年\\s?${MONTH}\\s?月\\s?${DAY}\\s?[日号]`) },
  { id: 'zh.date.iso', parser: 'date', kind: 'date', example: '2021-03-22',
    pattern: re(`(?<![\\d.])${YEAR}(?<sep>[-/.])${MONTH}\\k<sep>${DAY}(?![\\d.])`) },
  { id: 'zh.date.ym', parser: 'date', kind: 'date', example: '2020年9月',
    pattern: re(`(?<![\\d.])${YEAR}\\s?年\\s?${MONTH}\\s?月(?:份)?`) },
  { id: 'zh.date.numerals', parser: 'zhNumeralDate', example: '二〇二一年三月十日',
    pattern: re(`(?<y>[〇零○一二三四五六七八九]${GUARD_AFTER_FIRST}[〇零○一二三四五六七八九]{3})年(?:(?<m>[一二三四五六七八九十]{1,2})月(?:[一二三四五六七八九十]{1,3}日)?)?`) },
  { id: 'zh.date.md', parser: 'date', kind: 'date', example: '9月30日',
    pattern: re(`(?<![\\d.])${MONTH}\\s?月\\s?${DAY}\\s?[日号]`) },
  // A day of the month before 前 is a deadline date (每月10日前, 请于25日前), never a span of days.
  { id: 'zh.date.day-before', parser: 'date', kind: 'date', example: '每月10日前报送',
    pattern: re(`(?<![\\d.])${DAY}\\s?日(?=\\s?(?:之前|以前|前))`) },
  { id: 'zh.time', parser: 'time', kind: 'other', example: '10:36:00',
    pattern: re(`(?<![\\d:.])(?:[01]?\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d)?(?![\\d:])`) },
  { id: 'zh.year.range', parser: 'yearRange', kind: 'year', example: '2015—2020年',
    pattern: re(`(?<![\\d.])(?<a>${YEAR})(?<ay>\\s?年)?${DASH}(?<b>${YEAR})(?<by>\\s?年)?(?![\\d.%])`) },
  // A scrape that lost the dash of （2021—2025年）: two years of one century run together, the later second.
  { id: 'zh.year.range.undashed', parser: 'yearRange', kind: 'year', example: '20212025年',
    pattern: re(`(?<![\\d.])(?<a>20\\d{2})(?<b>20\\d{2})(?<by>\\s?年)(?![\\d.%])`) },
  { id: 'zh.month.range', parser: 'monthRange', kind: 'date', example: '1—6月',
    pattern: re(`(?<![\\d.])(?<a>${MONTH})(?:月(?:份)?)?${DASH}(?<b>${MONTH})\\s?月(?:份)?`) },
  { id: 'zh.range', parser: 'range', example: '6%－6.5%',
    pattern: re(`(?<a>${NUM})(?:\\s?(?<amult>${MULT}))?(?:\\s?(?<aunit>${UNIT}))?${DASH}` +
      `(?<b>${NUM})(?:\\s?(?<bmult>${MULT}))?\\s?(?<bunit>${UNIT})(?<post>${AFTER})?`) },
  { id: 'zh.year', parser: 'year', kind: 'year', example: '2019年',
    pattern: re(`(?<![\\d.])(?<num>${YEAR})\\s?年(?![代级轻])`) },
  { id: 'zh.month', parser: 'month', kind: 'date', example: '12月份',
    pattern: re(`(?<![\\d.])(?<num>${MONTH})\\s?月(?<fen>份)?`) },
  { id: 'zh.percent.words', parser: 'zhPercentWords', kind: 'percent', example: '百分之五十',
    pattern: re(`百分之(?<num>[零〇一二两三四五六七八九十百点]{1,16}|\\d+(?:\\.\\d+)?)`) },
  { id: 'zh.combo', parser: 'combo', kind: 'other', example: '1+4',
    pattern: re(`(?<![\\d.A-Za-z])\\d+(?:\\s?\\+\\s?(?:\\d+|[A-Za-z]{1,3})){1,9}(?![\\d.])`) },
  { id: 'zh.quantity', parser: 'quantity', example: '1.3万亿斤以上',
    pattern: re(`(?<num>${NUM})(?<mid>[余多])?(?:\\s?(?<mult>${MULT}))?(?<mid2>[余多])?` +
      `(?:\\s?(?<unit>${UNIT}))?(?<post>${AFTER})?`) },
  { id: 'zh.numeral.range', parser: 'zhNumeralRange', example: '三至五年',
    pattern: re(`(?<a>${ZH_NUM_START})[至到](?<b>${ZH_NUM})(?<unit>${NUMERAL_UNIT})`) },
  { id: 'zh.numeral.round', parser: 'zhRoundNumber', example: '千余人',
    pattern: re(`(?<num>[百千万]${GUARD_AFTER_FIRST})余(?<unit>${NUMERAL_UNIT})`) },
  { id: 'zh.numeral', parser: 'zhNumeral', example: '二十三个',
    pattern: re(`(?<num>${ZH_NUM_START})(?<mid>[余多])?(?<mult>[万亿])?(?<unit>${NUMERAL_UNIT})(?<post>${AFTER})?`) },
  { id: 'zh.fraction', parser: 'zhFraction', kind: 'other', example: '三分之一',
    pattern: re(`(?<a>${ZH_NUM}|\\d+)分之(?<b>${ZH_NUM}|\\d+(?:\\.\\d+)?)`) },
  { id: 'zh.bare', parser: 'bare', example: '12345',
    pattern: re(`(?<num>${NUM})(?![\\dA-Za-z])`) },
];

/**
 * Fixed names that look like Chinese-numeral counts: slogans, policy names and set phrases.
 * A numeral that starts one of these is text, not a number (CONTRACT.md "What counts").
 * Numerals inside short quotes “…” or titles 《…》 are skipped by the parser as well.
 */
export const ZH_SET_PHRASES: { text: string; example: string }[] = [
  { text: '三项制度', example: '全面推行行政执法三项制度' },
  { text: '四个意识', example: '增强四个意识' },
  { text: '四个自信', example: '坚定四个自信' },
  { text: '两个维护', example: '做到两个维护' },
  { text: '两个确立', example: '深刻领悟两个确立' },
  { text: '三个代表', example: '三个代表重要思想' },
  { text: '四个全面', example: '四个全面战略布局' },
  { text: '五位一体', example: '五位一体总体布局' },
  { text: '四种形态', example: '运用监督执纪四种形态' },
  { text: '三个闭环', example: '隐患整改三个闭环' },
  { text: '两个毫不动摇', example: '坚持两个毫不动摇' },
  { text: '两个大局', example: '统筹两个大局' },
  { text: '三次产业', example: '三次产业协调发展' },
  { text: '三年行动', example: '法治政府建设三年行动' },
  { text: '三年攻坚', example: '三年攻坚行动' },
  { text: '五年规划', example: '第十四个五年规划' },
  { text: '五年计划', example: '五年计划' },
  { text: '五年行动', example: '五年行动方案' },
  { text: '两个结合', example: '两个结合' },
  { text: '三个务必', example: '牢记三个务必' },
  { text: '八项规定', example: '中央八项规定精神' },
  { text: '六个必须坚持', example: '六个必须坚持' },
  { text: '两个一百年', example: '两个一百年奋斗目标' },
  { text: '四个革命', example: '四个革命、一个合作' },
  { text: '一年一度', example: '一年一度的评议活动' },
  { text: '一百年奋斗目标', example: '打好实现建军一百年奋斗目标攻坚战' },
  { text: '两个市场', example: '增强国内国际两个市场两种资源联动效应' },
  { text: '两种资源', example: '国内国际两个市场两种资源' },
  { text: '五项原则', example: '和平共处五项原则' },
  { text: '两个责任', example: '落实管党治党两个责任' },
  { text: '三个区分开来', example: '落实三个区分开来要求' },
  { text: '三个有利于', example: '坚持三个有利于标准' },
  { text: '四个不摘', example: '落实四个不摘要求' },
  { text: '十年禁渔', example: '持续推进长江十年禁渔' },
];
