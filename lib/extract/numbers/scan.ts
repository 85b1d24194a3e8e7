/**
 * The rule scanner: runs every rule of a table over the text, in table order. A rule may
 * only claim characters no earlier rule claimed, so mentions never overlap and the table
 * order decides who wins (a date before the year inside it, a year before a quantity).
 */
import type { Parser } from './common';
import type { Candidate, NumberRule, ParserName } from './types';

/** True when no character of text[start, end) is claimed yet. */
function isFree(claimed: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (claimed[i]) return false;
  return true;
}

/**
 * Candidates of all rules, in document order. A rejected match (the parser said no, or
 * its span is taken) is retried one character later, so a shorter reading can still match.
 */
export function scanRules(text: string, rules: NumberRule[], parsers: Record<ParserName, Parser>): Candidate[] {
  const claimed = new Uint8Array(text.length);
  const out: Candidate[] = [];
  for (const rule of rules) {
    const parse = parsers[rule.parser];
    const re = rule.pattern;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      // Patterns allow spaces (\s) inside a mention, which also match the '\n' between
      // lines: a qualifier at a line's end must not join a figure on the next line.
      if (m[0].includes('\n')) {
        re.lastIndex = m.index + 1;
        continue;
      }
      if (claimed[m.index]) {
        // Starts inside a claimed span: no match may start there, so jump past the span.
        let next = m.index + 1;
        while (next < text.length && claimed[next]) next++;
        re.lastIndex = next;
        continue;
      }
      const found = parse({ m, text, rule });
      if (!found || !found.every((c) => c.end > c.start && isFree(claimed, c.start, c.end))) {
        re.lastIndex = m.index + 1;
        continue;
      }
      for (const c of found) claimed.fill(1, c.start, c.end);
      out.push(...found);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
