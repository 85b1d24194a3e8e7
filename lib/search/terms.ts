/**
 * Full-text search terms for the library, without a dictionary. Chinese has no spaces, so a
 * run of Han characters becomes its character bigrams (法治政府 → 法治 治政 政府), and every
 * single character too so a one-character query (县) still finds something; other scripts
 * become lower-cased words; numbers stay whole (3.5, 12,000 → 12000). Text is folded first
 * (NFKC: full-width ＧＤＰ１２ → gdp12), so what the page wrote and what the reader types meet.
 *
 * Made for a Dexie multiEntry index: store `indexTerms(...)` in a `*terms` field and look a
 * query up term by term (`where('terms').equals(t)`), intersecting the hits; `matches` is the
 * same rule in memory. Bigrams can match out of order (法治…治政…政府 apart), so confirm a hit
 * with `snippet`, which looks for the query itself.
 */

import { CJK, scanTerms, TermList } from './scan';

/**
 * Tokens: a run of CJK characters, a number (with its decimal part), or a word of other
 * letters and digits. Example: '2023年GDP增长5.2%' → '2023', '年', 'gdp', '增长', '5.2'.
 */
// The third group is "letters, marks and numbers but not CJK", written as a lookahead per
// character rather than the v flag's set difference ([[…]--[…]]), which Firefox lacks before
// 116 and Chrome before 112: the same tokens in every browser the extension runs in.
const TOKEN = new RegExp(`([${CJK}]+)|(\\d+(?:\\.\\d+)*)|((?:(?![${CJK}])[\\p{L}\\p{M}\\p{N}])+)`, 'gu');

/** A word longer than this is cut (base64 junk, long URLs): index keys stay small. */
export const MAX_WORD_LENGTH = 32;
/**
 * Terms kept per snapshot. The national Government Work Report (~18,000 Chinese characters)
 * has about 8,500 distinct terms, the English one (~86,000 characters) about 2,300; the bound
 * keeps a pathological page from bloating the index. Extras (title, notes) come first, so
 * they are always kept.
 */
export const MAX_INDEX_TERMS = 30_000;

/** NFKC, lower case, and thousands separators dropped between digits (12,000 → 12000). */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/(\d),(?=\d{3}(?!\d))/g, '$1');
}

/** Calls `emit` for each token of the folded text, saying whether it is a CJK run. */
function eachToken(text: string, emit: (token: string, cjk: boolean) => void): void {
  eachFoldedToken(fold(text), emit);
}

function eachFoldedToken(folded: string, emit: (token: string, cjk: boolean) => void): void {
  for (const m of folded.matchAll(TOKEN)) {
    if (m[1]) emit(m[1], true);
    else emit((m[2] ?? m[3]).slice(0, MAX_WORD_LENGTH), false);
  }
}

/** Bigrams of a CJK run, plus its single characters when `singles` (the index needs both). */
function cjkTerms(run: string, singles: boolean, add: (term: string) => void): void {
  const chars = Array.from(run);
  if (chars.length === 1 || singles) chars.forEach(add);
  for (let i = 0; i + 1 < chars.length; i++) add(chars[i] + chars[i + 1]);
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** Whether a string has UTF-16 surrogates (a character beyond the BMP): scan.ts leaves those to TOKEN. */
export const hasSurrogate = (s: string): boolean => SURROGATE.test(s);

/**
 * `cjkTerms(run, true, …)` for a run without surrogate pairs, deduplicated by number first:
 * a report has ~40,000 character pairs and ~5,000 distinct terms, and a Set of numbers skips
 * building a string for every repeat (2–3× faster on real reports).
 */
function cjkTermsFast(run: string, seen: Set<number>, add: (term: string) => void): void {
  // Singles, then pairs: the order cjkTerms gives.
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i);
    if (!seen.has(c)) { seen.add(c); add(run[i]); }
  }
  for (let i = 0; i + 1 < run.length; i++) {
    const pair = run.charCodeAt(i) * 0x10000 + run.charCodeAt(i + 1);
    if (!seen.has(pair)) { seen.add(pair); add(run.slice(i, i + 2)); }
  }
}

/**
 * Terms to index for a snapshot: its text plus extras such as title, issuer, notes and tags.
 * Deduplicated, in first-seen order (extras first), at most MAX_INDEX_TERMS.
 * Example: indexTerms('法治政府') → ['法', '治', '政', '府', '法治', '治政', '政府'].
 */
export function indexTerms(text: string, extras: string[] = []): string[] {
  const folded = [...extras, text].map(fold);
  if (folded.some(hasSurrogate)) return indexTermsByRegex(folded);
  const list = new TermList(MAX_INDEX_TERMS);
  for (const f of folded) scanTerms(f, list, MAX_WORD_LENGTH);
  return list.out;
}

/** `indexTerms` by TOKEN, for folded sources with surrogate pairs (CJK beyond the BMP); scan.ts gives the same terms faster. */
export function indexTermsByRegex(folded: string[]): string[] {
  const terms = new Set<string>();
  const seen = new Set<number>();
  const add = (term: string) => { if (terms.size < MAX_INDEX_TERMS) terms.add(term); };
  for (const source of folded) {
    if (terms.size >= MAX_INDEX_TERMS) break;
    eachFoldedToken(source, (token, cjk) => {
      if (!cjk) add(token);
      else if (SURROGATE.test(token)) cjkTerms(token, true, add);
      else cjkTermsFast(token, seen, add);
    });
  }
  return [...terms];
}

/**
 * Terms a document must have to match the query: bigrams of each CJK run (a lone character
 * stands for itself), and the words. Empty for a query of only spaces and punctuation.
 * Example: queryTerms('法治政府 GDP') → ['法治', '治政', '政府', 'gdp'].
 */
export function queryTerms(query: string): string[] {
  const terms = new Set<string>();
  eachToken(query, (token, cjk) => (cjk ? cjkTerms(token, false, (t) => terms.add(t)) : terms.add(token)));
  return [...terms];
}

/**
 * What a document must contain for the query to match: each CJK run and each word or number
 * of the folded query, once (compare with `fold(text).includes(piece)`). A piece of one or two
 * CJK characters, a word or a number is a single term, so the term index alone decides it; a
 * longer CJK run is several bigrams that may occur apart, so only the text can.
 * Example: queryPieces('着力推进行政 GDP') → ['着力推进行政', 'gdp'].
 */
export function queryPieces(query: string): string[] {
  const pieces = new Set<string>();
  eachToken(query, (token) => pieces.add(token));
  return [...pieces];
}

/** True when the term index alone decides the query: it is one piece that is one term. */
export function isSingleTerm(query: string): boolean {
  const pieces = queryPieces(query);
  return pieces.length === 1 && queryTerms(query).length === 1 && (Array.from(pieces[0]).length <= 2 || !TOKEN_CJK.test(pieces[0]));
}

const TOKEN_CJK = new RegExp(`[${CJK}]`, 'u');

/** True when the document has every term of the query; an empty query matches everything. */
export function matches(docTerms: Iterable<string>, query: string): boolean {
  const have = docTerms instanceof Set ? (docTerms as Set<string>) : new Set(docTerms);
  return queryTerms(query).every((t) => have.has(t));
}
