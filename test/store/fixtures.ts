/** Small stored libraries for the store tests: fresh fake-indexeddb databases and snapshot inputs. */
import { createHash } from 'node:crypto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type Dexie from 'dexie';
import { extractText } from '../../lib/extract/index';
import { EXTRACTOR_VERSION } from '../../lib/extract/types';
import { NO_FILTERS } from '../../lib/library/view';
import { indexTerms } from '../../lib/search/index';
import { toRows } from '../../lib/store/body';
import { addPending } from '../../lib/store/pending-postings';
import { updatePostings, type PostingsTable } from '../../lib/store/postings';
import { cardOf, openLedgerDb, type LedgerDb, type LibraryQuery, type SnapshotInput, type SnapshotRecord } from '../../lib/store/index';

let n = 0;
/** A new database in its own in-memory IndexedDB; the factory lets a test reopen it. */
export function freshDb(): { db: LedgerDb; name: string; deps: { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange } } {
  const name = `lib-${++n}`;
  const deps = { indexedDB: new IDBFactory(), IDBKeyRange };
  return { db: openLedgerDb(name, deps), name, deps };
}

export const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** A short report of `issuer` reviewing `year`, with a sentence of its own. */
export function reportText(issuer: string, year: number, body = '年底前建成县级行政执法监督平台。'): string {
  return [
    `${issuer}${year}年度法治政府建设情况报告`,
    '一、主要成效',
    `全年办理行政审批事项${year - 2000}万件，群众满意率达到98.5%。`,
    '二、存在的问题',
    '行政执法人员专业素质有待提高。',
    `三、${year + 1}年工作安排`,
    body,
    '组建县行政复议中心，力争办结率不低于95%。',
  ].join('\n');
}

export function inputFor(text: string, url = `http://127.0.0.1/${sha(text).slice(0, 8)}.html`, tags: string[] = []): SnapshotInput {
  const extraction = extractText(text, { sha256: sha(`<html>${text}`), url });
  return { url, title: extraction.source.title, extraction, html: `<p>${extraction.text}</p>`, text: extraction.text, sha256: sha(extraction.text), tags };
}

export const query = (q: Partial<LibraryQuery> = {}): LibraryQuery => ({ text: '', filters: NO_FILTERS, sort: 'issuer', offset: 0, limit: 20, ...q });

/** Every table, for comparing a database before and after (ids included). */
export async function dump(db: LedgerDb) {
  return {
    snapshots: await db.snapshots.toArray(),
    texts: await db.texts.toArray(),
    triples: await db.triples.toArray(),
    postings: await db.postings.toArray(),
    annotations: await db.annotations.toArray(),
    cards: await db.cards.toArray(),
    overrides: await db.overrides.toArray(),
    diffs: await db.diffs.toArray(),
  };
}

/** The whole record of `input` as stored with `id` at `savedAt`. */
export function recordFor(input: SnapshotInput, id: number, savedAt: string): SnapshotRecord {
  const { extraction } = input;
  return {
    id, sha256: input.sha256, url: input.url, title: input.title, savedAt, extractorVersion: EXTRACTOR_VERSION,
    extraction, html: input.html, text: input.text, issuer: extraction.meta.issuer, docType: extraction.meta.docType,
    coversYear: extraction.meta.coversYear, tags: input.tags ?? [],
  };
}

/**
 * Writes `records` as schema v4 and v5 stored them (body rows, texts, cards, postings; those of
 * `pending` ids left pending), into a database opened at one of those versions: the store's own
 * save also writes tables they did not have.
 */
export async function writeAsV4(db: Dexie, records: SnapshotRecord[], pending: number[] = []): Promise<void> {
  await db.table('snapshots').bulkAdd(records.map((s) => ({ ...toRows(s).row, id: s.id })));
  await db.table('texts').bulkAdd(records.map((s) => ({ id: s.id, text: s.text })));
  await db.table('cards').bulkAdd(records.map((s) => cardOf(s, [])));
  const postings = db.table('postings') as PostingsTable;
  await updatePostings(postings, records.filter((s) => !pending.includes(s.id)).map((s) => ({ id: s.id, terms: indexTerms(s.text) })), true);
  for (const s of records.filter((r) => pending.includes(r.id))) await addPending(postings, s.id, indexTerms(s.text));
}
