/**
 * The issuer, read from the whole document: the title, the 发文机关 field, the signature, the
 * speaker's government (我代表…人民政府, with the place the text names when it says only
 * 县人民政府), the place the opening names, the 来源 line, the page's meta tags.
 */
import { DOC_FRAMING_RULES, ZH_ISSUER_AT_START } from './rules/meta';
import { BARE_GOVERNMENT, CONGRESS_AFTER_PLACE, NOT_A_PLACE, ORGAN_AFTER_PLACE, TITLE_NAMES_ACTION, ZH_ISSUER_RULES, ZH_PLACE_IN_TEXT } from './rules/issuer';
import { englishIssuer } from './meta-issuer-en';
import { withoutQuotedNames } from './quoted-names';
import type { DocContext, DocType } from './types';

const rule = (id: string): RegExp => ZH_ISSUER_RULES.find((r) => r.id === id)!.pattern;
const FIELD = rule('issuer-field');
const SIGNATURE = rule('issuer-signature');
const TITLE_BRACKET = rule('issuer-title-bracket');
const ON_BEHALF = rule('issuer-on-behalf');
const REPORTING = rule('issuer-reporting');
const OPENING_SUBJECT = rule('issuer-opening-subject');
const SOURCE = rule('issuer-source');
/** A plan's covering notice or purpose line (印发给你们, 通知如下, 制定本…). */
const COVERING_NOTICE = DOC_FRAMING_RULES.find((r) => r.id === 'framing-plan-notice')!.pattern;

/** How much of the opening is read for a speech's 我代表…, and how many lines for fields. */
const OPENING = 1200;
const HEADER_LINES = 8;
/** The signature stands among the last lines (此件公开发布, 抄送 and a printing line may follow it). */
const SIGNATURE_LINES = 8;
/** A title that opens with 对/关于对 names the congress a reply answers, not the replying body. */
const ADDRESSED_TITLE = /^(?:关于)?对/;

export function findIssuer(ctx: DocContext, docType: DocType): string | null {
  if (ctx.language === 'en') return englishIssuer(ctx);
  const self = selfNamedGovernment(ctx);
  // A speech to a congress names its government (我代表东江市人民政府); its title line may carry a
  // masthead or the speaker's name first (南湾特区报…, 李明市长在青川市…).
  if (docType === 'work-report' && self && !BARE_GOVERNMENT.test(self)) return self;
  const fromTitle = issuerInTitle(ctx.title);
  if (fromTitle) return self && self.startsWith(fromTitle) ? self : fromTitle;
  const meta = ctx.page.metaTags;
  // A reply's body names the places it was asked about; its issuer is the office that replies.
  const place = () => (docType === 'proposal-reply' ? null : placeTheTextNames(ctx));
  return firstCapture(FIELD, [...ctx.page.chrome, ...headerLines(ctx)]) ?? signature(ctx) ?? coveringSignature(ctx) ?? self
    ?? letterhead(ctx) ?? place() ?? firstCapture(SOURCE, ctx.page.chrome) ?? meta.contentsource ?? meta.sitename ?? null;
}

/** A title's issuer: the place or body it opens with, or a replying office in brackets at its end. */
function issuerInTitle(title: string | null): string | null {
  if (!title) return null;
  const own = withoutQuotedNames(title).replace(/^(19|20)\d\d年度?/, '');
  const bracket = TITLE_BRACKET.exec(own)?.[1];
  if (bracket) return bracket;
  if (ADDRESSED_TITLE.test(own) || TITLE_NAMES_ACTION.test(own)) return null;
  const rest = own.replace(/^关于/, '');
  const m = ZH_ISSUER_AT_START.exec(rest);
  // "关于兴庆区人大…第16号建议的答复": the place is the congress's; the signature names the office.
  return m && !CONGRESS_AFTER_PLACE.test(rest.slice(m[0].length)) ? m[0] : null;
}

/**
 * The government that names itself: the speaker's (我代表…, 受…委托), the one a report's
 * framing sentence names (现将县人民政府…报告如下), the opening's subject (2022年，县政府…).
 * "县人民政府" or "县政府" alone is the county the text names, with its government.
 */
function selfNamedGovernment(ctx: DocContext): string | null {
  const opening = ctx.text.slice(0, OPENING);
  const said = ON_BEHALF.exec(opening) ?? REPORTING.exec(opening);
  const firstParagraph = headerLines(ctx).find((l) => l.length > 20) ?? '';
  const named = said ? said[1] ?? said[2] : OPENING_SUBJECT.exec(firstParagraph)?.[1] ?? null;
  const bare = named ? BARE_GOVERNMENT.exec(named) : null;
  if (!named || !bare) return named;
  const unit = bare[1];
  const inTitle = issuerInTitle(ctx.title);
  if (inTitle && inTitle.endsWith(unit)) return `${inTitle}人民政府`;
  const place = mostNamedPlace(ctx.text, (p) => p.endsWith(unit));
  return place ? `${place}人民政府` : named;
}

/** The signing body among the last lines (a line of its own, or with the date after it). */
function signature(ctx: DocContext): string | null {
  const tail = ctx.lines.slice(-SIGNATURE_LINES).reverse().map((l) => ctx.text.slice(l.start, l.end).trim());
  return firstCapture(SIGNATURE, tail);
}

/** How many lines after a covering notice its signature may stand (the date may come first). */
const COVERING_SIGNATURE_LINES = 2;

/** The body that signs a covering notice set above the plan it issues ("…现印发给你们…" then the office). */
function coveringSignature(ctx: DocContext): string | null {
  const lines = headerLines(ctx);
  const notice = lines.findIndex((l) => COVERING_NOTICE.test(l));
  return notice < 0 ? null : firstCapture(SIGNATURE, lines.slice(notice + 1, notice + 1 + COVERING_SIGNATURE_LINES).map((l) => l.trim()));
}

/** A first line that is only a body's name: a letterhead above the text. */
function letterhead(ctx: DocContext): string | null {
  const first = ctx.lines.find((l) => l.kind !== 'title');
  const line = first ? ctx.text.slice(first.start, first.end).trim() : '';
  const m = ZH_ISSUER_AT_START.exec(line);
  return m && m[0] === line ? line : null;
}

/** The place the opening paragraph names (with its organ: 东湖市司法局), else the one named most often. */
function placeTheTextNames(ctx: DocContext): string | null {
  const opening = headerLines(ctx).find((l) => l.length > 20) ?? '';
  for (const m of opening.matchAll(ZH_PLACE_IN_TEXT)) {
    if (NOT_A_PLACE.test(m[1])) continue;
    const organ = ORGAN_AFTER_PLACE.exec(opening.slice(m.index! + m[0].length))?.[0] ?? '';
    return m[1] + organ;
  }
  return mostNamedPlace(ctx.text, () => true, 2);
}

/** How much of the text is read for the places it names: the issuer names itself early and often. */
const PLACE_SAMPLE = 20_000;

/**
 * The place named most often in the text among those `accept` takes (at least `min` times).
 * Names inside 《》 count only when the text names none outside them: a county that names
 * itself only in its own documents' names (《柳溪县人民政府常务会会前学法制度》) is still named.
 */
function mostNamedPlace(text: string, accept: (place: string) => boolean, min = 1): string | null {
  const sample = text.slice(0, PLACE_SAMPLE);
  return mostFrequentPlace(withoutQuotedNames(sample), accept, min) ?? (sample.includes('《') ? mostFrequentPlace(sample, accept, min) : null);
}

function mostFrequentPlace(text: string, accept: (place: string) => boolean, min: number): string | null {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(ZH_PLACE_IN_TEXT)) {
    if (!NOT_A_PLACE.test(m[1]) && accept(m[1])) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [place, n] of counts) if (n >= min && (best === null || n > counts.get(best)!)) best = place;
  return best;
}

/** The text's first lines (the title line excluded). */
function headerLines(ctx: DocContext): string[] {
  return ctx.lines.filter((l) => l.kind !== 'title').slice(0, HEADER_LINES).map((l) => ctx.text.slice(l.start, l.end));
}

function firstCapture(pattern: RegExp, lines: string[]): string | null {
  for (const line of lines) {
    const m = pattern.exec(line);
    if (m?.[1]) return m[1];
  }
  return null;
}
