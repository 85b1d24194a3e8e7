/** The compact term index (postings, posting sets) and the snapshot body's encoding. */
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { bodyJson, decodeBody, encodeBody, encodeBodyAsync } from '../../lib/store/body';
import { mergeSet, offsetsOf, setOf } from '../../lib/store/posting-sets';
import { addPending, dropPending, mergePending, PENDING_MAX } from '../../lib/store/pending-postings';
import { PostingBatch } from '../../lib/store/posting-batch';
import { BLOCK, BUCKETS, bucketOf, idsWithTerm, updatePostings, type PostingsTable } from '../../lib/store/postings';
import { inputFor, reportText } from './fixtures';

describe('posting sets', () => {
  it('keep few offsets as a sorted list and many as a 512-byte bitmap, reading back the same', () => {
    const few = [3, 17, 4095];
    expect(setOf(few)).toBeInstanceOf(Uint16Array);
    expect(offsetsOf(setOf(few))).toEqual(few);
    const many = Array.from({ length: 1000 }, (_, i) => i * 4);
    const bits = setOf(many);
    expect(bits).toBeInstanceOf(Uint8Array);
    expect(bits.byteLength).toBe(512);
    expect(offsetsOf(bits)).toEqual(many);
  });

  it('merge: appended or interleaved offsets stay sorted and distinct; removing the last leaves nothing', () => {
    expect(offsetsOf(mergeSet(setOf([1, 5]), [7, 6, 7], true)!)).toEqual([1, 5, 6, 7]);
    expect(offsetsOf(mergeSet(setOf([1, 9]), [5, 1], true)!)).toEqual([1, 5, 9]);
    expect(offsetsOf(mergeSet(setOf([1, 5, 9]), [5], false)!)).toEqual([1, 9]);
    expect(mergeSet(setOf([5]), [5], false)).toBeNull();
    // Growing past the threshold turns the list into a bitmap; shrinking turns it back.
    const big = mergeSet(setOf([0]), Array.from({ length: 300 }, (_, i) => i + 1), true)!;
    expect([big instanceof Uint8Array, offsetsOf(big).length]).toEqual([true, 301]);
    const small = mergeSet(big, Array.from({ length: 290 }, (_, i) => i), false)!;
    expect([small instanceof Uint16Array, offsetsOf(small)]).toEqual([true, [290, 291, 292, 293, 294, 295, 296, 297, 298, 299, 300]]);
  });
});

function postingsTable(): PostingsTable {
  const db = new Dexie(`postings-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  db.version(1).stores({ postings: '[block+bucket], bucket' });
  return db.table('postings');
}

describe('postings', () => {
  it('finds every id having a term, across blocks, and forgets removed ones', async () => {
    const table = postingsTable();
    const far = 2 * BLOCK + 7;
    await updatePostings(table, [{ id: 1, terms: ['法治', '政府'] }, { id: BLOCK + 1, terms: ['法治'] }, { id: far, terms: ['法治', 'gdp'] }], true);
    await updatePostings(table, [{ id: 2, terms: ['政府', '法治'] }], true);
    expect(await idsWithTerm(table, '法治')).toEqual([1, 2, BLOCK + 1, far]);
    expect(await idsWithTerm(table, '政府')).toEqual([1, 2]);
    expect(await idsWithTerm(table, '没有')).toEqual([]);
    await updatePostings(table, [{ id: 1, terms: ['法治', '政府'] }, { id: far, terms: ['法治', 'gdp'] }], false);
    expect(await idsWithTerm(table, '法治')).toEqual([2, BLOCK + 1]);
    expect(await idsWithTerm(table, 'gdp')).toEqual([]);
    // A row holds the terms of one bucket of one block; rows left empty are deleted.
    const rows = await table.toArray();
    expect(rows.every((r) => r.terms.length > 0 && r.terms.every((t) => bucketOf(t) === r.bucket))).toBe(true);
    expect(rows.some((r) => r.block === 2)).toBe(false);
  });

  it('spreads terms over the buckets', () => {
    const used = new Set(Array.from({ length: 5000 }, (_, i) => bucketOf(`词${i}`)));
    expect(used.size).toBeGreaterThan(BUCKETS * 0.9);
    expect([...used].every((b) => b >= 0 && b < BUCKETS)).toBe(true);
  });
});

describe('snapshot body', () => {
  const x = inputFor(reportText('青禾县人民政府', 2023)).extraction;

  it('decodes to the very extraction, its text restored, with no copy of the text inside', () => {
    expect(decodeBody(encodeBody('<p>页</p>', x), x.text)).toEqual({ html: '<p>页</p>', extraction: x });
    const json = bodyJson('', x);
    for (const c of x.commitments) expect(json).not.toContain(c.text);
    expect(json.length).toBeLessThan(JSON.stringify(x).length - x.text.length);
  });

  it('the native encoder writes the same format', async () => {
    expect(decodeBody(await encodeBodyAsync('<p>页</p>', x), x.text)).toEqual({ html: '<p>页</p>', extraction: x });
  });
});

describe('pending postings (pages saved alone)', () => {
  it('are found at once, merged into the blocks after PENDING_MAX saves, and forgotten on delete', async () => {
    const table = postingsTable();
    await updatePostings(table, [{ id: 1, terms: ['法治', '政府'] }], true);
    await addPending(table, 2, ['法治', 'gdp']);
    await addPending(table, 3, ['政府']);
    expect(await idsWithTerm(table, '法治')).toEqual([1, 2]);
    expect(await idsWithTerm(table, '政府')).toEqual([1, 3]);
    expect(await idsWithTerm(table, 'gdp')).toEqual([2]);
    // The block rows were not rewritten: id 2 and 3 are only in rows of their own.
    expect((await table.where('[block+bucket]').below([0, 0]).toArray()).every((r) => r.sets.length === 0)).toBe(true);
    await dropPending(table, [2]);
    expect(await idsWithTerm(table, 'gdp')).toEqual([]);
    // With id 3, PENDING_MAX − 1 more make PENDING_MAX pending: the last save merges them all.
    const last = 3 + PENDING_MAX - 1;
    for (let id = 4; id <= last; id++) await addPending(table, id, ['法治', `w${id}`]);
    expect(await table.where('[block+bucket]').below([0, 0]).count()).toBe(0);
    expect(await idsWithTerm(table, '法治')).toEqual([1, ...Array.from({ length: last - 3 }, (_, i) => 4 + i)]);
    expect(await idsWithTerm(table, '政府')).toEqual([1, 3]);
    expect(await idsWithTerm(table, `w${last}`)).toEqual([last]);
    await addPending(table, last + 1, ['法治']);
    expect(await table.where('[block+bucket]').below([0, 0]).count()).toBe(2);
  });

  it('an import merges what is pending with its own snapshots in one update', async () => {
    const table = postingsTable();
    await addPending(table, 1, ['法治']);
    const batch = new PostingBatch();
    batch.addTerms(2, ['法治', '政府']);
    await mergePending(table, batch);
    expect(await table.where('[block+bucket]').below([0, 0]).count()).toBe(0);
    expect(await idsWithTerm(table, '法治')).toEqual([1, 2]);
    expect(await idsWithTerm(table, '政府')).toEqual([2]);
  });
});
