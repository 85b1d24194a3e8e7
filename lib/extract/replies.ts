/**
 * How a reply to a deputy's suggestion or a member's proposal (建议/提案答复) promises.
 *
 * It closes with words
 * addressed to the deputy: thanks, keeping in touch, listening, "doing the related work well".
 * They promise nothing anyone could check, though they say 将. A concrete step in the same
 * place ("下一步，我们将于2025年6月底前完成18家农贸市场改造") stays a commitment: courtesy is
 * decided by position (the reply's last paragraphs), by the absence of any deadline or figure,
 * and clause by clause (rules/reply-zh.ts): one clause that names other work keeps the sentence.
 */
import { closingBlockAt, isDoneWork, type Cues } from './cues';
import { lineOf } from './line-of';
import { replySignedYear } from './meta-years';
import { ZH_REPLY_CLAUSE_OPENER, ZH_REPLY_COURTESY, ZH_REPLY_FRAMING, ZH_REPLY_THIS_YEAR } from './rules/reply-zh';
import { firstMatch, matchesAny } from './rules/types';
import type { DocContext, Span } from './types';

/** Courtesy stands in the last paragraphs before the signature; this many are read as the reply's tail. */
const TAIL_PARAGRAPHS = 3;
/** Where clauses part; 、 joins items of one clause ("意见、建议") and stays. */
const CLAUSE_BREAK = /[，,；;：:！!。？?]/;
const DIGIT = /[0-9０-９]/;

const tails = new WeakMap<DocContext, number>();

/** The unit (of a Chinese reply) is courtesy to the deputy, not a commitment. */
export function isReplyCourtesy(ctx: DocContext, unit: Span, text: string, cues: Cues): boolean {
  if (unit.start < tailStart(ctx, cues) || DIGIT.test(text) || matchesAny(cues.deadlines, text)) return false;
  return text.split(CLAUSE_BREAK).every(isCourtesyClause);
}

/** A clause that is empty once its opener is gone, framing, or courtesy. */
function isCourtesyClause(clause: string): boolean {
  const rest = clause.trim().replace(ZH_REPLY_CLAUSE_OPENER, '');
  return rest === '' || matchesAny(ZH_REPLY_FRAMING, rest) || matchesAny(ZH_REPLY_COURTESY, rest);
}

/** Where the reply's tail starts: TAIL_PARAGRAPHS non-blank lines back from the closing block, found once a document. */
function tailStart(ctx: DocContext, cues: Cues): number {
  let start = tails.get(ctx);
  if (start !== undefined) return start;
  const { lines } = ctx;
  const closing = closingBlockAt(ctx, cues);
  const last = closing >= ctx.text.length ? lines[lines.length - 1] : lineOf(lines, closing - 1);
  let i = last ? lines.indexOf(last) : -1;
  start = ctx.text.length;
  for (let seen = 0; i >= 0 && seen < TAIL_PARAGRAPHS; i--) {
    if (ctx.text.slice(lines[i].start, lines[i].end).trim() === '') continue;
    start = lines[i].start;
    seen++;
  }
  tails.set(ctx, start);
  return start;
}

/**
 * A reply is written in its own year (the year it is signed in, else the one it covers): a
 * sentence opening with that year (or 今年) that plans a figure ("2025年，继续实施老旧小区改造85个")
 * is a commitment without 将.
 */
export function replyThisYearRule(ctx: DocContext, text: string, coversYear: number | null): string | null {
  const rule = DIGIT.test(text) ? firstMatch(ZH_REPLY_THIS_YEAR, text) : undefined;
  if (!rule || isDoneWork(text, 'zh')) return null;
  const year = rule.pattern.exec(text)?.[1];
  return !year || Number(year) === (signedYears(ctx) ?? coversYear) ? rule.id : null;
}

const signed = new WeakMap<DocContext, number | null>();

/** The reply's signed year, read once a document. */
function signedYears(ctx: DocContext): number | null {
  if (!signed.has(ctx)) signed.set(ctx, replySignedYear(ctx));
  return signed.get(ctx) ?? null;
}
