/**
 * The data of `bench:library --real`, made in Node: extracts the corpus texts it is handed
 * once, then makes bundles of varied real-size snapshots (bench-library-vary.ts) with a note
 * on every 50th snapshot, for the page to import (bench-library-real-seed.ts). It keeps what
 * the searches need to be checked: for each bench query, the true number of snapshots whose
 * text or notes contain it, counted by brute force over everything it made.
 */
import { createHash } from 'node:crypto';
import { extractText } from '../lib/extract/index';
import { fold } from '../lib/search/index';
import { describeRange } from '../lib/anchor/index';
import { BUNDLE_SCHEMA, type Bundle, type BundleAnnotation, type BundleSnapshot } from '../lib/export/types';
import { renamed, vary, type Base } from './bench-library-vary';

const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const htmlOf = (text: string) => text.split('\n').map((l) => `<p>${escape(l)}</p>`).join('');

/** A word no corpus text has (the bench checks: its true count comes from the notes alone). */
export const NOTE_WORD = '核账备忘';
const NOTE_EVERY = 50;

let bases: Base[] = [];
let made = 0;
const seen = new Set<string>();
const queries: string[] = [];
const truth = new Map<string, number>();

/**
 * Extracts the corpus texts once and sets the queries whose true counts are kept; `rare` in
 * `qs` stands for the rare word: the renamed issuer of one variant (variant 3 of the first
 * Chinese base with an issuer in its text), which exists once.
 */
export function setup(texts: string[], qs: string[]): { bases: number; chars: number; queries: string[] } {
  bases = texts.map((text, i) => extractText(text, { sha256: String(i), url: `http://127.0.0.1/real/${i}` }))
    .map((extraction) => ({ text: extraction.text, extraction }));
  const b = bases.find((x) => (x.extraction.meta.issuer ?? '').length > 3 && /\p{sc=Han}/u.test(x.extraction.meta.issuer!) && x.text.includes(x.extraction.meta.issuer!));
  const rare = b ? renamed(b.extraction.meta.issuer!, 3).slice(0, 4) : 'zzqx';
  queries.splice(0, queries.length, ...qs.map((q) => (q === 'rare' ? rare : q)));
  for (const q of queries) truth.set(q, 0);
  return { bases: bases.length, chars: bases.reduce((n, x) => n + x.text.length, 0), queries };
}

function note(s: BundleSnapshot, i: number): BundleAnnotation {
  const at = Math.min(200, s.text.length - 20);
  return {
    url: s.url, snapshotSha: s.sha256, selectors: describeRange(s.text, at, at + 12), kind: 'note',
    note: `第${i}份：${NOTE_WORD}，与上年台账对照。`, tags: [], commitmentId: null, status: null,
    createdAt: s.savedAt, updatedAt: s.savedAt,
  };
}

function count(s: BundleSnapshot, notes: string): void {
  const hay = fold(s.text);
  const inNotes = fold(notes);
  for (const q of queries) {
    const f = fold(q);
    if (hay.includes(f) || inNotes.includes(f)) truth.set(q, truth.get(q)! + 1);
  }
}

/** The next `n` variants as one bundle (without notes when `notes` is false: pages saved alone have none). */
export function nextBundle(n: number, notes = true): { bundle: Bundle; chars: number; duplicates: number } {
  const snapshots: BundleSnapshot[] = [];
  const annotations: BundleAnnotation[] = [];
  let duplicates = 0;
  for (; snapshots.length < n; made++) {
    const base = made % bases.length;
    const v = vary(bases[base], Math.floor(made / bases.length), base);
    const html = htmlOf(v.text);
    const sha = sha256Hex(v.text);
    if (seen.has(sha)) { duplicates++; continue; }
    seen.add(sha);
    v.extraction.source = { ...v.extraction.source, sha256: sha256Hex(html), url: v.url };
    const s: BundleSnapshot = {
      sha256: sha, url: v.url, title: v.extraction.source.title, savedAt: v.savedAt, extractorVersion: v.extraction.extractorVersion,
      extraction: v.extraction, html, text: v.text, issuer: v.extraction.meta.issuer, docType: v.extraction.meta.docType,
      coversYear: v.extraction.meta.coversYear, tags: [],
    };
    const mine = notes && made % NOTE_EVERY === 7 ? [note(s, made)] : [];
    annotations.push(...mine);
    count(s, mine.map((a) => a.note).join('\n'));
    snapshots.push(s);
  }
  const bundle: Bundle = { schema: BUNDLE_SCHEMA, exportedAt: '2026-01-01T00:00:00.000Z', appVersion: 'bench', snapshots, annotations, diffs: [], overrides: [] };
  return { bundle, chars: snapshots.reduce((c, s) => c + s.text.length, 0), duplicates };
}

export const trueCounts = (): Record<string, number> => Object.fromEntries(truth);
