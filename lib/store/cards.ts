/**
 * What the library keeps beside each snapshot so that lists and searches never read whole
 * snapshots: its card (metadata for the list) and its search terms (the `*terms` index).
 * Both depend on the notes on the snapshot, so every write that changes notes calls
 * `refreshSnapshots` inside its own transaction.
 */
import { issuerKey } from '../extract/issuer-key';
import { indexTerms } from '../search/index';
import type { AnnotationRecord, CardRecord, LedgerDb, SnapshotRecord } from './schema';

/** The notes fields that cards and terms read. */
export type NoteFields = Pick<AnnotationRecord, 'note' | 'tags'>;

/** Years sort newest first inside an issuer: 9999 - year, zero-padded (unknown years last). */
function groupKey(issuer: string, year: number, savedAt: string): string {
  const inverted = String(9999 - Math.max(0, Math.min(9999, year))).padStart(4, '0');
  // savedAt newest first too: invert each digit so a plain ascending sort reads newest first.
  const newest = savedAt.replace(/\d/g, (d) => String(9 - Number(d)));
  return `${issuer}\u0000${inverted}\u0000${newest}`;
}

/** The list card of a snapshot and its notes. */
export function cardOf(s: SnapshotRecord, notes: NoteFields[]): CardRecord {
  const x = s.extraction;
  // One key for one issuer however the report spells it (静海区 = 天津市静海区人民政府): groups and pairs follow it.
  const issuer = issuerKey(s.issuer ?? x.meta.issuer);
  const year = s.coversYear ?? x.meta.coversYear ?? 0;
  const tags = [...new Set([...s.tags, ...notes.flatMap((n) => n.tags)])];
  return {
    id: s.id,
    sha256: s.sha256,
    url: s.url,
    title: s.title ?? x.source.title ?? '',
    issuer,
    docType: s.docType,
    year,
    meta: x.meta,
    language: x.language,
    savedAt: s.savedAt,
    tags,
    notes: notes.length,
    counts: { headings: x.headings.length, numbers: x.numbers.length, commitments: x.commitments.length, problems: x.problems.length },
    group: groupKey(issuer, year, s.savedAt),
  };
}

/** Search terms of a snapshot: title, issuer, tags and notes first (always kept), then the text. */
export function snapshotTerms(s: Pick<SnapshotRecord, 'text' | 'title' | 'issuer' | 'tags'>, notes: NoteFields[]): string[] {
  const extras = [s.title ?? '', s.issuer ?? '', ...s.tags, ...notes.flatMap((n) => [n.note, ...n.tags])];
  return indexTerms(s.text, extras.filter(Boolean));
}

/**
 * The notes of a snapshot: those linked to its text (snapshotSha), and those made on its page
 * since the last save (not linked yet) when it is the newest snapshot of that page.
 * Call inside a transaction that includes snapshots, cards and annotations.
 */
export async function notesOf(db: LedgerDb, s: Pick<SnapshotRecord, 'sha256' | 'url' | 'savedAt' | 'id'>): Promise<AnnotationRecord[]> {
  const linked = await db.annotations.where('snapshotSha').equals(s.sha256).toArray();
  const sameUrl = await db.snapshots.where('url').equals(s.url).primaryKeys();
  let newest = true;
  if (sameUrl.length > 1) {
    // The other versions' save times, from their small cards rather than whole snapshots.
    const others = await db.cards.bulkGet(sameUrl.filter((id) => id !== s.id));
    newest = others.every((o) => !o || o.savedAt <= s.savedAt);
  }
  if (!newest) return linked;
  const unlinked = await db.annotations.where('url').equals(s.url).filter((a) => a.snapshotSha === null).toArray();
  return [...linked, ...unlinked];
}

const sameList = (a: string[], b: string[] | undefined) => !!b && a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Rebuilds terms and cards of the snapshots a change touched: by text sha256 and by page URL.
 * Call inside a 'rw' transaction over snapshots, annotations and cards.
 */
export async function refreshSnapshots(db: LedgerDb, touched: { shas?: (string | null)[]; urls?: string[] }): Promise<void> {
  const ids = new Set<number>();
  const shas = (touched.shas ?? []).filter((s): s is string => !!s);
  if (shas.length) for (const id of await db.snapshots.where('sha256').anyOf(shas).primaryKeys()) ids.add(id);
  if (touched.urls?.length) for (const id of await db.snapshots.where('url').anyOf(touched.urls).primaryKeys()) ids.add(id);
  for (const id of ids) {
    const s = await db.snapshots.get(id);
    if (!s) continue;
    const notes = await notesOf(db, s);
    // Rewrite only what changed: a snapshot record carries the whole page.
    const terms = snapshotTerms(s, notes);
    if (!sameList(terms, s.terms)) await db.snapshots.put({ ...s, terms });
    const card = cardOf(s, notes);
    if (JSON.stringify(card) !== JSON.stringify(await db.cards.get(id))) await db.cards.put(card);
  }
}
