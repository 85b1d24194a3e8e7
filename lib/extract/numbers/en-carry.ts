/**
 * A change written "from ₹ 5 crore to 10 crore" or "from $350 to $390" names its currency or
 * unit once: the second figure carries the first one's. Only a bare count right after " to "
 * borrows, so "from 30% in 2025 to 40%" and "from 5 to 10 schools" are left as they are.
 */
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
