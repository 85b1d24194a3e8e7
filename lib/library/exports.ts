/**
 * Export files from what the library holds, assembled from lib/export's builders: which
 * builder, with which inputs, under which name. Pure: the caller reads the database
 * (lib/store selectionData) and hands the one `download()` the result.
 */
import { pairReports } from '../diff/pair';
import type { Diff } from '../diff/types';
import { exportBundle } from '../export/bundle';
import { cslJson } from '../export/csl';
import { commitmentsCsv, numbersCsv, type CommitmentsCsvInput } from '../export/csv';
import { renderDiffHtml } from '../export/diff-html';
import { renderDiffMarkdown } from '../export/diff-markdown';
import { exportFileName, type ExportKind } from '../export/download-name';
import { diffKey } from '../export/import-plan';
import { renderMarkdown } from '../export/markdown';
import { sourceOf, type DiffSources, type ReportSource } from '../export/source';
import type { Override } from '../export/types';
import { webAnnotationJson } from '../export/web-annotation';
import { withPageSelectors } from '../anchor/page-quote';
import type { Extraction, Language } from '../extract/types';
import type { AnnotationRecord, SnapshotRecord } from '../store/schema';
import type { CompareExportKind, SelectionExportKind } from './export-kinds';

export interface ExportFile { name: string; ext: string; content: string }

export interface ExportContext {
  now: Date;
  appVersion: string;
  /** The reader's offset from UTC in minutes (CSL "accessed" is their calendar day). */
  utcOffsetMinutes: number;
  /** Language of file names (the UI's). */
  language: Language;
  /** Computes a diff that is not stored yet (lib/diff). */
  diffOf: (older: Extraction, newer: Extraction) => Diff;
  /**
   * Parses a snapshot's saved HTML (DOMParser in the pages): with it, exported annotations
   * quote the page's own characters (lib/anchor/page-quote.ts); without it, the normalized text.
   */
  parseHtml?: (html: string) => Document;
}

/** What the library exports from: snapshots with their notes, overrides and diffs (lib/store SelectionData fits). */
export interface ExportData {
  snapshots: SnapshotRecord[];
  notesBySha: Map<string, AnnotationRecord[]>;
  annotations: AnnotationRecord[];
  overrides: Override[];
  diffs: Diff[];
}

export { SELECTION_EXPORTS, COMPARE_EXPORTS, type SelectionExportKind, type CompareExportKind } from './export-kinds';
const EXT: Record<SelectionExportKind, string> = { bundle: 'json', commitments: 'csv', numbers: 'csv', annotations: 'jsonld', citations: 'json', report: 'md' };

/** The issuer and year shared by all the snapshots, for the file name (left out when they differ). */
function nameParts(snapshots: Pick<SnapshotRecord, 'issuer' | 'coversYear'>[]): { issuer: string | null; year: number | null } {
  const one = <T>(values: T[]) => (values.length && values.every((v) => v === values[0]) ? values[0] : null);
  return { issuer: one(snapshots.map((s) => s.issuer)), year: one(snapshots.map((s) => s.coversYear)) };
}

function file(ctx: ExportContext, kind: ExportKind, ext: string, parts: { issuer: string | null; year: number | null }, content: string): ExportFile {
  return { name: exportFileName({ language: ctx.language, kind, ext, ...parts }), ext, content };
}

/** Where and when a snapshot was read: its page (or file) and the reader's calendar day it was saved. */
export function snapshotSource(s: Pick<SnapshotRecord, 'url' | 'savedAt'>, ctx: Pick<ExportContext, 'utcOffsetMinutes'>): ReportSource {
  return sourceOf(s, ctx.utcOffsetMinutes);
}

/** Each snapshot with its diff against the next report among them (stored, else computed), for the CSV. */
export function csvReports(data: ExportData, ctx: ExportContext): CommitmentsCsvInput[] {
  const stored = new Map(data.diffs.map((d) => [diffKey(d), d]));
  const snaps = data.snapshots;
  const next = new Map<number, number>();
  for (const p of pairReports(snaps.map((s) => s.extraction))) if (!next.has(p.older)) next.set(p.older, p.newer);
  return snaps.map((s, i) => {
    const n = next.get(i);
    const newer = n === undefined ? null : snaps[n];
    const key = newer && diffKey({ older: s.extraction.source, newer: newer.extraction.source } as Diff);
    const diff = newer ? stored.get(key!) ?? ctx.diffOf(s.extraction, newer.extraction) : null;
    const overrides = newer ? data.overrides.filter((o) => o.olderSha256 === s.sha256 && o.newerSha256 === newer.sha256) : [];
    return {
      extraction: s.extraction, source: snapshotSource(s, ctx), diff, overrides, annotations: data.notesBySha.get(s.sha256) ?? [],
      ...(newer ? { newerSource: snapshotSource(newer, ctx) } : {}),
    };
  });
}

/**
 * The annotations with quotes in their saved page's own text, when the context can parse HTML,
 * each dated with the day its page was saved (the Web Annotation's TimeState).
 */
function inSavedPages(data: ExportData, ctx: ExportContext): (AnnotationRecord & { sourceDate: string | null })[] {
  const pageOf = (a: AnnotationRecord) => data.snapshots.find((x) => x.sha256 === a.snapshotSha) ?? data.snapshots.find((x) => x.url === a.url);
  const dated = (list: AnnotationRecord[]) => list.map((a) => ({ ...a, sourceDate: pageOf(a)?.savedAt ?? null }));
  const parse = ctx.parseHtml;
  if (!parse) return dated(data.annotations);
  const roots = new Map<SnapshotRecord, Node>();
  const rootOf = (a: AnnotationRecord) => {
    const s = pageOf(a);
    if (!s?.html) return null;
    if (!roots.has(s)) roots.set(s, parse(s.html).body);
    return roots.get(s)!;
  };
  return dated(withPageSelectors(data.annotations, rootOf));
}

/** One export of the selected snapshots. */
export function selectionExport(kind: SelectionExportKind, data: ExportData, ctx: ExportContext): ExportFile {
  const parts = nameParts(data.snapshots);
  const ext = EXT[kind];
  switch (kind) {
    case 'bundle':
      return file(ctx, 'bundle', ext, parts, exportBundle(data, { now: ctx.now, appVersion: ctx.appVersion }));
    case 'commitments':
      return file(ctx, 'commitments', ext, parts, commitmentsCsv(csvReports(data, ctx)));
    case 'numbers':
      return file(ctx, 'numbers', ext, parts, numbersCsv(data.snapshots.map((s) => ({ extraction: s.extraction, source: snapshotSource(s, ctx) }))));
    case 'annotations':
      return file(ctx, 'annotations', ext, parts, webAnnotationJson(inSavedPages(data, ctx)));
    case 'citations':
      return file(ctx, 'citations', ext, parts, cslJson(data.snapshots, { utcOffsetMinutes: ctx.utcOffsetMinutes }));
    case 'report':
      return file(ctx, 'report', ext, parts, data.snapshots.map((s) => renderMarkdown(s.extraction, {
        source: snapshotSource(s, ctx), notes: data.notesBySha.get(s.sha256) ?? [], utcOffsetMinutes: ctx.utcOffsetMinutes,
      })).join('\n---\n\n'));
  }
}

/** One export of a comparison: the diff as Markdown or HTML, the older report's commitments, or a bundle of the pair. */
export function compareExport(kind: CompareExportKind, data: ExportData & { diff: Diff }, ctx: ExportContext): ExportFile {
  const { older, newer } = comparedSnapshots(data);
  const parts = { issuer: older?.issuer ?? null, year: older?.coversYear ?? null };
  const language = older?.extraction.language ?? ctx.language;
  const sources = (older && newer ? { older: snapshotSource(older, ctx), newer: snapshotSource(newer, ctx) } : undefined) satisfies DiffSources | undefined;
  switch (kind) {
    case 'diff': return file(ctx, 'diff', 'md', parts, renderDiffMarkdown(data.diff, language, sources));
    case 'diff-html': return file(ctx, 'diff', 'html', parts, renderDiffHtml(data.diff, language, sources));
    case 'commitments': {
      const overrides = data.overrides.filter((o) => o.olderSha256 === older.sha256);
      return file(ctx, 'commitments', 'csv', parts, commitmentsCsv([{
        extraction: older.extraction, source: sources?.older, newerSource: sources?.newer, diff: data.diff, overrides, annotations: data.notesBySha.get(older.sha256) ?? [],
      }]));
    }
    case 'bundle': {
      const diffs = data.diffs.some((d) => diffKey(d) === diffKey(data.diff)) ? data.diffs : [...data.diffs, data.diff];
      return file(ctx, 'bundle', 'json', parts, exportBundle({ ...data, diffs }, { now: ctx.now, appVersion: ctx.appVersion }));
    }
  }
}

/** The compared snapshots, found by the sources the diff names (in the given order when it names none of them). */
function comparedSnapshots(data: ExportData & { diff: Diff }): { older: SnapshotRecord; newer: SnapshotRecord | undefined } {
  const bySource = (sha: string) => data.snapshots.find((s) => s.extraction.source.sha256 === sha);
  const older = bySource(data.diff.older.sha256) ?? data.snapshots[0];
  return { older, newer: bySource(data.diff.newer.sha256) ?? data.snapshots.find((s) => s !== older) };
}
