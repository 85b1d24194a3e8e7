/**
 * The reader's text view as data: the snapshot text cut into lines (headings and paragraphs)
 * and each line into segments by the highlights covering them (commitments, problems, notes,
 * the passage the reader was sent to). Components render segments as text nodes inside
 * <mark>s: page text never becomes markup.
 */
import type { Extraction, Heading } from '../extract/types';

export type MarkKind = 'heading' | 'commitment' | 'problem' | 'note' | 'focus';
export interface Mark { kind: MarkKind; id: string; start: number; end: number }

export interface Segment { text: string; start: number; end: number; kinds: MarkKind[]; ids: string[] }
export interface Block {
  kind: 'heading' | 'para';
  /** Heading depth (1–5) for heading lines. */
  depth: number;
  start: number;
  end: number;
  segments: Segment[];
}

/** The heading that a line is, if the line holds nothing but its marker and title. */
function headingOfLine(line: string, start: number, end: number, headings: Heading[]): Heading | undefined {
  return headings.find((h) => h.start >= start && h.end <= end
    && line.slice(0, h.start - start).trim().length <= h.marker.length + 1
    && line.slice(h.end - start).replace(/[。．.：:\s]/g, '') === '');
}

/** Cuts one line at every mark boundary inside it. */
function segmentsOf(text: string, start: number, end: number, marks: Mark[]): Segment[] {
  const inside = marks.filter((m) => m.start < end && m.end > start);
  const cuts = new Set([start, end]);
  for (const m of inside) { cuts.add(Math.max(start, m.start)); cuts.add(Math.min(end, m.end)); }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const over = inside.filter((m) => m.start <= a && m.end >= b);
    out.push({ text: text.slice(a, b), start: a, end: b, kinds: [...new Set(over.map((m) => m.kind))], ids: over.map((m) => m.id) });
  }
  return out;
}

/** Lines of `text` as heading or paragraph blocks, with their highlighted segments. Empty lines are left out. */
export function readerBlocks(text: string, headings: Heading[], marks: Mark[]): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    if (line.trim()) {
      const h = headingOfLine(line, start, end, headings);
      // A run-in heading (一是…) inside a paragraph is marked, so its title reads as one.
      const inline = h ? [] : headings.filter((x) => x.start >= start && x.end <= end)
        .map((x): Mark => ({ kind: 'heading', id: x.id, start: x.start, end: x.end }));
      blocks.push({ kind: h ? 'heading' : 'para', depth: h?.depth ?? 0, start, end, segments: segmentsOf(text, start, end, [...inline, ...marks]) });
    }
    start = end + 1;
  }
  return blocks;
}

/** Marks for an extraction's commitments and problems, plus notes and a focused passage. */
export function readerMarks(x: Pick<Extraction, 'commitments' | 'problems'>, notes: { id: number; start: number; end: number }[], focus: { start: number; end: number } | null): Mark[] {
  return [
    ...x.commitments.map((c) => ({ kind: 'commitment' as const, id: c.id, start: c.start, end: c.end })),
    ...x.problems.map((p) => ({ kind: 'problem' as const, id: p.id, start: p.start, end: p.end })),
    ...notes.map((n) => ({ kind: 'note' as const, id: `a${n.id}`, start: n.start, end: n.end })),
    ...(focus ? [{ kind: 'focus' as const, id: 'focus', start: focus.start, end: focus.end }] : []),
  ];
}
