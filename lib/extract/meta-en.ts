/**
 * English metadata that Chinese reports do not have the shape of: the cover lines a printed
 * report opens with (meta-issuer-en.ts reads its issuer there), and the year a budget or address
 * plans for, written as a financial year ("Budget 2024-2025", "the Financial Year 1 April
 * 2024 to 31 March 2025", "FY2025").
 */
import { EN_FISCAL_YEAR, EN_SPEECH_GENRE } from './rules/meta-en';
import type { DocContext } from './types';

/** The cover is read in the text's first lines, up to the first paragraph. */
const COVER_LINES = 12;
const MAX_COVER_LINE = 80;
/** The fiscal year is looked for in the title, the cover and this much of the opening. */
const FISCAL_OPENING = 2000;

/** The short lines a text opens with: a printed report's cover, a letterhead. */
export function coverLines(ctx: DocContext): string[] {
  const out: string[] = [];
  for (const line of ctx.lines.slice(0, COVER_LINES)) {
    const text = ctx.text.slice(line.start, line.end);
    if (text.length > MAX_COVER_LINE) break;
    out.push(text);
  }
  return out;
}

/** True for a budget statement, a policy or State of the City address: a speech that plans the year it names. */
export function isSpeechGenre(ctx: DocContext): boolean {
  return EN_SPEECH_GENRE.test([ctx.title ?? '', ...coverLines(ctx)].join('\n'));
}

/**
 * The year a budget or address plans: its financial year, by the first year ("2024-25" → 2024),
 * else the year on the line that names the genre ("2031 State of the City Address"), or null.
 */
export function fiscalYear(ctx: DocContext): number | null {
  const cover = [ctx.title ?? '', ...coverLines(ctx)];
  const m = EN_FISCAL_YEAR.exec([...cover, ctx.text.slice(0, FISCAL_OPENING)].join('\n'));
  if (m) return Number(m.groups!.year ?? m.groups!.year2);
  const genreLine = cover.find((l) => EN_SPEECH_GENRE.test(l));
  const year = genreLine && /\b(?:19|20)\d\d\b/.exec(genreLine);
  return year ? Number(year[0]) : null;
}
