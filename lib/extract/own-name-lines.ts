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

const namesOf = new WeakMap<DocContext, string[]>();

/** The unit is a whole line whose words all stand in the title or in the name the covering notice issues. */
export function isOwnNameLine(ctx: DocContext, unit: Span, text: string): boolean {
  const bare = text.replace(EDGE_MARKS, '');
  if (!bare) return false;
  let names = namesOf.get(ctx);
  if (!names) namesOf.set(ctx, names = [ctx.title, coveringNoticeName(ctx.text.slice(0, NOTICE_OPENING))].filter((n): n is string => !!n));
  if (!names.some((n) => n.includes(bare))) return false;
  const line = lineOf(ctx.lines, unit.start);
  return !!line && ctx.text.slice(line.start, line.end).replace(EDGE_MARKS, '') === bare;
}
