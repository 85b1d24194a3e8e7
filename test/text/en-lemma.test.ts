import { describe, expect, it } from 'vitest';
import { verbLemma } from '../../lib/text/en-lemma';

describe('verbLemma', () => {
  it.each([
    ['built', 'build'], ['grew', 'grow'], ['fell', 'fall'], ['made', 'make'], ['improving', 'improve'],
    ['studies', 'study'], ['strengthened', 'strengthen'], ['reached', 'reach'],
    ['policy', 'policy'], ['process', 'process'], ['data', 'data'], ['a', 'a'],
  ])('%s → %s', (word, lemma) => expect(verbLemma(word)).toBe(lemma));
});
