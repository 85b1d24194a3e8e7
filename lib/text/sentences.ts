/**
 * Sentence splitting. Sentences never cross a line end; within a line, Chinese splits after
 * 。！？ (and ! ? .), English after . ! ? followed by a space and a capital, a digit or a quote.
 * Quotes and brackets are kept balanced: a 。 inside “…” or 《…》 or (…) does not end the
 * sentence, and a closing quote right after the terminator stays with its sentence.
 */
import type { Span } from '../extract/types';

const OPENERS: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '(': ')', '「': '」', '『': '』', '【': '】', '〔': '〕', '[': ']' };
const CLOSERS = new Set(Object.values(OPENERS));
const QUOTE_CLOSERS = new Set(['”', '’', '」', '』']);
const ZH_TERMINATORS = new Set(['。', '！', '？', '!', '?']);
/** Characters that may follow a terminator and still belong to its sentence. */
const TRAILING = new Set(['”', '’', '」', '』', ')', '》', '"', "'"]);

/** English abbreviations after which a period does not end a sentence. */
const EN_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'no', 'nos', 'vs', 'etc', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'art', 'sec', 'fig', 'vol', 'p', 'pp', 'inc', 'ltd', 'co', 'corp', 'gov', 'dept', 'approx',
]);

/** Trims spaces off both ends of a span of `text`. Empty spans come back with start === end. */
export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || c === 0x3000;
}

/**
 * Only these characters matter to the Chinese splitter; the scan jumps between them. The line
 * break is one of them so the search stops at the line's end: without it, each line of a
 * text without 。 searched on to the end of the document (一、工作 ×128,000: 64 s, issue 16).
 */
const ZH_INTERESTING = /[“‘《(「『【〔\[”’》)」』】〕\]。！？!?\n]/g;

/** Sentences of a Chinese line text[from, to). Terminators are left outside the span. */
export function splitChineseLine(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  const stack: string[] = [];
  let start = from;
  ZH_INTERESTING.lastIndex = from;
  for (let m = ZH_INTERESTING.exec(text); m && m.index < to; m = ZH_INTERESTING.exec(text)) {
    const i = m.index;
    const ch = text[i];
    if (ch === '\n') continue;
    if (OPENERS[ch] !== undefined) {
      if (!(ch === '(' && stack.length > 8)) stack.push(OPENERS[ch]);
    } else if (CLOSERS.has(ch)) {
      const at = stack.lastIndexOf(ch);
      if (at >= 0) stack.length = at;
    } else if (stack.length === 0 || closesQuotedSentence(text, i, stack)) {
      let j = i + 1;
      while (j < to && (ZH_TERMINATORS.has(text[j]) || TRAILING.has(text[j]))) j++;
      // A quotation closed after the terminator keeps both: “…。” reads as a unit.
      pushSentence(text, out, start, QUOTE_CLOSERS.has(text[j - 1]) ? j : i);
      start = j;
      ZH_INTERESTING.lastIndex = j;
    }
  }
  // An unbalanced quote must not swallow the rest of the line: re-split without nesting.
  if (stack.length > 0 && start < to && hasTerminator(text, start, to)) return out.concat(splitFlat(text, start, to));
  pushSentence(text, out, start, to);
  return out;
}

/** “…。” : a terminator right before the quote that closes the last open bracket ends the sentence. */
function closesQuotedSentence(text: string, i: number, stack: string[]): boolean {
  return stack.length === 1 && QUOTE_CLOSERS.has(text[i + 1]) && text[i + 1] === stack[0] && (stack.length = 0, true);
}

function hasTerminator(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (ZH_TERMINATORS.has(text[i])) return true;
  return false;
}

function splitFlat(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    if (ZH_TERMINATORS.has(text[i])) {
      pushSentence(text, out, start, i);
      start = i + 1;
    }
  }
  pushSentence(text, out, start, to);
  return out;
}

const HAS_CONTENT = /[\p{L}\p{N}]/u;

function pushSentence(text: string, out: Span[], start: number, end: number): void {
  const span = trimSpan(text, start, end);
  if (span.end > span.start && HAS_CONTENT.test(text.slice(span.start, span.end))) out.push(span);
}

/** Sentences of an English line text[from, to). The final period stays inside the span. */
export function splitEnglishLine(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let start = from;
  // Searched in the line alone: searching `text` from `from` ran on past the line's end to
  // the next period anywhere (many short lines without one: quadratic).
  const line = text.slice(from, to);
  const boundary = /[.!?]["'”’)]*\s+(?=["“‘(]?[A-Z0-9—–-])/g;
  let m: RegExpExecArray | null;
  while ((m = boundary.exec(line))) {
    const at = from + m.index;
    const end = at + m[0].trimEnd().length;
    if (text[at] === '.' && isAbbreviation(text, at)) continue;
    pushSentence(text, out, start, end);
    start = at + m[0].length;
  }
  pushSentence(text, out, start, to);
  return out;
}

/** True when the period at `dot` ends an abbreviation or an initial ("Dr." "U.S." "J."). */
function isAbbreviation(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && /[A-Za-z.]/.test(text[i - 1])) i--;
  const word = text.slice(i, dot).toLowerCase();
  return EN_ABBREVIATIONS.has(word) || /^[a-z]$/.test(word);
}

/** Sentences of the whole text, line by line, for the given language. */
export function splitSentences(text: string, language: 'zh' | 'en', lines?: Span[]): Span[] {
  const spans = lines ?? lineSpans(text);
  const split = language === 'zh' ? splitChineseLine : splitEnglishLine;
  const out: Span[] = [];
  for (const line of spans) out.push(...split(text, line.start, line.end));
  return out;
}

/** Spans of the lines of `text` (split at '\n'). */
export function lineSpans(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      if (i > start) out.push({ start, end: i });
      start = i + 1;
    }
  }
  return out;
}
