/**
 * The extractor: page blocks → Extraction (shared/CONTRACT.md). Pure and deterministic:
 * same input, same output. Callers hand in text or a parsed Document and the input's sha256.
 */
import { detect } from '../detect';
import { assembleDocument } from './document';
import { findHeadings, markerStart } from './headings';
import { findNumbers } from './numbers';
import { withNamedMeasure } from './numbers/anaphora-en';
import { readTableFigures } from './table-figures';
import { findCommitments } from './commitments';
import { findProblems } from './problems';
import { classifyDocType, defaultRoleFor, findMeta } from './meta';
import { sentenceUnits } from './units';
import { buildSectionIndex } from './sections';
import { assignSectionRoles } from './section-roles';
import { findAdmissions, withAdmissionHints } from './admissions';
import { readHtmlPage, readTextPage } from './traditional-page';
import { foldedContext, unfoldExtraction } from './traditional';
import {
  EXTRACTION_SCHEMA, EXTRACTOR_VERSION,
  type DocContext, type Detection, type Extraction, type Language, type NumberMention, type PageInput, type Span,
} from './types';

export interface ExtractOptions {
  /** sha256 (hex) of the input bytes; the caller computes it (node:crypto or SubtleCrypto). */
  sha256: string;
  file?: string;
  url?: string;
  /** Force a language instead of guessing it from the text. */
  language?: Language | 'auto';
}

/** Extracts from a page already read into blocks. */
export function extractPage(page: PageInput, opts: ExtractOptions): Extraction {
  const original = assembleDocument(page, opts.language === 'auto' ? undefined : opts.language);
  // A report in traditional script is read through its simplified fold, and shown as written.
  const folded = foldedContext(original);
  if (!folded) return extractContext(original, opts);
  return unfoldExtraction(extractContext(folded, opts), original, folded);
}

/** Detection alone, read as extractPage reads it (a traditional page through its fold). */
export function detectPage(page: PageInput, url?: string): Detection {
  const original = assembleDocument(page);
  const ctx = foldedContext(original) ?? original;
  return detect({ url: url ?? page.url, title: ctx.title, metaTags: ctx.page.metaTags, text: ctx.text });
}

/** Runs every stage over an assembled document. */
function extractContext(ctx: DocContext, opts: ExtractOptions): Extraction {
  const page = ctx.page;
  const detection = detect({
    url: opts.url ?? page.url,
    title: ctx.title,
    metaTags: page.metaTags,
    text: ctx.text,
  });
  const docType = classifyDocType(ctx);
  const defaultRole = defaultRoleFor(docType);
  const { headings, zones, hints, lineHeadings } = findHeadings(ctx);
  const admissions = findAdmissions(ctx, lineHeadings);
  assignSectionRoles(ctx, headings, withAdmissionHints(headings, hints, admissions), docType);
  // Admissions first: a problems passage inside a plans zone is problems.
  const sections = buildSectionIndex(headings, defaultRole, [...admissions, ...zones]);
  // Section numbers ("1.1 Road maintenance") are outline, not figures.
  const markers = headings.filter((h) => h.marker).map((h) => ({ start: markerStart(ctx.text, h), end: h.start }));
  const numbers: NumberMention[] = readTableFigures(ctx, outsideSpans(findNumbers(ctx.text, ctx.language), markers)).map((n, i) => ({
    ...n,
    id: `n${i + 1}`,
    headingId: sections.headingAt(n.start)?.id ?? null,
    // "beneficiaries of the scheme" under the heading "Scheme A: First Timers" names that scheme.
    ...(ctx.language === 'en' ? { indicator: withNamedMeasure(n.indicator, sections.headingAt(n.start)?.title) } : {}),
  }));
  const units = sentenceUnits(ctx, headings);
  // Meta first: the year the report reviews dates the deadlines outside its plans.
  const meta = findMeta(ctx, docType, headings);
  const commitments = findCommitments(ctx, units, sections, numbers, meta);
  const problems = findProblems(ctx, units, sections);
  return {
    schema: EXTRACTION_SCHEMA,
    source: {
      ...(opts.file !== undefined ? { file: opts.file } : {}),
      ...((opts.url ?? page.url) ? { url: opts.url ?? page.url } : {}),
      title: ctx.title,
      sha256: opts.sha256,
    },
    language: ctx.language,
    text: ctx.text,
    meta,
    detection,
    headings,
    numbers,
    commitments,
    problems,
    extractorVersion: EXTRACTOR_VERSION,
  };
}

/**
 * The figures that do not start inside any of `spans`. One pass over both lists (figures
 * come in text order): checking every span for every figure was quadratic, minutes on a
 * 10 MB page with 45k headings and 115k figures.
 */
function outsideSpans<T extends { start: number }>(figures: T[], spans: Span[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let i = 0;
  return figures.filter((n) => {
    while (i < sorted.length && sorted[i].end <= n.start) i++;
    return !(i < sorted.length && sorted[i].start <= n.start);
  });
}

/** Extracts from plain text. */
export function extractText(text: string, opts: ExtractOptions): Extraction {
  return extractPage(readTextPage(text, opts.url), opts);
}

/** Extracts from a parsed HTML document (linkedom in Node, DOMParser in the browser). */
export function extractDocument(doc: Document, opts: ExtractOptions): Extraction {
  return extractPage(readHtmlPage(doc, opts.url), opts);
}

export type { Extraction } from './types';
