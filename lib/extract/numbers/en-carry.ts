/**
 * Context a figure's own words leave out. A change written "from ₹ 5 crore to 10 crore" or "from $350 to $390" names its currency or
 * unit once: the second figure carries the first one's. Only a bare count right after " to "
 * borrows, so "from 30% in 2025 to 40%" and "from 5 to 10 schools" are left as they are.
 */
import { EN_PEOPLE } from './en-units';
import type { Candidate } from './types';

const BETWEEN = /^\s+to\s+$/;

/** Copies unit and kind from the first figure of "from A to B" to a bare B, in place. */
export function carryChangeUnits(text: string, found: Candidate[]): Candidate[] {
  for (let i = 1; i < found.length; i++) {
    const [a, b] = [found[i - 1], found[i]];
    if (b.unit !== null || b.kind !== 'count' || a.unit === null || a.kind !== 'money') continue;
    if (!BETWEEN.test(text.slice(a.end, b.start)) || !/\bfrom\s+\S*\s?$/i.test(text.slice(Math.max(0, a.start - 8), a.start + 2))) continue;
    b.unit = a.unit;
    b.kind = a.kind;
  }
  return found;
}

/** Words that may stand between a count and the people it counts: modifiers, no verbs or prepositions. */
const MODIFIERS = /^(?:(?:[a-z][a-z-]*|[A-Z][a-z]+)\s+){1,3}$/;
const NOT_MODIFIER = /\b(?:of|for|to|in|on|at|by|with|and|or|from|per|a|an|the|will|are|is|were|was|have|has|be|who|which|that)\b/i;
/** How far after a count its people noun may stand. */
const PEOPLE_WINDOW = 48;

/** A bare count of people named a few modifiers later is 人: "40 additional maintenance workers". */
export function countedPeople(text: string, found: Candidate[]): Candidate[] {
  for (const n of found) {
    if (n.unit !== null || n.kind !== 'count' || n.value === null) continue;
    const after = text.slice(n.end, n.end + PEOPLE_WINDOW);
    const words = /^\s+((?:[A-Za-z-]+\s+){1,3})([A-Za-z]+)/.exec(after);
    if (!words || !MODIFIERS.test(words[1]) || NOT_MODIFIER.test(words[1]) || !EN_PEOPLE.has(words[2].toLowerCase())) continue;
    n.unit = '人';
  }
  return found;
}
