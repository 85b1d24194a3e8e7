/**
 * English metadata that Chinese reports do not have the shape of: the issuing government or
 * office on a printed cover or a transcript's speaker line, and the year a budget or address
 * plans for, written as a financial year ("Budget 2024-2025", "the Financial Year 1 April
 * 2024 to 31 March 2025", "FY2025").
 */
import { EN_FISCAL_YEAR, EN_GOVERNMENT_LINE, EN_OFFICE, EN_REPORT_OF, EN_SPEECH_GENRE } from './rules/meta-en';
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

/** "GOVERNMENT OF INDIA" → "Government of India": covers set the issuer in capitals. */
function titleCased(line: string): string {
  if (/[a-z]/.test(line)) return line;
  return line.toLowerCase().replace(/\b([a-z])/g, (c) => c.toUpperCase()).replace(/\b(Of|For|And|The|In)\b/g, (w) => w.toLowerCase()).replace(/^./, (c) => c.toUpperCase());
}

/**
 * The issuer a cover or a transcript names: a government or body standing alone on a cover
 * line ("GOVERNMENT OF INDIA", "City of Maple Valley"), else the office of the one who
 * speaks ("The Deputy Prime Minister and Minister for Finance (Mr …)" → Minister for Finance).
 */
export function englishIssuer(ctx: DocContext): string | null {
  for (const line of coverLines(ctx)) {
    const cased = titleCased(line.trim());
    if (EN_GOVERNMENT_LINE.test(cased)) return cased.replace(/^The /, '');
  }
  const speakers = [...ctx.page.chrome, ...coverLines(ctx).map(titleCased)];
  for (const line of speakers) {
    const office = officeIn(line);
    if (office) return office;
  }
  return null;
}

/** The oversight office a report's title or cover says it is from ("Report of the Comptroller and Auditor General"), or null. */
export function oversightIssuer(ctx: DocContext): string | null {
  for (const line of [ctx.title ?? '', ...coverLines(ctx)]) {
    const oversight = EN_REPORT_OF.exec(line.trim());
    if (oversight) return titleCased(oversight[1]);
  }
  return null;
}

/** The office named in a speaker or byline, the portfolio one when two are held ("Prime Minister and Minister for Finance"). */
function officeIn(line: string): string | null {
  const offices = [...line.matchAll(EN_OFFICE)].map((m) => m[1].trim());
  if (offices.length === 0) return null;
  return offices.find((o) => /\b(for|of)\b/.test(o)) ?? offices[offices.length - 1];
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
