/**
 * Where a report was read and on which day: what every export says of each report, so that a
 * reader can cite it and go back to it. A page has an address; a file read from disk has only
 * its name, which is said as a file name, never as an address (`file:///…` is no place anyone
 * else can open). The day is the snapshot's `savedAt` on the reader's calendar (dates.ts,
 * as the citation's "accessed"); the CLI reads files and has no clock, so it gives none.
 *
 * Example: a snapshot of `http://x.gov.cn/2023.html` saved at 2024-02-29T23:00Z, read by a
 * reader in Beijing → `{url: 'http://x.gov.cn/2023.html', file: null, accessed: '2024-03-01'}`;
 * a library file `file:///%E6%8A%A5%E5%91%8A.txt` → `{url: null, file: '报告.txt', accessed: …}`.
 */
import type { Extraction, Language } from '../extract/types';
import { calendarDay } from './dates';
import { labelsFor } from './labels';

export interface ReportSource {
  /** The page's address (http, https …); null when the report came from a file. */
  url: string | null;
  /** The file's name (or the path the CLI was given) when there is no address. */
  file: string | null;
  /** YYYY-MM-DD, the reader's calendar day the report was read or saved; null when unknown. */
  accessed: string | null;
}

/** A report whose source nobody gave: every export leaves its source out (or its cells empty). */
export const NO_SOURCE: ReportSource = Object.freeze({ url: null, file: null, accessed: null });

/** What a source is made of: a snapshot record, a bundle snapshot or an extraction's `source` fit. */
export interface SourceInput { url?: string | null; file?: string | null; savedAt?: string | null }

/** The name in a `file:` URL (the library names a local file `file:///<name>`), or null for another scheme. */
function fileNameOf(url: string): string | null {
  if (!/^file:/i.test(url)) return null;
  const path = url.replace(/^file:\/*/i, '');
  const name = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name) || null;
  } catch {
    return name || null; // a stray '%' is kept as written
  }
}

/** The source of a report: its address or its file name, and the day it was read at the reader's UTC offset. */
export function sourceOf(input: SourceInput, utcOffsetMinutes = 0): ReportSource {
  const url = input.url?.trim() || null;
  const fromUrl = url ? fileNameOf(url) : null;
  return {
    url: fromUrl === null ? url : null,
    file: fromUrl ?? (input.file?.trim() || null),
    accessed: input.savedAt ? calendarDay(input.savedAt, utcOffsetMinutes) : null,
  };
}

/** The source an extraction names itself (`--url`, else the file): no day, as the CLI has none. */
export function extractionSource(ex: Pick<Extraction, 'source'>): ReportSource {
  return sourceOf({ url: ex.source.url, file: ex.source.file });
}

/** CSV cells: the address (else the file name) and the day, '' for what is unknown. */
export function sourceCells(s: ReportSource): [string, string] {
  return [s.url ?? s.file ?? '', s.accessed ?? ''];
}

/** The CSV headers of those cells, in the report's language. */
export function sourceHeader(language: Language): [string, string] {
  const l = labelsFor(language);
  return [l.sourceUrl, l.accessed];
}

/**
 * The source as label–value pairs for a human-readable export: the address or the file,
 * then the day when known. Nothing at all when the source is unknown (never an empty "URL:").
 */
export function sourceFields(s: ReportSource, language: Language): [string, string][] {
  const l = labelsFor(language);
  const where: [string, string][] = s.url ? [[l.sourceUrl, s.url]] : s.file ? [[l.file, s.file]] : [];
  return s.accessed ? [...where, [l.accessed, s.accessed]] : where;
}

/** The two reports of a comparison: the one that made the commitments and the one they were checked against. */
export interface DiffSources { older: ReportSource; newer: ReportSource }

/** The sources of a ledger's reports, keyed by `LedgerReport.sha256`. */
export type LedgerSources = ReadonlyMap<string, ReportSource>;
