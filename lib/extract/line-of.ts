/** The line of the assembled text that holds an offset. */
import type { Line } from './types';

/** The line holding offset `at` (lines are in text order; binary search), or null before the first. */
export function lineOf(lines: Line[], at: number): Line | null {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].start <= at) lo = mid; else hi = mid - 1;
  }
  return lines[lo] && lines[lo].start <= at ? lines[lo] : null;
}
