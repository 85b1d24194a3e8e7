/**
 * The reader's notes in the report's Markdown export: a Notes section after the problems, the
 * notes on the report as a whole first (page notes), then the notes on passages in the order
 * of the text, each with its quote, its text and the day it was written (and edited). Only
 * what a reader wrote counts (lib/store isNote): a watched commitment or a status set by hand
 * is a mark on a commitment, which the commitments CSV carries.
 *
 * Example (zh): `## 笔记 (2)\n\n1. **整篇报告**\n\n   全文比上年少了问题部分\n\n   _创建于 2024-03-02 · 编辑于 2024-03-04_\n\n2. > 县级行政执法监督平台\n\n   跟踪平台建设\n\n   _创建于 2024-03-01_`
 */
import type { Selectors } from '../anchor/index';
import type { Language } from '../extract/types';
import { isNote } from '../store/note-kind';
import type { AnnotationRecord } from '../store/schema';
import { calendarDay } from './dates';
import { inline } from './markdown-inline';

/** A note as the Markdown reads it: a stored or bundled annotation fits; a page note has no selectors. */
export type MarkdownNote = Pick<AnnotationRecord, 'kind' | 'note' | 'createdAt'> & {
  selectors?: Selectors | null;
  /** Equal to createdAt until the note is edited; may be missing in older records. */
  updatedAt?: string | null;
};

/** The side panel's words for the same things (its Notes tab), so a note reads alike in both. */
const WORDS: Record<Language, { notes: string; wholeReport: string; created: string; edited: string }> = {
  zh: { notes: '笔记', wholeReport: '整篇报告', created: '创建于', edited: '编辑于' },
  en: { notes: 'Notes', wholeReport: 'On the whole report', created: 'created', edited: 'edited' },
};

/** Page notes first, then passages in text order; the earlier written first among equals. */
function byPlace(a: MarkdownNote, b: MarkdownNote): number {
  const at = (n: MarkdownNote) => n.selectors?.position.start ?? -1;
  return at(a) - at(b) || a.createdAt.localeCompare(b.createdAt);
}

/** The note's lines as Markdown, kept as lines (a hard break between them), each escaped. */
function noteLines(text: string): string {
  return text.split('\n').map((line) => line.trim()).filter(Boolean).map(inline).join('\\\n   ');
}

/** "创建于 2024-03-02 · 编辑于 2024-03-04": the days on the reader's calendar; edited only when it was. */
function dates(n: MarkdownNote, language: Language, utcOffsetMinutes: number): string {
  const w = WORDS[language];
  const created = calendarDay(n.createdAt, utcOffsetMinutes);
  const edited = n.updatedAt && n.updatedAt !== n.createdAt ? calendarDay(n.updatedAt, utcOffsetMinutes) : null;
  return [created && `${w.created} ${created}`, edited && `${w.edited} ${edited}`].filter(Boolean).join(' · ');
}

/** The Notes section, or null when the reader wrote none. */
export function notesSection(all: MarkdownNote[], language: Language, utcOffsetMinutes = 0): string | null {
  const notes = all.filter((n) => isNote(n)).sort(byPlace);
  if (notes.length === 0) return null;
  const w = WORDS[language];
  const items = notes.map((n, i) => {
    const quote = n.selectors?.quote.exact.trim();
    const head = quote ? `> ${inline(quote)}` : `**${w.wholeReport}**`;
    const body = noteLines(n.note);
    const when = dates(n, language, utcOffsetMinutes);
    return [`${i + 1}. ${head}`, ...(body ? [`   ${body}`] : []), ...(when ? [`   _${when}_`] : [])].join('\n\n');
  });
  return `## ${w.notes} (${notes.length})\n\n${items.join('\n\n')}`;
}
