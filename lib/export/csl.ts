/**
 * CSL-JSON citations of saved reports, the format Zotero (and Mendeley, pandoc, Juris-M)
 * import: type `report`, the issuing body as publisher (Zotero's "Institution"), the date it
 * was issued and the day it was saved as accessed.
 *
 * Example: a snapshot of 灌南县's 2022 annual report published 2023-03-15 and saved
 * 2024-03-01 → `{id: 'promise-ledger-<sha>', type: 'report', title: '灌南县2022年度…报告',
 * publisher: '灌南县', genre: '年度报告', issued: {'date-parts': [[2023, 3, 15]]},
 * accessed: {'date-parts': [[2024, 3, 1]]}, URL: 'http://…', language: 'zh-CN'}`.
 */
import type { Extraction } from '../extract/types';
import { labelsFor } from './labels';
import type { BundleSnapshot } from './types';

/** A CSL date: year, year–month or year–month–day, as integers (CSL-JSON schema 1.0). */
export type DateParts = [number] | [number, number] | [number, number, number];
export interface CslDate { 'date-parts': [DateParts] }

export interface CslItem {
  id: string;
  type: 'report';
  title: string;
  publisher?: string;
  genre?: string;
  issued?: CslDate;
  accessed?: CslDate;
  URL?: string;
  language: 'zh-CN' | 'en';
}

/** What a citation needs from a snapshot (a stored record or a bundle snapshot fits). */
export type CitableSnapshot = Pick<BundleSnapshot, 'sha256' | 'url' | 'title' | 'savedAt' | 'issuer'> & {
  extraction: Pick<Extraction, 'language' | 'meta'> & { source: Pick<Extraction['source'], 'title'> };
};

export interface CslOptions {
  /**
   * The reader's offset from UTC in minutes (east positive: 480 for Beijing), so "accessed" is
   * the reader's calendar day. The caller passes `-new Date().getTimezoneOffset()`; default UTC.
   */
  utcOffsetMinutes?: number;
}

/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' → date parts; null when it is not a real calendar date. */
export function datePartsOf(date: string): DateParts | null {
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(date.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null];
  if (month === null) return [year];
  if (month < 1 || month > 12) return null;
  if (day === null) return [year, month];
  // Date.UTC rolls 2023-02-30 over to March; a real date survives the round trip.
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? [year, month, day] : null;
}

/** Issued: the stated publication date, else the year reviewed, else the year planned. */
export function issuedOf(meta: Extraction['meta']): CslDate | undefined {
  const parts = (meta.publishedAt ? datePartsOf(meta.publishedAt) : null)
    ?? (meta.coversYear !== null ? [meta.coversYear] as DateParts : null)
    ?? (meta.planYear !== null ? [meta.planYear] as DateParts : null);
  return parts ? { 'date-parts': [parts] } : undefined;
}

/** Accessed: the calendar day of `savedAt` (an ISO time) at the reader's UTC offset. */
export function accessedOf(savedAt: string, utcOffsetMinutes = 0): CslDate | undefined {
  const ms = Date.parse(savedAt);
  if (Number.isNaN(ms)) return undefined;
  const local = new Date(ms + utcOffsetMinutes * 60_000);
  return { 'date-parts': [[local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate()]] };
}

/** Stable across exports and libraries: the same saved text always gets the same id. */
export const cslId = (sha256: string) => `promise-ledger-${sha256.slice(0, 16)}`;

export function toCslItem(s: CitableSnapshot, opts: CslOptions = {}): CslItem {
  const { language, meta } = s.extraction;
  const l = labelsFor(language);
  const publisher = s.issuer ?? meta.issuer;
  const issued = issuedOf(meta);
  const accessed = accessedOf(s.savedAt, opts.utcOffsetMinutes);
  return {
    id: cslId(s.sha256),
    type: 'report',
    title: s.title ?? s.extraction.source.title ?? l.untitled,
    ...(publisher ? { publisher } : {}),
    ...(meta.docType !== 'other' ? { genre: l.docTypes[meta.docType] } : {}),
    ...(issued ? { issued } : {}),
    ...(accessed ? { accessed } : {}),
    ...(s.url ? { URL: s.url } : {}),
    language: language === 'zh' ? 'zh-CN' : 'en',
  };
}

/** The file: a JSON array of items (what Zotero's "Import from Clipboard/File" reads). */
export function cslJson(snapshots: CitableSnapshot[], opts: CslOptions = {}): string {
  return `${JSON.stringify(snapshots.map((s) => toCslItem(s, opts)), null, 2)}\n`;
}
