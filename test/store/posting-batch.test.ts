/** A batch's inverted index built from texts (lib/store/posting-batch.ts) against indexTerms, term for term. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexTerms, MAX_INDEX_TERMS } from '../../lib/search/terms';
import { PostingBatch } from '../../lib/store/posting-batch';
import { BLOCK } from '../../lib/store/postings';
import { ENGLISH_TEXT, NEWER_TEXT, OLDER_TEXT } from '../export/fixtures';

type Blocks = Map<number, Map<string, number[]>>;

/** block → term → offsets from indexTerms, the reference. */
function expected(items: { id: number; text: string }[]): Blocks {
  const out: Blocks = new Map();
  for (const { id, text } of items) {
    const block = Math.floor(id / BLOCK);
    for (const t of indexTerms(text)) {
      if (!out.has(block)) out.set(block, new Map());
      const m = out.get(block)!;
      m.set(t, [...(m.get(t) ?? []), id % BLOCK]);
    }
  }
  return out;
}

const plain = (b: Blocks) => Object.fromEntries([...b].map(([k, m]) => [k, Object.fromEntries([...m].sort(([x], [y]) => (x < y ? -1 : 1)))]));

function built(items: { id: number; text: string }[]): Blocks {
  const batch = new PostingBatch();
  for (const { id, text } of items) batch.addText(id, text);
  return batch.blocks();
}

const PIECES = ['法治', '政府', '县', '〇', 'カタ', '한국', 'GDP', 'Ａｂ', '１２', '3.5', '12,000', 'e\u0301', ' ', '，', '𠀀', '法治政府建设', 'x'.repeat(40)];

describe('PostingBatch', () => {
  it('indexes whole reports under their ids, across blocks, as indexTerms does', () => {
    const items = [{ id: 1, text: OLDER_TEXT }, { id: 2, text: NEWER_TEXT }, { id: BLOCK + 5, text: ENGLISH_TEXT }, { id: BLOCK + 6, text: `${OLDER_TEXT}𠀀` }];
    const got = built(items);
    expect([...got.keys()]).toEqual([0, 1]);
    expect(got.get(0)!.get('法治')).toEqual([1, 2]);
    expect(plain(got)).toEqual(plain(expected(items)));
  });

  it('gives indexTerms\'s terms for texts made of awkward pieces, surrogates included', () => {
    fc.assert(fc.property(fc.array(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), { minLength: 1, maxLength: 5 }), (texts) => {
      const items = texts.map((t, i) => ({ id: i * 997 + 1, text: t.join('') }));
      expect(plain(built(items))).toEqual(plain(expected(items)));
    }), { numRuns: 300 });
  });

  it('keeps at most MAX_INDEX_TERMS terms of a text, the first ones', () => {
    const text = Array.from({ length: MAX_INDEX_TERMS + 5 }, (_, i) => `w${i}`).join(' ');
    const got = built([{ id: 3, text }]).get(0)!;
    expect(got.size).toBe(MAX_INDEX_TERMS);
    expect(got.has(`w${MAX_INDEX_TERMS - 1}`)).toBe(true);
    expect(got.has(`w${MAX_INDEX_TERMS}`)).toBe(false);
  });
});
