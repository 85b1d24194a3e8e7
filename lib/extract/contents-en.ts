/**
 * A printed report's table of contents, read as its outline. A budget speech or a plan set in
 * a PDF opens with a cover and a contents page; read line by line, every entry ("Introduction
 * 1", "(ii) Employment & Skilling") looked like a heading, while the contents also say which
 * lines of the body are the sections and how they nest. Entries here are only keys to find
 * those lines: the contents page itself never yields a heading.
 */
import type { DocContext } from './types';

export interface ContentsEntry {
  /** Letters and digits of the entry's title, lower-cased, marker and page number taken off. */
  key: string;
  /** 0 a part ("PART – B"), 1 an entry, 2 a marked entry under one ("A. Investing in People", "(i) …"). */
  level: 0 | 1 | 2;
}

export interface Contents {
  /** The contents page: from its "Contents" line to its last entry. */
  start: number;
  end: number;
  entries: ContentsEntry[];
}

const CONTENTS_LINE = /^(?:Table of )?Contents$/i;
/** Column labels of a contents page, not entries. */
const COLUMN_LABEL = /^(?:Page(?: No\.?)?|Paragraphs?|Para(?:s|\.)?|Sl\.? No\.?)$/i;
/** A page number or paragraph range closing an entry: "Introduction 1", "Outlook 16 – 25", "Risks ....... 12". */
const PAGE_REF = /(?:\s*\.{2,})?\s+\d{1,3}(?:\s*[–-]\s*\d{1,3})?$/;
const PART = /^Part\b/i;
/** An entry's own marker: (i), (a), A., 1.1, a), ii. */
const ENTRY_MARKER = /^(?:\((?:[ivx]{1,4}|[a-z]|\d{1,2})\)|(?:[ivx]{1,4}|[a-z]|\d{1,2})\)|[A-Z]\.|\d{1,2}\.\d{1,2}\.?|[ivx]{1,4}\.)\s+/i;
/** Contents are looked for in the first lines, and read for at most this many lines. */
const SEARCH_LINES = 80;
const MAX_ENTRIES = 120;
const MIN_PAGE_REFS = 3;
/** A line longer than this is body text, not an entry. */
const MAX_ENTRY = 100;
/** A wrapped entry's first line ends on a word that needs the next ("Economic Prospects for 2019 and"). */
const NEEDS_MORE = /\b(?:and|or|of|the|for|to|in|on|with)$|[,&–-]$/i;

/** Letters and digits only, lower-cased: how entries and body lines are compared. */
export function contentsKey(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The title of an entry or a body line without its list marker. */
export function withoutEntryMarker(s: string): string {
  return s.replace(ENTRY_MARKER, '');
}

/** The contents page near the start of the text, or null when there is none. */
export function readContents(ctx: DocContext): Contents | null {
  const lines = ctx.lines.slice(0, SEARCH_LINES);
  const at = lines.findIndex((l) => CONTENTS_LINE.test(ctx.text.slice(l.start, l.end)));
  if (at < 0) return null;
  const texts = ctx.lines.slice(at + 1, at + 1 + MAX_ENTRIES).map((l) => ctx.text.slice(l.start, l.end));
  // The page runs to its last entry with a page number, before any sentence of the body.
  let last = -1;
  let refs = 0;
  for (let i = 0; i < texts.length; i++) {
    if (COLUMN_LABEL.test(texts[i])) continue;
    if ((/[.!?]$/.test(texts[i]) && !PAGE_REF.test(texts[i])) || texts[i].length > MAX_ENTRY) break;
    if (PAGE_REF.test(texts[i])) {
      last = i;
      refs++;
    }
  }
  if (refs < MIN_PAGE_REFS) return null;
  const entries = entriesOf(texts.slice(0, last + 1));
  return { start: ctx.lines[at].start, end: ctx.lines[at + 1 + last].end, entries };
}

function entriesOf(texts: string[]): ContentsEntry[] {
  const out: ContentsEntry[] = [];
  const hasUnmarked = texts.some((t) => !ENTRY_MARKER.test(t) && !PART.test(t));
  for (let i = 0; i < texts.length; i++) {
    let text = texts[i];
    if (COLUMN_LABEL.test(text)) continue;
    // "Economic Prospects for 2019 and" / "Medium-term Outlook 16 – 25": one entry on two lines.
    while (NEEDS_MORE.test(text) && i + 1 < texts.length) text = `${text} ${texts[++i]}`;
    const title = text.replace(PAGE_REF, '');
    const key = contentsKey(withoutEntryMarker(title));
    if (!key) continue;
    const level = PART.test(title) ? 0 : ENTRY_MARKER.test(title) && hasUnmarked ? 2 : 1;
    out.push({ key, level });
  }
  return out;
}
