/**
 * The issuer of an English report. Reports name their body in a few places, tried in order:
 * "on behalf of the … Government" in the opening; the title, on either side of its separator
 * ("City of Lakeford: State of the City 2024", "Annual Report 2023–24 | Northshire County
 * Council") or leading it ("Lakeford City Council Annual Report 2023"); a cover line that is
 * the body alone; else the office of the one who speaks ("Minister for Finance"), and for a
 * bare office that speaks for one government (a mayor, a governor) the government the text
 * names ("the City of Lakeford").
 */
import { EN_GENRE_NOT_BODY, EN_GOVERNMENT_LINE, EN_OFFICE, EN_OFFICE_GOVERNMENTS, EN_REPORT_OF, EN_TITLE_TAIL } from './rules/meta-en';
import { EN_ISSUER_ON_BEHALF } from './rules/meta';
import { coverLines } from './meta-en';
import type { DocContext } from './types';

/** How much of the opening is read for "on behalf of" and for the government a bare office speaks for. */
const OPENING = 1200;
const NAMED_GOVERNMENT_WINDOW = 4000;
/** A title is read up to this length: a longer first line is prose, not a title. */
const MAX_TITLE = 200;
/** The separators a title's parts stand on either side of: a colon, a bar, a spaced dash. */
const TITLE_SEPARATOR = /\s*[:|]\s+|\s+[–—-]\s+/;

export function englishIssuer(ctx: DocContext): string | null {
  return (
    // An auditor's report names the audited department on its cover too: the auditor issues it.
    oversightOffice(ctx) ??
    EN_ISSUER_ON_BEHALF.exec(ctx.text.slice(0, OPENING))?.[1] ??
    bodyInTitle(ctx.title) ??
    bodyOnCover(ctx) ??
    speakerOffice(ctx)
  );
}

/** The oversight office a report's title or cover says it is from ("Report of the Comptroller and Auditor General"), or null. */
function oversightOffice(ctx: DocContext): string | null {
  for (const line of [ctx.title ?? '', ...coverLines(ctx)]) {
    const oversight = EN_REPORT_OF.exec(line.trim());
    if (oversight) return titleCased(oversight[1]);
  }
  return null;
}

/** True for a government or public body and nothing else ("State of the City" is a genre). */
function isBody(words: string): boolean {
  return EN_GOVERNMENT_LINE.test(words) && !EN_GENRE_NOT_BODY.test(words);
}

/** A part of the title that is a body, or the shortest body a part opens with before a year or genre word. */
function bodyInTitle(title: string | null): string | null {
  if (!title || title.length > MAX_TITLE) return null;
  const parts = titleCased(title.trim()).split(TITLE_SEPARATOR).map(withoutThe);
  return parts.find(isBody) ?? parts.map(leadingBody).find((b) => b !== null) ?? null;
}

function leadingBody(part: string): string | null {
  const words = part.split(/\s+/);
  for (let k = 1; k < words.length; k++) {
    const head = words.slice(0, k).join(' ');
    if (isBody(head) && EN_TITLE_TAIL.test(words.slice(k).join(' '))) return head;
  }
  return null;
}

function bodyOnCover(ctx: DocContext): string | null {
  const body = coverLines(ctx).map((l) => withoutThe(titleCased(l.trim()))).find(isBody);
  return body ?? null;
}

/** The speaker's office (the portfolio one when two are held), or the government a bare office speaks for. */
function speakerOffice(ctx: DocContext): string | null {
  for (const line of [...ctx.page.chrome, ...coverLines(ctx).map(titleCased)]) {
    const office = officeIn(line);
    if (office) return governmentOf(office, ctx) ?? office;
  }
  return null;
}

function officeIn(line: string): string | null {
  const offices = [...line.matchAll(EN_OFFICE)].map((m) => m[1].trim());
  if (offices.length === 0) return null;
  return offices.find((o) => /\b(for|of)\b/.test(o)) ?? offices[offices.length - 1];
}

/** The government of the kind a bare office speaks for that the text names most often. */
function governmentOf(office: string, ctx: DocContext): string | null {
  const rule = EN_OFFICE_GOVERNMENTS.find((r) => r.office.test(office));
  if (!rule) return null;
  const counts = new Map<string, number>();
  for (const m of ctx.text.slice(0, NAMED_GOVERNMENT_WINDOW).matchAll(rule.named)) {
    const name = m[0].replace(/^(\w+ of) the /, '$1 ');
    if (!EN_GENRE_NOT_BODY.test(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [name, n] of counts) if (best === null || n > counts.get(best)!) best = name;
  return best;
}

function withoutThe(words: string): string {
  return words.replace(/^The /, '');
}

/** "GOVERNMENT OF INDIA" → "Government of India": covers set the issuer in capitals. */
export function titleCased(line: string): string {
  if (/[a-z]/.test(line)) return line;
  return line.toLowerCase().replace(/\b([a-z])/g, (c) => c.toUpperCase()).replace(/\b(Of|For|And|The|In)\b/g, (w) => w.toLowerCase()).replace(/^./, (c) => c.toUpperCase());
}
