/**
 * Terms for lexical matching without a dictionary: Chinese runs become character bigrams
 * (robust to word-boundary ambiguity, and what the scorer of a human reader would match on),
 * Latin text becomes lower-cased verb lemmas (compromise: built → build) then stems, with
 * stop words removed; digits stay whole.
 */
import { verbLemma } from '../text/en-lemma';

const CJK_RUN = /[\u4e00-\u9fff]+/g;
const LATIN_WORD = /[a-z][a-z'-]*|\d+(?:\.\d+)?/g;

const EN_STOP = new Set(('a an the and or of to in on for with by at from as is are was were be been being this that these those ' +
  'it its we our us they their them he she his her which who whom whose will shall should must would could can may ' +
  'also more most such other than into over under about all any each both some no not only very so up out new year years ' +
  'have has had do does did far now since per additional extra further total').split(' '));

/** Crude English stemmer: enough to meet "improve/improved/improving/improvement" in one stem. */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4) {
    for (const suffix of ['ations', 'ation', 'ments', 'ment', 'ings', 'ing', 'ies', 'ied', 'ed', 'es', 's', 'ly']) {
      if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
        const base = w.slice(0, -suffix.length);
        w = suffix === 'ies' || suffix === 'ied' ? `${base}y` : base;
        break;
      }
    }
  }
  // A final silent e goes too, so "hire", "hired" and "hiring" meet in "hir".
  return w.length > 3 && w.endsWith('e') ? w.slice(0, -1) : w;
}

/** A term as a key for the index: a pair of common CJK characters as a small integer (no string to hash), anything else as itself. */
export type TermKey = number | string;

const CJK_FIRST = 0x4e00;
const CJK_SPAN = 0xa000 - CJK_FIRST;

export function termKey(term: string): TermKey {
  if (term.length !== 2) return term;
  const a = term.charCodeAt(0) - CJK_FIRST;
  const b = term.charCodeAt(1) - CJK_FIRST;
  return a >= 0 && a < CJK_SPAN && b >= 0 && b < CJK_SPAN ? a * CJK_SPAN + b : term;
}

/**
 * The keys of `termsOf(text, language)`, in the same order, without making a string per
 * character pair (the index reads every sentence of the newer report this way).
 */
export function termKeysOf(text: string, language: 'zh' | 'en'): TermKey[] {
  if (language !== 'zh') return termsOf(text, language);
  const out: TermKey[] = [];
  for (const m of text.matchAll(CJK_RUN)) {
    const run = m[0];
    if (run.length === 1) out.push(run);
    for (let i = 0; i + 1 < run.length; i++) out.push((run.charCodeAt(i) - CJK_FIRST) * CJK_SPAN + run.charCodeAt(i + 1) - CJK_FIRST);
  }
  for (const m of text.toLowerCase().matchAll(LATIN_WORD)) out.push(/\d/.test(m[0]) ? m[0] : stem(m[0]));
  return out;
}

/** Terms of a text, with repeats (term frequency matters to BM25). */
export function termsOf(text: string, language: 'zh' | 'en'): string[] {
  const out: string[] = [];
  if (language === 'zh') {
    for (const m of text.matchAll(CJK_RUN)) {
      const run = m[0];
      if (run.length === 1) out.push(run);
      for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
    }
  }
  for (const m of text.toLowerCase().matchAll(LATIN_WORD)) {
    const w = m[0];
    if (language === 'en' && EN_STOP.has(w)) continue;
    out.push(/\d/.test(w) ? w : stem(language === 'en' ? verbLemma(w) : w));
  }
  return out;
}
