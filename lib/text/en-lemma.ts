/**
 * English verb lemmas through compromise's conjugation tables (no tagging of whole texts,
 * which costs ~20 ms per 1,000 characters): "built" → "build", "grew" → "grow",
 * "improving" → "improve". Irregular forms are what a suffix stemmer cannot get right, and
 * they matter when a plan says "build" and the review says "built".
 */
import nlp from 'compromise';

type ToInfinitive = (word: string, model: unknown, tag: string) => string;

const model = nlp.model();
const toInfinitive = (nlp.methods() as unknown as { two: { transform: { verb: { toInfinitive: ToInfinitive } } } })
  .two.transform.verb.toInfinitive;

const cache = new Map<string, string>();
/** Bounds the cache: a document has a few thousand distinct words. */
const MAX_CACHE = 50_000;

/** The base form of a lower-case word if it is an inflected verb, else the word itself. */
export function verbLemma(word: string): string {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const lemma = lemmaOf(word);
  if (cache.size < MAX_CACHE) cache.set(word, lemma);
  return lemma;
}

function lemmaOf(word: string): string {
  if (word.length < 3 || !/^[a-z]+$/.test(word)) return word;
  const tag = word.endsWith('ing') ? 'Gerund' : word.endsWith('s') && !word.endsWith('ss') ? 'PresentTense' : 'PastTense';
  const base = toInfinitive(word, model, tag);
  return typeof base === 'string' && base.length > 1 ? base : word;
}
