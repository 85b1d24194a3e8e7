/**
 * Sentence cues shared by commitments and problems: the language's rule tables, and the
 * small readers that pull actions, a deadline and strength out of a sentence.
 */
import * as zh from './rules/zh';
import * as en from './rules/en';
import { EN_SETS_FIGURE } from './rules/sets-figure-en';
import { firstMatch, matchesAny } from './rules/types';
import { lineOf } from './line-of';
import type { CueRule } from './rules/types';
import type { DocContext, Language, Span } from './types';

export interface Cues {
  future: CueRule[];
  /** Forecasts of the economy or the world and a speech's own framing: never commitments (English; empty for Chinese). */
  notPromises: CueRule[];
  /** Sentences that set a figure for the year planned (a budget's estimates and forecasts): commitments in spite of notPromises (English). */
  setsFigure: CueRule[];
  soft: CueRule[];
  deadlines: CueRule[];
  planFraming: RegExp;
  closing: CueRule[];
  signOff: CueRule[];
  /** Whole lines that are a field and its value, or a bracketed aside (Chinese; empty for English). */
  fields: CueRule[];
  /** A field's label ending right before a unit on its line (Chinese; null for English). */
  fieldBefore: RegExp | null;
}

/** The closing block (signature, date, 此件公开发布, 抄送, 附件…) is looked for among this many last lines. */
const CLOSING_BLOCK_LINES = 12;
/** An attachment list line: the lines after it name attachments ("2.合法性审查工作流程图"). */
const ATTACHMENTS_LINE = /^(附件|Attachments?\b|Annex(es)?\b)/i;
const closingBlocks = new WeakMap<DocContext, number>();

/**
 * True when a unit closes or labels the document rather than saying anything: a closing
 * formula anywhere, a field or an aside (its line, or a field's label right before it), or
 * a line of the closing block at the very end.
 */
export function isClosing(ctx: DocContext, unit: Span, cues: Cues): boolean {
  const text = ctx.text.slice(unit.start, unit.end);
  if (firstMatch(cues.closing, text) || isField(ctx, unit, cues)) return true;
  return unit.start >= closingBlockAt(ctx, cues);
}

/** Where the document's closing block starts (the text's length when it has none), read once a document. */
export function closingBlockAt(ctx: DocContext, cues: Cues): number {
  let start = closingBlocks.get(ctx);
  if (start === undefined) closingBlocks.set(ctx, start = closingBlockStart(ctx, cues));
  return start;
}

/**
 * Where the closing block starts: the whole lines at the end that are signatures, dates,
 * printing lines or closing formulas, with an attachment list and all after it. The text's
 * length when there is none.
 */
function closingBlockStart(ctx: DocContext, cues: Cues): number {
  const { lines } = ctx;
  const lineText = (i: number) => ctx.text.slice(lines[i].start, lines[i].end).trim();
  const from = Math.max(0, lines.length - CLOSING_BLOCK_LINES);
  let end = lines.length;
  for (let i = lines.length - 1; i >= from; i--) if (ATTACHMENTS_LINE.test(lineText(i))) { end = i; break; }
  let start = end;
  for (let i = end - 1; i >= from; i--) {
    const line = lineText(i);
    if (!firstMatch(cues.closing, line) && !firstMatch(cues.signOff, line) && !firstMatch(cues.fields, line)) break;
    start = i;
  }
  return start < lines.length ? lines[start].start : ctx.text.length;
}

/** How far before a unit a field's label is looked for ("牵头单位：" and spaces). */
const FIELD_LABEL_REACH = 10;

/** Per document, the lines already read as fields or asides (by start): each line is read once. */
const fieldLines = new WeakMap<DocContext, Map<number, boolean>>();

/** The unit's line is a field or an aside, or the unit is the value after a field's label. */
function isField(ctx: DocContext, unit: Span, cues: Cues): boolean {
  if (!cues.fieldBefore) return false;
  const line = lineOf(ctx.lines, unit.start);
  if (!line) return false;
  let known = fieldLines.get(ctx);
  if (!known) fieldLines.set(ctx, known = new Map());
  let whole = known.get(line.start);
  if (whole === undefined) known.set(line.start, whole = !!firstMatch(cues.fields, ctx.text.slice(line.start, line.end).trim()));
  return whole || cues.fieldBefore.test(ctx.text.slice(Math.max(line.start, unit.start - FIELD_LABEL_REACH), unit.start));
}

/** Work reported done although it names a deadline ("3月底前我县基本完成……"): no promise. */
export function isDoneWork(sentence: string, language: Language): boolean {
  if (language === 'en') return EN_PAST_FINITE.test(sentence) && !EN_MODAL_FUTURE.test(sentence);
  return !!firstMatch(zh.ZH_COMPLETED, sentence) && !zh.ZH_EXPLICIT_FUTURE.test(sentence);
}

/** A past finite verb: "grants … for projects that had not started by the end of 2029" reports, it promises nothing. */
const EN_PAST_FINITE = /\b(?:had|was|were|did)\b|\b(?:received|paid|spent|completed|started|finished|delivered|reached|exceeded)\b/i;
const EN_MODAL_FUTURE = /\b(?:will|shall|plan to|aim to|intend to)\b/i;

/** Every deadline of the sentence names a year the report has already reviewed ("到2020年底" in a report on 2020). */
export function isPastDeadline(sentence: string, language: Language, coversYear: number | null): boolean {
  if (language !== 'zh' || coversYear === null) return false;
  let found = false;
  for (const m of sentence.matchAll(zh.ZH_DEADLINE_YEAR)) {
    if (Number(m[1] ?? m[2]) > coversYear) return false;
    found = true;
  }
  return found;
}

/** One cue set a language, built once (the tables' unions are cached by identity). */
const CUES: Record<Language, Cues> = {
  zh: { future: zh.ZH_FUTURE_CUES, notPromises: [], setsFigure: [], soft: zh.ZH_SOFT_CUES, deadlines: zh.ZH_DEADLINES, planFraming: zh.ZH_PLAN_FRAMING, closing: zh.ZH_CLOSING, signOff: zh.ZH_SIGN_OFF, fields: zh.ZH_FIELD_LINES, fieldBefore: zh.ZH_FIELD_BEFORE },
  en: { future: en.EN_FUTURE_CUES, notPromises: [...en.EN_FORECAST_CUES, ...en.EN_SPEECH_FRAMING], setsFigure: EN_SETS_FIGURE, soft: en.EN_SOFT_CUES, deadlines: en.EN_DEADLINES, planFraming: /^(This year|Next year) (is|marks|will mark)\b|^This (report|document|plan|strategy) (sets out|describes|presents|summari[sz]es|outlines)\b/i, closing: en.EN_CLOSING, signOff: en.EN_SIGN_OFF, fields: [], fieldBefore: null },
};

export function cuesFor(language: Language): Cues {
  return CUES[language];
}

/** The deadline as written, or null. */
export function deadlineOf(sentence: string, cues: Cues): string | null {
  if (!matchesAny(cues.deadlines, sentence)) return null;
  for (const rule of cues.deadlines) {
    const m = rule.pattern.exec(sentence);
    if (m) return m[0];
  }
  return null;
}

export function strengthOf(sentence: string, cues: Cues): 'firm' | 'soft' {
  return firstMatch(cues.soft, sentence) ? 'soft' : 'firm';
}

const MAX_ACTIONS = 4;
const EN_MODAL_VERB = /\b(?:will|shall|should|must|need to|plan to|aim to|continue to|strive to|work to|seek to)\s+((?:[a-z]+ly\s+|further\s+|also\s+|better\s+|continue to\s+|work to\s+|strive to\s+|be\s+)*)([a-z]+)/gi;
const EN_AND_VERB = /\b(?:and|,)\s+(expand|improve|promote|strengthen|ensure|build|develop|deepen|advance|support|establish|implement|reduce|increase|enhance|launch|raise|cut|boost|create|protect|upgrade|accelerate|foster)\b/gi;

/** All action verbs in one alternation, longest first, compiled once (one pass a sentence). */
const ZH_ACTION_VERB = new RegExp([...zh.ZH_ACTION_VERBS].sort((a, b) => b.length - a.length).join('|'), 'g');

/** Key verbs of a commitment, in order of appearance, at most four. */
export function actionsOf(sentence: string, language: Language): string[] {
  // Chinese verbs come out of one alternation in text order: the first few distinct ones are the answer.
  if (language === 'zh') return firstDistinct(sentence, ZH_ACTION_VERB, 0);
  // English: the verb after a modal ("will expand") and after "and" ("…and upgrade"), merged in text order.
  const modal = matchesAt(sentence, EN_MODAL_VERB, 2).filter((f) => !en.EN_ADVERBS.has(f.verb));
  const found = modal.concat(matchesAt(sentence, EN_AND_VERB, 1)).sort((a, b) => a.at - b.at);
  const out: string[] = [];
  for (const f of found) if (out.length < MAX_ACTIONS && !out.includes(f.verb)) out.push(f.verb);
  return out;
}

/** Every match of a global `pattern`: where it starts and its group `group` in lower case. */
function matchesAt(sentence: string, pattern: RegExp, group: number): { at: number; verb: string }[] {
  const out: { at: number; verb: string }[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) out.push({ at: m.index, verb: m[group].toLowerCase() });
  return out;
}

/** The first MAX_ACTIONS distinct matches of a global `pattern` (group `group`), stopping there. */
function firstDistinct(sentence: string, pattern: RegExp, group: number): string[] {
  const out: string[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(sentence); m && out.length < MAX_ACTIONS; m = pattern.exec(sentence)) {
    if (!out.includes(m[group])) out.push(m[group]);
  }
  return out;
}
