/**
 * A document's own name set in its body: the title repeated, or a plan's name on a line or two
 * below the covering notice that issues it ("2021年冠县政务公开工作要点", or "全面推进…规范化"
 * over "工作实施方案"). Each such line is part of a name, never a statement of action.
 */
import { coveringNoticeName } from './quoted-names';
import { lineOf } from './line-of';
import type { DocContext, Span } from './types';

/** How much of the opening is read for a covering notice's quoted name. */
const NOTICE_OPENING = 600;
const EDGE_MARKS = /^[\s《〈]+|[\s》〉。:：]+$/g;

/** Marks around a name line ("《…》", a colon after it) that the names themselves may lack. */
const EDGE_ALLOWANCE = 4;

interface Names { names: string[]; longest: number }
const namesOf = new WeakMap<DocContext, Names>();

/** The unit is a whole line whose words all stand in the title or in the name the covering notice issues. */
export function isOwnNameLine(ctx: DocContext, unit: Span, text: string): boolean {
  let known = namesOf.get(ctx);
  if (!known) namesOf.set(ctx, known = namesIn(ctx));
  // Most sentences are longer than any name: one comparison and they are out (the English path included).
  if (text.length > known.longest + EDGE_ALLOWANCE) return false;
  const bare = text.replace(EDGE_MARKS, '');
  if (!bare || !known.names.some((n) => n.includes(bare))) return false;
  const line = lineOf(ctx.lines, unit.start);
  return !!line && ctx.text.slice(line.start, line.end).replace(EDGE_MARKS, '') === bare;
}

function namesIn(ctx: DocContext): Names {
  const names = [ctx.title, coveringNoticeName(ctx.text.slice(0, NOTICE_OPENING))].filter((n): n is string => !!n);
  return { names, longest: Math.max(0, ...names.map((n) => n.length)) };
}
