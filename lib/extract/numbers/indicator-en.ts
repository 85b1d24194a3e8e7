/**
 * English indicators. A plain count names what it counts after the figure ("12.44 million
 * urban jobs"); a percentage, amount or measured quantity names it before ("GDP growth of
 * around 5 percent", "the surveyed urban unemployment rate at around 5.5 percent").
 */
import type { Candidate } from './types';

/** Longest indicator in words. */
const MAX_WORDS = 8;
/** Words that end a noun phrase when walking away from the figure. */
const STOP = new Set([
  'the', 'a', 'an', 'we', 'our', 'its', 'their', 'this', 'that', 'these', 'those', 'with', 'and', 'or',
  'in', 'for', 'of', 'to', 'by', 'on', 'at', 'as', 'from', 'than', 'into', 'over', 'under', 'is', 'was',
  'are', 'were', 'be', 'been', 'have', 'has', 'had', 'will', 'would', 'should', 'shall', 'can', 'could',
  'which', 'who', 'while', 'setting', 'set', 'total', 'some', 'about', 'around', 'each', 'per', 'it',
  'there', 'they', 'further', 'also', 'more', 'less', 'all', 'both', 'such', 'another', 'additional',
  'record',
]);
/** Verbs and prepositions between a measure and its figure ("stood at", "rose by", "reached a record of"). */
const TRAIL = new RegExp('\\s+(?:' + [
  'of', 'at', 'by', 'to', 'is', 'was', 'were', 'are', 'be', 'been', 'reached', 'reach', 'stood', 'rose', 'fell',
  'grew', 'increased', 'decreased', 'dropped', 'declined', 'surpassed', 'exceeded', 'hit', 'totaled',
  'totalled', 'topped', 'amounted', 'remained', 'kept', 'maintained', 'set', 'projected', 'expected',
  'targeted', 'estimated', 'forecast', 'record', 'a', 'an', 'the', 'about', 'around', 'over', 'year',
  'this', 'for', 'in \\d{4}', 'up', 'down', 'new high of', 'high of', 'at least', 'raised', 'cut', 'lowered',
  'will', 'growing', 'rising', 'falling', 'increasing', 'decreasing', 'accounted', 'account', 'accounting',
].join('|') + ')$', 'i');
/** A clause ends at these characters, or at a period followed by a space. */
const BREAK = /[,;:!?\n—]/;
/** "an increase of 5.2 percent" after a figure: the change borrows that figure's subject. */
const CHANGE_OF = /\b(?:an?|the)\s+(increase|growth|rise|decline|drop|decrease)\s+of\s*$/i;

/** The text of the clause before `at`, at most 100 characters back and not before `floor`. */
function clauseBefore(text: string, at: number, floor: number): string {
  const from = Math.max(floor, at - 100);
  for (let i = at - 1; i >= from; i--) {
    if (BREAK.test(text[i]) || (text[i] === '.' && /\s/.test(text[i + 1] ?? ''))) return text.slice(i + 1, at);
  }
  return text.slice(from, at);
}

/** Prepositions kept inside a noun phrase when a content word stands before them (volume of trade, rate in China). */
const INNER = new Set(['of', 'in', 'per']);

/** The noun phrase at the end of `phrase` once linking verbs and prepositions are stripped. */
function trailingNounPhrase(phrase: string): string {
  let s = ` ${phrase.trim()}`;
  for (let before = ''; before !== s;) { before = s; s = s.replace(TRAIL, ''); }
  const words = s.trim().split(/\s+/).filter(Boolean);
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0 && kept.length < MAX_WORDS; i--) {
    const w = words[i].toLowerCase();
    if (!/[a-z0-9]/.test(w)) break; // a lone "(" before "($3 trillion)" is no word
    const innerOk = INNER.has(w) && kept.length > 0 && i > 0 && !STOP.has(words[i - 1].toLowerCase());
    if (STOP.has(w) && !innerOk) break;
    kept.unshift(words[i]);
  }
  return kept.join(' ');
}

/** The noun phrase right after a plain count ("12 million new urban jobs were added" → "new urban jobs"). */
function leadingNounPhrase(text: string, from: number): string {
  const words = text.slice(from, from + 80).split(/[,;:.!?()\n]/)[0].trim().split(/\s+/).filter(Boolean);
  while (words.length && /^(?:the|a|an)$/i.test(words[0])) words.shift();
  const kept: string[] = [];
  for (const w of words) {
    if (STOP.has(w.toLowerCase()) || kept.length >= MAX_WORDS || (kept.length > 0 && /ed$/.test(w))) break;
    kept.push(w);
  }
  return kept.join(' ');
}

/** The English indicator of `c`, or null. */
export function englishIndicator(text: string, c: Candidate, prev: Candidate | undefined, prevIndicator: string | null): string | null {
  if (c.kind === 'count' && c.unit === null) {
    const after = leadingNounPhrase(text, c.end);
    if (after) return after;
  }
  // "over 60 percent of global electric vehicle output", "1 trillion yuan of treasury bonds"
  const of = /^\s+of\s+/.exec(text.slice(c.end, c.end + 5));
  if (of && (c.kind === 'percent' || c.kind === 'money')) {
    const after = leadingNounPhrase(text, c.end + of[0].length);
    if (after) return after;
  }
  const clause = clauseBefore(text, c.start, prev?.end ?? 0);
  const own = trailingNounPhrase(clause);
  // "rose by 8.9 percent and 7.7 percent respectively": the second figure shares the first's measure.
  if (!own && prevIndicator && prev && /^\s*(?:,|and|or|, and)?\s*(?:by\s+)?$/.test(text.slice(prev.end, c.start))) {
    return prevIndicator;
  }
  const change = CHANGE_OF.exec(clause);
  if (change && prevIndicator && prev && !/[.;]/.test(text.slice(prev.end, c.start))) {
    return `${prevIndicator} ${change[1].toLowerCase()}`;
  }
  return own || null;
}
