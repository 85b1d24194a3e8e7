/** Shapes of the rule tables in rules/*.ts: data with an example each, compiled once. */
import type { Role } from '../types';

/** A heading marker at the start of a line (or, for run-ins, of a sentence). */
export interface HeadingRule {
  id: string;
  /** Marker family: headings of one family at one nesting level are siblings. */
  family: string;
  /** Anchored pattern; group 1 is the whole marker as written. */
  pattern: RegExp;
  /** 'line': the marker opens a line. 'run-in': it may also open a sentence inside a line. */
  position: 'line' | 'run-in';
  example: string;
}

/**
 * Heading vocabulary → section role. First matching rule wins, so specific rules go first; a
 * rule whose role is 'other' stops the search with no role ("解决…问题" names no problems).
 */
export interface RoleRule extends Examples {
  id: string;
  role: Role;
  pattern: RegExp;
  /** The words name a section of their own ("存在的问题"): a sub-heading keeps the role under any parent. */
  names?: boolean;
  /** The words say what work a section holds, not when ("主要工作"): a year or time word in the title decides. */
  timeless?: boolean;
}

/** A sentence-level cue (future marker, problem language, strength word, deadline…). */
export interface CueRule extends Examples { id: string; pattern: RegExp }

/** A multi-year span in a title: a five-year plan (group 1–3: its unit), a year range (groups 1–2), or forward years. */
export interface SpanRule extends Examples { id: string; kind: 'five-year-plan' | 'range' | 'forward'; pattern: RegExp }

/**
 * Every rule carries an example; newer tables add phrasings from other issuers or years
 * (`also`) and near misses it must not match (`counter`). Tests hold each rule to all.
 */
export interface Examples { example: string; also?: string[]; counter?: string[] }

/** The first rule whose pattern matches `text`, or undefined. */
export function firstMatch<R extends { pattern: RegExp }>(rules: R[], text: string): R | undefined {
  return matchesAny(rules, text) ? rules.find((r) => r.pattern.test(text)) : undefined;
}

/**
 * True when some rule of the table matches `text`. Most sentences match no rule of a table:
 * one pass of the table's union says so, instead of one call per rule (a sentence meets some
 * 20 tables of up to 30 rules each).
 */
export function matchesAny(rules: readonly { pattern: RegExp }[], text: string): boolean {
  const union = unionOf(rules);
  return union ? union.test(text) : rules.some((r) => r.pattern.test(text));
}

const unions = new WeakMap<readonly { pattern: RegExp }[], RegExp | null>();

/**
 * One regex that matches exactly when some rule's pattern matches: their alternation. Only
 * when all share flags (g and y aside) and none has a named group or backreference, whose
 * meaning would change once several patterns stand side by side; null otherwise.
 */
function unionOf(rules: readonly { pattern: RegExp }[]): RegExp | null {
  let union = unions.get(rules);
  if (union !== undefined) return union;
  const flags = (r: { pattern: RegExp }) => r.pattern.flags.replace(/[gy]/g, '');
  const combinable = rules.length > 1 && rules.every((r) => flags(r) === flags(rules[0]) && !/\\[1-9k]|\(\?<[A-Za-z]/.test(r.pattern.source));
  union = combinable ? new RegExp(unionSource(rules.map((r) => r.pattern.source)), flags(rules[0])) : null;
  unions.set(rules, union);
  return union;
}

/**
 * The alternation of the sources, with the alternatives that open on a word boundary (most
 * English cues: "\bfell short\b") or at the start gathered under one `\b(?:…)` / `^(?:…)`:
 * the engine then tries the assertion once per position instead of once per alternative
 * (the English admission openers take 0.8 ms a report instead of 1.5). Only for `test`:
 * which alternative matches first may change, whether one matches may not.
 */
function unionSource(sources: string[]): string {
  const byLead: Record<string, string[]> = { '\\b': [], '^': [], '': [] };
  for (const alt of sources.flatMap(topLevelAlternatives)) {
    const lead = alt.startsWith('\\b') ? '\\b' : alt.startsWith('^') ? '^' : '';
    byLead[lead].push(`(?:${alt.slice(lead.length)})`);
  }
  return Object.entries(byLead)
    .filter(([, alts]) => alts.length > 0)
    .map(([lead, alts]) => (lead ? `${lead}(?:${alts.join('|')})` : alts.join('|')))
    .join('|');
}

/** A pattern source cut at its top-level `|` (not inside a group or a class, not escaped). */
function topLevelAlternatives(source: string): string[] {
  const alts: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      alts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  alts.push(source.slice(from));
  return alts;
}
