/**
 * Notes a reader writes (issue 15): edited in place with their creation date kept, a failed
 * edit (a full disk) keeping the old text, notes on the report as a whole (kind 'page', no
 * passage), and cards that count notes only (a watched commitment is not a note).
 */
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../lib/anchor/index';
import { addAnnotation, annotationsForUrl, saveSnapshot, updateAnnotation, type LedgerDb } from '../../lib/store/index';
import { freshDb, inputFor, reportText } from './fixtures';

const quotaExceeded = () => Object.assign(new Error('disk full'), { name: 'QuotaExceededError' });
const URL_2024 = 'http://127.0.0.1/qh/2024.html';
const report = inputFor(reportText('青禾县人民政府', 2024, '推进行政复议体制改革。'), URL_2024);
const at = report.text.indexOf('行政复议');
const passage = describeRange(report.text, at, at + 4);

async function noteOn(db: LedgerDb, note = '跟进复议改革') {
  return addAnnotation(db, { url: URL_2024, selectors: passage, note, tags: ['复议'] }, new Date('2025-01-05T08:00:00Z'));
}

describe('editing a note', () => {
  it('changes text and tags, keeps createdAt and marks the edit in updatedAt', async () => {
    const { db } = freshDb();
    const id = await noteOn(db);
    await updateAnnotation(db, id, { note: '复议改革：已问过司法局', tags: ['复议', '已问'] }, new Date('2025-02-01T09:30:00Z'));
    expect(await db.annotations.get(id)).toMatchObject({
      note: '复议改革：已问过司法局', tags: ['复议', '已问'], kind: 'note',
      createdAt: '2025-01-05T08:00:00.000Z', updatedAt: '2025-02-01T09:30:00.000Z',
    });
  });

  it('a full disk during the edit: a clear StoreError, and the old text is kept', async () => {
    const { db } = freshDb();
    await saveSnapshot(db, report, new Date('2025-01-01T00:00:00Z'));
    const id = await noteOn(db);
    const before = await db.annotations.get(id);
    const card = await db.cards.toArray();
    db.annotations.hook('updating', () => { throw quotaExceeded(); });
    const err = await updateAnnotation(db, id, { note: '新的文字', tags: [] }).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'StoreError', kind: 'quota', message: expect.stringMatching(/nothing was saved/) });
    expect(await db.annotations.get(id)).toEqual(before);
    expect(await db.cards.toArray()).toEqual(card);
  });
});

describe('a note on the report as a whole', () => {
  it('has no passage, is kept with the page, and only a page note may lack one', async () => {
    const { db } = freshDb();
    const id = await addAnnotation(db, { url: URL_2024, selectors: null, kind: 'page', note: '全文：比去年少了问题一节', tags: ['总体'] });
    expect(await db.annotations.get(id)).toMatchObject({ kind: 'page', selectors: null, note: '全文：比去年少了问题一节', commitmentId: null });
    expect((await annotationsForUrl(db, URL_2024)).map((a) => a.kind)).toEqual(['page']);
    await expect(addAnnotation(db, { url: URL_2024, selectors: null, note: 'x' })).rejects.toMatchObject({ kind: 'invalid' });
    await expect(addAnnotation(db, { url: URL_2024, selectors: passage, kind: 'page', note: 'x' })).rejects.toMatchObject({ kind: 'invalid' });
  });

  it('is found by library search and counted on the card', async () => {
    const { db } = freshDb();
    await saveSnapshot(db, report);
    await addAnnotation(db, { url: URL_2024, selectors: null, kind: 'page', note: '整体评价偏乐观', tags: [] });
    const [card] = await db.cards.toArray();
    expect(card.notes).toBe(1);
    expect(card.terms).toContain('乐观');
  });
});

describe('cards count notes, not marks', () => {
  it('a watched commitment and a status set by hand do not add to the note count', async () => {
    const { db } = freshDb();
    await saveSnapshot(db, report);
    const c = report.extraction.commitments[0];
    const onC = describeRange(report.text, c.start, c.end);
    await addAnnotation(db, { url: URL_2024, selectors: onC, kind: 'watch', commitmentId: c.id });
    await addAnnotation(db, { url: URL_2024, selectors: onC, kind: 'status', status: 'progress', commitmentId: c.id });
    expect((await db.cards.toArray())[0].notes).toBe(0);
    await noteOn(db);
    expect((await db.cards.toArray())[0].notes).toBe(1);
  });
});
