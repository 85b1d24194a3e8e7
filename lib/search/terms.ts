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

/** Scripts written without spaces between words. */
const CJK = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Hangul}';

/**
 * Tokens: a run of CJK characters, a number (with its decimal part), or a word of other
 * letters and digits. Example: '2023年GDP增长5.2%' → '2023', '年', 'gdp', '增长', '5.2'.
 */
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
  for (const m of fold(text).matchAll(TOKEN)) {
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

/**
 * Terms to index for a snapshot: its text plus extras such as title, issuer, notes and tags.
 * Deduplicated, in first-seen order (extras first), at most MAX_INDEX_TERMS.
 * Example: indexTerms('法治政府') → ['法', '治', '政', '府', '法治', '治政', '政府'].
 */
export function indexTerms(text: string, extras: string[] = []): string[] {
  const terms = new Set<string>();
  const add = (term: string) => { if (terms.size < MAX_INDEX_TERMS) terms.add(term); };
  for (const source of [...extras, text]) {
    if (terms.size >= MAX_INDEX_TERMS) break;
    eachToken(source, (token, cjk) => (cjk ? cjkTerms(token, true, add) : add(token)));
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

/** True when the document has every term of the query; an empty query matches everything. */
export function matches(docTerms: Iterable<string>, query: string): boolean {
  const have = docTerms instanceof Set ? (docTerms as Set<string>) : new Set(docTerms);
  return queryTerms(query).every((t) => have.has(t));
}
