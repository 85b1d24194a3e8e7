/**
 * When a Chinese numeral with a measure word is a name or a word rather than a quantity:
 * fixed names (三项制度, rules/numbers-zh.ts ZH_SET_PHRASES), slogans in short quotes
 * (“一次办好”), anything inside a title 《…》, and 一 used as "the/a" (过去一年, 同一天).
 * Digits too name things: a quote holding nothing but a code (“1345”发展思路, “20条”,
 * “3+2”) and a project's phase (二期工程, 项目（1期）) are no figures.
 */
import { ZH_SET_PHRASES } from '../rules/numbers-zh';

/** Quote and title brackets: a numeral inside a short quote or any title is part of a name. */
const OPEN_TO_CLOSE: Record<string, string> = { '“': '”', '‘': '’', '「': '」', '《': '》', '〈': '〉' };
const CLOSERS = new Set(Object.values(OPEN_TO_CLOSE));
/** Longest quote content still read as a slogan (“一次办好”, “两个维护”); longer ones are citations. */
const MAX_SLOGAN = 16;

/** True when position `at` lies inside 《…》, or inside a quote of at most MAX_SLOGAN characters. */
export function insideNameQuote(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && at - i <= 40; i--) {
    const ch = text[i];
    if (ch === '\n' || CLOSERS.has(ch)) return false;
    const close = OPEN_TO_CLOSE[ch];
    if (!close) continue;
    const end = text.indexOf(close, at);
    const lineEnd = text.indexOf('\n', at);
    if (end < 0 || (lineEnd >= 0 && lineEnd < end)) return false;
    return ch === '《' || ch === '〈' || end - i - 1 <= MAX_SLOGAN;
  }
  return false;
}

/** True when a numeral starting at `at` begins a fixed name (三项制度, 四个意识, 一年一度). */
export function startsSetPhrase(text: string, at: number): boolean {
  return ZH_SET_PHRASES.some((p) => text.startsWith(p.text, at));
}

/** An ordinal run before a numeral makes it one too: 第二、三批, 第三、四、五批次. */
const ORDINAL_RUN_BEFORE = /第[一二三四五六七八九十]{1,3}(?:[、，,和及与][一二三四五六七八九十]{1,3}){0,5}[、，,和及与]$/;
/** A congress's or committee's session: 县十七届人大三次会议, 十三届全国人大一次会议. */
const SESSION_BEFORE = /届(?:全国|省|市|县|区)?(?:人大|政协|人民代表大会|委员会|常委会)?(?:常委会)?$/;
const SESSION_AFTER = /^(?:全体)?(?:会议|全会)/;

/** True when the numeral at `at` (before `unit` ending at `end`) is an ordinal, not a count. */
export function isOrdinalNotCount(text: string, at: number, unit: string, end: number): boolean {
  if (ORDINAL_RUN_BEFORE.test(text.slice(Math.max(0, at - 24), at))) return true;
  return unit === '次' && SESSION_AFTER.test(text.slice(end, end + 4)) && SESSION_BEFORE.test(text.slice(Math.max(0, at - 12), at));
}

/** Before 一 these make a word, not a quantity: 上一年, 同一天, 每一天, 这一年, 统一, 唯一. */
const ONE_AS_WORD_AFTER = new Set([...'上下同每这那某任哪唯统逐单']);

/**
 * True when the numeral `num` at `at`, followed by `unit`, is part of a name or a word:
 * a set phrase, a quoted slogan or title, 上一年/同一天, or 过去一年 ("the past year";
 * 为期一年 "lasting one year" is a real span).
 */
export function isWordNotQuantity(text: string, at: number, num: string, unit: string): boolean {
  if (startsSetPhrase(text, at) || insideNameQuote(text, at)) return true;
  if (num !== '一') return false;
  if (ONE_AS_WORD_AFTER.has(text[at - 1])) return true;
  return unit === '年' && text.slice(at - 2, at) !== '为期';
}

/** A quote that holds a code, not a quantity: digits, letters and + - × with at most one counter word. */
const CODE_QUOTE = /^[“‘「][0-9A-Za-z+＋\-×·.]{1,10}[条项个字大]?[”’」]$/;
/** What follows a project's phase: 二期工程, 一期项目. */
const PHASE_AFTER = /^(?:工程|项目|建设|改造|扩建)/;

/**
 * True when the figure text[start, end) is a name: the whole content of a code quote
 * (“1345”, “20条”), or a phase (N期 before 工程/项目 or inside brackets).
 */
export function isNamedFigure(text: string, start: number, end: number, unit: string | null): boolean {
  const open = text[start - 1];
  if (open === '“' || open === '‘' || open === '「') {
    const close = text.indexOf(OPEN_TO_CLOSE[open], end);
    if (close >= 0 && close - start <= 12 && CODE_QUOTE.test(text.slice(start - 1, close + 1))) return true;
  }
  if (unit !== '期') return false;
  const bracketed = (open === '（' || open === '(') && (text[end] === '）' || text[end] === ')');
  return bracketed || PHASE_AFTER.test(text.slice(end, end + 2));
}
