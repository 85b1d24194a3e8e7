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

/** Heading vocabulary → section role. First matching rule wins, so specific rules go first. */
export interface RoleRule { id: string; role: Role; pattern: RegExp; example: string }

/** A sentence-level cue (future marker, problem language, strength word, deadline…). */
export interface CueRule { id: string; pattern: RegExp; example: string; also?: string[] }

/** The first rule whose pattern matches `text`, or undefined. */
export function firstMatch<R extends { pattern: RegExp }>(rules: R[], text: string): R | undefined {
  return rules.find((r) => r.pattern.test(text));
}
