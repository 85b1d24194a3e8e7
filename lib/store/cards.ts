/**
 * What the library keeps beside each snapshot so that lists and searches never read whole
 * snapshots: its card (metadata for the list, and the search terms of its title, issuer, tags
 * and notes in the cards' `*terms` index; the text's own terms are in postings.ts). A card
 * depends on the notes on the snapshot, so every write that changes notes calls
 * `refreshSnapshots` inside its own transaction.
 */
import { issuerKey } from '../extract/issuer-key';
import { indexTerms } from '../search/index';
import { fromRows } from './body';
import { isNote, type AnnotationRecord, type CardRecord, type LedgerDb, type SnapshotRecord, type StoredSnapshot } from './schema';

/** The notes fields that cards and terms read. */
export type NoteFields = Pick<AnnotationRecord, 'note' | 'tags' | 'kind'>;

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
    notes: notes.filter(isNote).length,
    counts: { headings: x.headings.length, numbers: x.numbers.length, commitments: x.commitments.length, problems: x.problems.length },
    group: groupKey(issuer, year, s.savedAt),
    terms: extraTerms(s, notes),
  };
}

/** The words a snapshot is found by besides its text: title, issuer, tags, notes and their tags. */
function extrasOf(s: Pick<SnapshotRecord, 'title' | 'issuer' | 'tags'>, notes: NoteFields[]): string[] {
  return [s.title ?? '', s.issuer ?? '', ...s.tags, ...notes.flatMap((n) => [n.note, ...n.tags])].filter(Boolean);
}

/** Search terms of a card (since v4): those of title, issuer, tags and notes. */
export function extraTerms(s: Pick<SnapshotRecord, 'title' | 'issuer' | 'tags'>, notes: NoteFields[]): string[] {
  return indexTerms('', extrasOf(s, notes));
}

/** Search terms of v2–v3 snapshots: title, issuer, tags and notes first (always kept), then the text. */
export function snapshotTerms(s: Pick<SnapshotRecord, 'text' | 'title' | 'issuer' | 'tags'>, notes: NoteFields[]): string[] {
  return indexTerms(s.text, extrasOf(s, notes));
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

/**
 * Rebuilds the cards of the snapshots a change touched: by text sha256 and by page URL. A card
 * that exists is patched (tags, notes, search terms: what notes and tags change), so a note
 * never costs decoding the snapshot; a missing one is built from the whole snapshot.
 * Call inside a 'rw' transaction over snapshots, texts, annotations and cards.
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
    const before = await db.cards.get(id);
    const card = before ? patchCard(before, s, notes) : cardOf(fromRows(s, await db.texts.get(id)), notes);
    if (JSON.stringify(card) !== JSON.stringify(before)) await db.cards.put(card);
  }
}

function patchCard(card: CardRecord, s: StoredSnapshot, notes: NoteFields[]): CardRecord {
  const tags = [...new Set([...s.tags, ...notes.flatMap((n) => n.tags)])];
  return { ...card, tags, notes: notes.filter(isNote).length, terms: extraTerms(s, notes) };
}
