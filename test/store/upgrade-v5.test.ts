/**
 * Schema v4 → v5 (issue 15) on a database as version 4 wrote it: its cards counted a watched
 * commitment as a note, and a note written without `updatedAt` (by hand, or by a tool) must
 * still load. After the upgrade every snapshot and annotation is there, cards count notes
 * only, every note has an `updatedAt`, and old notes read as never edited and can be edited.
 */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../lib/anchor/index';
import { noteViews } from '../../lib/page-agent/note-views';
import {
  addAnnotation, annotationsForUrl, getSnapshot, LATEST_SCHEMA_VERSION, openLedgerDb, SCHEMA_VERSIONS, updateAnnotation,
  type LedgerDb,
} from '../../lib/store/index';
import { freshDb, inputFor, recordFor, reportText, writeAsV4 } from './fixtures';

const URL_2024 = 'http://127.0.0.1/qh/2024.html';
const report = inputFor(reportText('青禾县人民政府', 2024, '推进行政复议体制改革。'), URL_2024);

/** A v4 database (tables as v4 declared them) with a snapshot, a note, a watch and a status, counted as v4 did. */
async function v4Database(name: string, deps: ReturnType<typeof freshDb>['deps']) {
  const v4 = new Dexie(name, deps);
  for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= 4)) v4.version(v.version).stores(v.stores);
  const db = v4 as LedgerDb; // v4 and v5 declare the same tables: the store's note writes are v4's writes
  const id = 1;
  await writeAsV4(v4, [recordFor(report, id, '2025-01-01T00:00:00.000Z')]);
  const c = report.extraction.commitments[0];
  const onC = describeRange(report.text, c.start, c.end);
  const at = report.text.indexOf('行政复议');
  const noteId = await addAnnotation(db, { url: URL_2024, selectors: describeRange(report.text, at, at + 4), note: '跟进', tags: ['复议'] }, new Date('2025-01-05T00:00:00Z'));
  await addAnnotation(db, { url: URL_2024, selectors: onC, kind: 'watch', commitmentId: c.id });
  await addAnnotation(db, { url: URL_2024, selectors: onC, kind: 'status', status: 'progress', note: '已部署', commitmentId: c.id });
  // As v4 left them: the card counted all three annotations; one note has no updatedAt.
  await db.cards.update(id, { notes: 3 });
  await db.annotations.toCollection().modify((a) => { if (a.id === noteId) delete (a as Partial<typeof a>).updatedAt; });
  const before = { annotations: await db.annotations.toArray(), snapshot: await getSnapshot(db, id) };
  v4.close();
  return { id, noteId, before };
}

describe('schema v4 → v5', () => {
  it('keeps every snapshot and annotation, counts notes only, and old notes load, unedited, and can be edited', async () => {
    const { name, deps } = freshDb();
    const { id, noteId, before } = await v4Database(name, deps);
    expect(before.annotations.find((a) => a.id === noteId)).not.toHaveProperty('updatedAt');
    const db = openLedgerDb(name, deps);
    await db.open();
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(LATEST_SCHEMA_VERSION).toBe(6); // v4 → v5 → v6 (triples, issue 18)
    expect(await getSnapshot(db, id)).toEqual(before.snapshot);
    const after = await db.annotations.toArray();
    expect(after).toEqual(before.annotations.map((a) => (a.id === noteId ? { ...a, updatedAt: a.createdAt } : a)));
    expect((await db.cards.get(id))!.notes).toBe(1);

    const views = noteViews(report.extraction, await annotationsForUrl(db, URL_2024));
    expect(views.notes.map((n) => [n.id, n.createdAt, n.editedAt])).toEqual([[noteId, '2025-01-05T00:00:00.000Z', null]]);
    await updateAnnotation(db, noteId, { note: '跟进：已问', tags: ['复议'] }, new Date('2025-03-01T00:00:00Z'));
    const edited = noteViews(report.extraction, await annotationsForUrl(db, URL_2024)).notes[0];
    expect(edited).toMatchObject({ note: '跟进：已问', createdAt: '2025-01-05T00:00:00.000Z', editedAt: '2025-03-01T00:00:00.000Z' });
    db.close();
  });
});
