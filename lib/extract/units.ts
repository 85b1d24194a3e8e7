/**
 * Sentence units: the sentences of the text, further cut where a heading starts or a run-in
 * title ends, so that "…主要表现在:一是A;二是B。" gives the units "…主要表现在", "A", "B" and a
 * heading line's marker ("(一)", "一是") is never part of a unit. Commitments and problems
 * are chosen among these units.
 */
import { markerStart } from './headings';
import type { DocContext, Heading, Span } from './types';

export interface Unit extends Span {
  /** The heading whose title this unit is, if any. */
  heading: Heading | null;
}

/** Units shorter than this (after trimming) are debris: "下步", "等". */
const MIN_UNIT = 3;

export function sentenceUnits(ctx: DocContext, headings: Heading[]): Unit[] {
  const cuts = new Set<number>();
  // Marker spans by start (a Map, not a list scanned per unit: that was quadratic on big pages).
  const dropped = new Map<number, number>();
  const titleAt = new Map<number, Heading>();
  for (const h of headings) {
    const from = markerStart(ctx.text, h);
    cuts.add(from).add(h.start).add(h.end);
    if (h.marker) dropped.set(from, Math.max(dropped.get(from) ?? -1, h.start));
    titleAt.set(h.start, h);
  }
  const sortedCuts = [...cuts].sort((a, b) => a - b);
  const out: Unit[] = [];
  let c = 0;
  const titleLines = ctx.lines.filter((l) => l.kind === 'title');
  for (const s of ctx.sentences) {
    // The document title names the report; it is neither a commitment nor a problem.
    if (titleLines.some((l) => l.start <= s.start && s.end <= l.end)) continue;
    while (c < sortedCuts.length && sortedCuts[c] <= s.start) c++;
    let start = s.start;
    for (let k = c; k < sortedCuts.length && sortedCuts[k] < s.end; k++) {
      pushUnit(ctx.text, out, start, sortedCuts[k], dropped, titleAt);
      start = sortedCuts[k];
    }
    pushUnit(ctx.text, out, start, s.end, dropped, titleAt);
  }
  return out;
}

/** "…以下工作：下步" + "一是…": the opener word before a run-in marker belongs to neither. */
const TRAILING_OPENER = /[：:，,]?\s*(下一步|下步)$/;

/**
 * A list item's own mark is not part of its sentence: "• Prepare tools…", "1) To provide…", "(ii) …",
 * "– We will…", and a paragraph number ("4. We will launch…", see paragraph-numbers.ts).
 */
const LEADING_LIST_MARK = /^(?:[•▪●◦‣–—]{1,3}|\d{1,2}\)|[a-z]\)|\((?:[ivx]{1,4}|[a-z]|\d{1,2})\)|\d{1,3}\.(?= ))\s*/;

/** A list item's lead: lower case, a few words, a spaced dash, then a sentence. */
const LIST_ITEM_LEAD = /^[a-z][^.;:–—]*? [–—] (?=[A-Z])/;
const MAX_LEAD = 80;

function pushUnit(text: string, out: Unit[], start: number, end: number, dropped: Map<number, number>, titleAt: Map<number, Heading>): void {
  const opener = TRAILING_OPENER.exec(text.slice(Math.max(start, end - 6), end));
  if (opener) end -= opener[0].length;
  while (start < end && /[\s,，;；:：、]/.test(text[start])) start++;
  const marked = LEADING_LIST_MARK.exec(text.slice(start, Math.min(end, start + 8)))?.[0].length ?? 0;
  start += marked;
  // "(i) cut stamp duty – We will cut the duty…": a list item's lower-case lead labels the sentence after its dash.
  if (marked) start += LIST_ITEM_LEAD.exec(text.slice(start, Math.min(end, start + MAX_LEAD)))?.[0].length ?? 0;
  while (end > start && /[\s,，;；:：、]/.test(text[end - 1])) end--;
  if (end - start < MIN_UNIT || (dropped.get(start) ?? -1) >= end) return;
  if (!/[\p{L}\p{N}]/u.test(text.slice(start, end))) return;
  const heading = titleAt.get(start);
  out.push({ start, end, heading: heading && heading.end === end ? heading : null });
}
