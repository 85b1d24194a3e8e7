/**
 * Evidence about a section's role, each piece with the id of the rule that found it: its
 * heading's words, the time its heading places it in, and the tense of its sentences.
 * section-roles.ts adds the pieces up; the ids become the heading's `roleReasons`.
 */
import { EN_ROLE_RULES } from './rules/en';
import { EN_DONE_CUES, EN_FUTURE_TENSE_CUES, EN_SPAN_RULES, EN_TITLE_TIME_RULES } from './rules/roles-en';
import { ZH_DONE_CUES, ZH_FUTURE_TENSE_CUES, ZH_ROLE_RULES, ZH_SPAN_RULES, ZH_TITLE_TIME_RULES } from './rules/roles-zh';
import { firstMatch, matchesAny, type RoleRule } from './rules/types';
import type { DocContext, Language, Role, Span } from './types';

/** One piece of evidence: it speaks for `role` with `weight`, found by rule `id`. */
export interface Evidence { role: Role; weight: number; id: string }

/** How much each kind of evidence weighs (a heading's own words weigh most). */
export const WEIGHT = { title: 4, hint: 5, time: 3, tense: 2, position: 1, docDefault: 1 } as const;

/** The heading-word rule that matches a title ('other' rules stop the search with no role). */
export function titleRule(title: string, language: Language): RoleRule | undefined {
  return firstMatch(language === 'zh' ? ZH_ROLE_RULES : EN_ROLE_RULES, title);
}

/** The role a heading's own words give it, or null when they say nothing. */
export function roleOfTitle(title: string, language: Language): Role | null {
  const rule = titleRule(title, language);
  return rule && rule.role !== 'other' ? rule.role : null;
}

/** A year span: an explicit range, or China's Nth five-year plan ("十二五" → 2011–2015). */
export interface YearSpan { from: number | null; to: number | null }

/** Years a title names on their own (not inside a range): "2009年工作总体部署" → [2009]. */
export function singleYears(title: string, language: Language): number[] {
  if (language === 'en') return englishYears(title);
  return [...title.matchAll(/(?<![\d—–－\-~～至到])((?:19|20)\d\d)(?=\s*年)(?!\s*年?\s*[—–－\-~～至到])/g)].map((m) => Number(m[1]));
}

/** An English year alone, or a fiscal year ("FY2024", "2024-25", "2024/2025"): one year, named by its first. */
const EN_YEAR = /(?<![\d–—-])\b(?:FY\s?)?((?:19|20)\d\d)(?:\s*[-–—/]\s*((?:19|20)?\d\d))?\b(?!\s*(?:[-–—/]|to )\s*\d)/g;

function englishYears(title: string): number[] {
  const out: number[] = [];
  for (const m of title.matchAll(EN_YEAR)) {
    const from = Number(m[1]);
    const to = m[2] === undefined ? from + 1 : Number(m[2].length === 2 ? m[1].slice(0, 2) + m[2] : m[2]);
    if (to === from + 1) out.push(from); // "2022-2026" is a span of years (multiYearSpan), not one
  }
  return out;
}

/** The multi-year span a title names, or null ("今后五年" → {from: null, to: null}: forward, years unknown). */
export function multiYearSpan(title: string, language: Language): (YearSpan & { id: string }) | null {
  for (const rule of language === 'zh' ? ZH_SPAN_RULES : EN_SPAN_RULES) {
    const m = lastMatch(rule.pattern, title);
    if (!m) continue;
    if (rule.kind === 'forward') return { from: null, to: null, id: rule.id };
    if (rule.kind === 'five-year-plan') return { ...fiveYearPlan(m[1] ?? m[2] ?? m[3] ?? ''), id: rule.id };
    const from = Number(m[1]);
    const to = m[2].length === 2 ? Number(m[1].slice(0, 2) + m[2]) : Number(m[2]);
    if (to - from >= 2) return { from, to, id: rule.id }; // "2024-25" is one fiscal year
  }
  return null;
}

/**
 * The last match in a title: a title that names a past and a coming plan ("“十三五”时期发展成就和
 * “十四五”时期主要目标任务", "2016–2020 results and 2021–2025 goals") looks ahead to the later one.
 */
function lastMatch(pattern: RegExp, title: string): RegExpExecArray | null {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  let last: RegExpExecArray | null = null;
  for (let m = global.exec(title); m; m = global.exec(title)) {
    last = m;
    if (m[0] === '') global.lastIndex++;
  }
  return last;
}

const ORDINAL = '一二三四五六七八九';

/** 十五 is the 10th plan (2001–2005), 十一五 the 11th…: from the 3rd plan on (1966) they run five years each. */
function fiveYearPlan(unit: string): YearSpan {
  const n = 10 + (unit ? ORDINAL.indexOf(unit) + 1 : 0);
  const from = 1966 + 5 * (n - 3);
  return { from, to: from + 4 };
}

/** Evidence from the time words of a title ("去年", "今年", "明年"…). */
export function titleTimeEvidence(title: string, language: Language): Evidence | null {
  const rule = firstMatch(language === 'zh' ? ZH_TITLE_TIME_RULES : EN_TITLE_TIME_RULES, title);
  return rule ? { role: rule.role, weight: WEIGHT.time, id: rule.id } : null;
}

/** Counts of a span's sentences in completed language, in future language (each only when the other is absent). */
export interface TenseProfile { done: number; future: number }

/** Fewer sentences than this say too little about a section's tense… */
const MIN_TENSE_SENTENCES = 5;
/** …unless this many or more all agree (a short recap of last year's measures before the plans). */
const MIN_UNANIMOUS_SENTENCES = 3;
/** A share of future sentences at or above this reads as plans; at or below 1 − this, as a review. */
const TENSE_SHARE = 0.7;

export function tenseProfile(ctx: DocContext, span: Span): TenseProfile {
  const [done, future] = ctx.language === 'zh' ? [ZH_DONE_CUES, ZH_FUTURE_TENSE_CUES] : [EN_DONE_CUES, EN_FUTURE_TENSE_CUES];
  const profile = { done: 0, future: 0 };
  for (const s of sentencesIn(ctx, span)) {
    const text = ctx.text.slice(s.start, s.end);
    const isDone = matchesAny(done, text);
    const isFuture = matchesAny(future, text);
    if (isDone && !isFuture) profile.done++;
    else if (isFuture && !isDone) profile.future++;
  }
  return profile;
}

export function tenseEvidence(profile: TenseProfile): Evidence | null {
  const n = profile.done + profile.future;
  const unanimous = profile.done === 0 || profile.future === 0;
  if (n < (unanimous ? MIN_UNANIMOUS_SENTENCES : MIN_TENSE_SENTENCES)) return null;
  const share = profile.future / n;
  if (share >= TENSE_SHARE) return { role: 'plans', weight: WEIGHT.tense, id: 'tense-future' };
  if (share <= 1 - TENSE_SHARE) return { role: 'achievements', weight: WEIGHT.tense, id: 'tense-done' };
  return null;
}

/** The sentences that start inside a span (binary search: sentences are in text order). */
function sentencesIn(ctx: DocContext, span: Span): Span[] {
  const all = ctx.sentences;
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid].start < span.start) lo = mid + 1; else hi = mid;
  }
  let end = lo;
  while (end < all.length && all[end].start < span.end) end++;
  return all.slice(lo, end);
}
