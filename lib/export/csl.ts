/**
 * CSL-JSON citations of saved reports, the format Zotero (and Mendeley, pandoc, Juris-M)
 * import: type `report`, the issuing body as author (an institution: `{literal}`, never split
 * into family and given names) and as publisher (Zotero's "Institution"), the document number
 * (发文字号) as `number` (Zotero's "Report Number") when the report prints one, the date it was
 * issued and the day it was saved as accessed. Field names are the CSL-JSON schema's
 * (citation-style-language/schema, csl-data.json); test/export/csl.test.ts checks them.
 *
 * Example: a snapshot of 灌南县's 2022 annual report published 2023-03-15 and saved
 * 2024-03-01 → `{id: 'promise-ledger-<sha>', type: 'report', title: '灌南县2022年度…报告',
 * author: [{literal: '灌南县'}], publisher: '灌南县', number: '灌政报〔2023〕5号', genre: '年度报告', issued: {'date-parts': [[2023, 3, 15]]},
 * accessed: {'date-parts': [[2024, 3, 1]]}, URL: 'http://…', language: 'zh-CN'}`.
 */
import type { Extraction } from '../extract/types';
import { accessedOf, datePartsOf, type CslDate, type DateParts } from './dates';
import { labelsFor } from './labels';
import { sourceOf } from './source';
import type { BundleSnapshot } from './types';

export { accessedOf, datePartsOf, type CslDate, type DateParts } from './dates';

export interface CslItem {
  id: string;
  type: 'report';
  title: string;
  /** The issuing body, as one literal name (a government is not a person). */
  author?: { literal: string }[];
  publisher?: string;
  /** The document number (发文字号) as printed. */
  number?: string;
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

/** Issued: the stated publication date, else the year reviewed, else the year planned. */
export function issuedOf(meta: Extraction['meta']): CslDate | undefined {
  const parts = (meta.publishedAt ? datePartsOf(meta.publishedAt) : null)
    ?? (meta.coversYear !== null ? [meta.coversYear] as DateParts : null)
    ?? (meta.planYear !== null ? [meta.planYear] as DateParts : null);
  return parts ? { 'date-parts': [parts] } : undefined;
}

/** Stable across exports and libraries: the same saved text always gets the same id. */
export const cslId = (sha256: string) => `promise-ledger-${sha256.slice(0, 16)}`;

export function toCslItem(s: CitableSnapshot, opts: CslOptions = {}): CslItem {
  const { language, meta } = s.extraction;
  const l = labelsFor(language);
  const publisher = s.issuer ?? meta.issuer;
  const issued = issuedOf(meta);
  const accessed = accessedOf(s.savedAt, opts.utcOffsetMinutes);
  // A file added from disk has a file:/// address nobody else can open: no URL is cited for it.
  const { url } = sourceOf(s);
  return {
    id: cslId(s.sha256),
    type: 'report',
    title: s.title ?? s.extraction.source.title ?? l.untitled,
    ...(publisher ? { author: [{ literal: publisher }], publisher } : {}),
    ...(meta.docNumber ? { number: meta.docNumber } : {}),
    ...(meta.docType !== 'other' ? { genre: l.docTypes[meta.docType] } : {}),
    ...(issued ? { issued } : {}),
    ...(accessed ? { accessed } : {}),
    ...(url ? { URL: url } : {}),
    language: language === 'zh' ? 'zh-CN' : 'en',
  };
}

/** The file: a JSON array of items (what Zotero's "Import from Clipboard/File" reads). */
export function cslJson(snapshots: CitableSnapshot[], opts: CslOptions = {}): string {
  return `${JSON.stringify(snapshots.map((s) => toCslItem(s, opts)), null, 2)}\n`;
}
