/**
 * The items of a measures list are commitments: a promise that ends in a colon ("…the credit
 * guarantee cover will be enhanced:") goes on in the items below it ("a) For Micro and Small
 * Enterprises, from ₹ 5 crore to 10 crore;" "b) For Startups…"), which carry no verb of their
 * own. The list runs while its lines open with a list mark; the first other line closes it.
 */
import { lineOf } from './line-of';
import type { DocContext, Line } from './types';
import type { Unit } from './units';

/** A list item's mark at the start of its line: a), (a), (iv), 1), •, –. */
const ITEM_MARK = /^\s*(?:[a-z]\)|\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)|\d{1,2}\)|[•▪●◦‣–—-])\s/;
/** A colon closes the promise's unit (units are trimmed of it). */
const ENDS_WITH_COLON = /^\s*:\s*$/;

/** Reads units in order: `next(unit, isCommitment)` says whether the unit is an item of a measures list just opened. */
export function measureListReader(ctx: DocContext): (unit: Unit, isCommitment: boolean) => boolean {
  let open = false; // a promise ending in a colon was just read, or its items are being read
  let itemLine: Line | null = null;
  return (unit, isCommitment) => {
    const line = lineOf(ctx.lines, unit.start);
    const onItemLine = itemLine !== null && line === itemLine;
    const opensItem = !!line && unit.start - line.start <= ITEM_PREFIX && ITEM_MARK.test(ctx.text.slice(line.start, unit.start + 1));
    const isItem = open && (onItemLine || opensItem);
    if (isItem && opensItem) itemLine = line;
    if (!isItem) {
      open = false;
      itemLine = null;
    }
    if (isCommitment && ENDS_WITH_COLON.test(ctx.text.slice(unit.end, line ? line.end : unit.end + 1))) open = true;
    return isItem;
  };
}

/** How far into its line an item's text starts (the mark and its space). */
const ITEM_PREFIX = 8;

