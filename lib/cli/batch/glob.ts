/**
 * Glob patterns for `batch` inputs, for when the shell does not expand them (quoted, Windows
 * shells, or more files than a command line holds): `*` and `?` within one path segment,
 * `[abc]`/`[a-z]`/`[!x]` classes, and `**` for any number of directories. As in a shell, a
 * wildcard does not match a leading dot. Node 20 has no fs.glob; matching is by segments with
 * the classic two-pointer wildcard scan (no regular expression, so nothing can backtrack).
 */

/** True when the argument holds a glob character and so is a pattern, not a path. */
export function isGlob(arg: string): boolean {
  return /[*?[]/.test(arg);
}

/** A pattern split at '/': the literal directory to start from, and the segments to match under it. */
export interface GlobPattern { base: string; segments: string[]; recursive: boolean }

export function parseGlob(pattern: string): GlobPattern {
  const parts = pattern.split('/');
  const firstMagic = parts.findIndex(isGlob);
  const baseParts = parts.slice(0, firstMagic);
  const base = baseParts.length === 0 ? '.' : baseParts.join('/') || '/';
  const segments = parts.slice(firstMagic).filter((s) => s !== '' && s !== '.');
  return { base, segments, recursive: segments.includes('**') };
}

/** True when the path segments under the base match the pattern's segments. */
export function matchSegments(segments: string[], names: string[]): boolean {
  return matchFrom(segments, 0, names, 0, new Set());
}

/**
 * Segments from `p` against names from `n`. Positions that failed once are remembered, so
 * several '**' in one pattern cost at most patterns × names steps, not one per combination.
 */
function matchFrom(pattern: string[], p: number, names: string[], n: number, failed: Set<number>): boolean {
  const state = p * (names.length + 1) + n;
  if (failed.has(state)) return false;
  let matched: boolean;
  if (p === pattern.length) matched = n === names.length;
  else if (pattern[p] === '**') {
    // '**' takes zero or more directories (never hidden ones): try each split point.
    matched = false;
    for (let k = n; k <= names.length && !matched; k++) {
      matched = matchFrom(pattern, p + 1, names, k, failed);
      if (k < names.length && names[k].startsWith('.')) break;
    }
  } else matched = n < names.length && matchName(pattern[p], names[n]) && matchFrom(pattern, p + 1, names, n + 1, failed);
  if (!matched) failed.add(state);
  return matched;
}

/** One segment against one name: `*`, `?` and classes, leading dots matched only literally. */
export function matchName(pattern: string, name: string): boolean {
  if (name.startsWith('.') && !pattern.startsWith('.')) return false;
  let p = 0;
  let n = 0;
  let starP = -1;
  let starN = 0;
  while (n < name.length) {
    const step = p < pattern.length ? matchOne(pattern, p, name[n]) : 0;
    if (step > 0) {
      p += step;
      n++;
    } else if (p < pattern.length && pattern[p] === '*') {
      starP = p++;
      starN = n;
    } else if (starP >= 0) {
      // Let the last star take one more character and try again from there.
      p = starP + 1;
      n = ++starN;
    } else return false;
  }
  while (pattern[p] === '*') p++;
  return p === pattern.length;
}

/** Length of the pattern token at `p` when it matches `ch` ('?', a class or a literal); 0 when not. */
function matchOne(pattern: string, p: number, ch: string): number {
  const token = pattern[p];
  if (token === '*') return 0;
  if (token === '?') return 1;
  if (token === '[') {
    const end = pattern.indexOf(']', p + 2);
    if (end > 0) return classMatches(pattern.slice(p + 1, end), ch) ? end - p + 1 : 0;
  }
  return token === ch ? 1 : 0;
}

function classMatches(body: string, ch: string): boolean {
  const negated = body[0] === '!' || body[0] === '^';
  const set = negated ? body.slice(1) : body;
  let found = false;
  for (let i = 0; i < set.length; i++) {
    if (set[i + 1] === '-' && i + 2 < set.length) {
      if (ch >= set[i] && ch <= set[i + 2]) found = true;
      i += 2;
    } else if (set[i] === ch) found = true;
  }
  return found !== negated;
}
