/**
 * Admissions of shortcomings outside a problems section. A report admits its problems in a
 * recognisable shape: an opening sentence ("我们也清醒地看到，…还存在不少问题", "但与人民的期待
 * 仍有不小差距", "While recognizing our achievements, we are keenly aware…") followed by the
 * list of problems (一是…, ——…, 主要是：…), closed by the speaker's resolve ("我们一定要…",
 * "对这些问题…"), a lesson drawn, a paragraph that no longer speaks of a shortcoming, or the next
 * heading line. Each admission becomes a 'problems' zone from its opening sentence to its close.
 */
import { EN_ADMISSION_OPENERS, EN_ADMISSION_STOPS, EN_CONCESSIVE_LEAD, EN_CONTRAST_TURN, EN_REMEDY_CUES, EN_RESOLVE_CUES, EN_SHORTCOMING } from './rules/admissions-en';
import { EN_DONE_CUES, EN_FUTURE_TENSE_CUES } from './rules/roles-en';
import { EN_SPEECH_FRAMING } from './rules/en';
import { ZH_ADMISSION_OPENERS, ZH_ADMISSION_STOPS, ZH_DONE_CUES, ZH_FUTURE_TENSE_CUES, ZH_SHORTCOMING } from './rules/roles-zh';
import { firstMatch, type CueRule } from './rules/types';
import type { RoleZone } from './roles';
import type { RoleHint } from './section-roles';
import type { DocContext, Heading, Language } from './types';

interface AdmissionRules {
  openers: CueRule[];
  stops: CueRule[];
  /** Resolve or plans language: inside an admission, such a sentence promises rather than admits. */
  resolve: CueRule[];
  done: CueRule[];
  shortcoming: RegExp;
  listMark: RegExp;
  /**
   * English: each sentence of an admission names its own shortfall (a Chinese list item may be
   * a bare noun phrase, "国际贸易保护主义强化"), and a sentence that turns to action ends it.
   */
  ownPredicate?: { remedy: CueRule[]; future: CueRule[]; lead: RegExp; framing: CueRule[] };
}

/** Marks that continue a list of problems at a paragraph start, whatever the sentence says. */
const ZH_LIST_MARK = /^(——|—|[一二三四五六七八九十]{1,3}是|第[一二三四五六七八九十]{1,3}[，,、]|主要(是|有|表现|体现)|具体(表现|来看|而言)|从(国际|国内|外部|内部)(看|来看)|特别是|此外|另外|同时|\d{1,2}[.、]|[(（][一二三四五六七八九十\d]{1,3}[)）])/;
const EN_LIST_MARK = /^([•▪●–—-]|\(?[a-z0-9ivx]{1,4}[.)]|First|Second|Third|Fourth|Fifth|Finally|Moreover|In addition|Also|At the same time|Meanwhile)/i;

function rulesFor(language: Language): AdmissionRules {
  return language === 'zh'
    ? { openers: ZH_ADMISSION_OPENERS, stops: ZH_ADMISSION_STOPS, resolve: ZH_FUTURE_TENSE_CUES, done: ZH_DONE_CUES, shortcoming: ZH_SHORTCOMING, listMark: ZH_LIST_MARK }
    // English "will" also forecasts a problem ("costs will rise"): only the speaker's resolve promises.
    : { openers: EN_ADMISSION_OPENERS, stops: EN_ADMISSION_STOPS, resolve: EN_RESOLVE_CUES, done: EN_DONE_CUES, shortcoming: EN_SHORTCOMING, listMark: EN_LIST_MARK,
      ownPredicate: { remedy: EN_REMEDY_CUES, future: EN_FUTURE_TENSE_CUES, lead: EN_CONCESSIVE_LEAD, framing: EN_SPEECH_FRAMING } };
}

/** A heading line: where it begins and its marker family ("（一）", "1."). */
export interface LineHeading { start: number; family: string }

/** An admission being read: where it opened, and the family of the list it goes on through. */
interface OpenAdmission { start: number; rule: string; leadsList: boolean; listFamily: string | null }

/**
 * The admission zones of a document, in text order. An admission stops at a heading line,
 * except where it ends in a colon ("…还存在一些不足，主要是：") and numbered lines follow: it
 * goes on through the headings of that one family ("1.…" "2.…") — its list.
 */
export function findAdmissions(ctx: DocContext, lineHeadings: LineHeading[]): RoleZone[] {
  const rules = rulesFor(ctx.language);
  const zones: RoleZone[] = [];
  const paragraphStarts = new Set(ctx.lines.filter((l) => l.kind !== 'title').map((l) => l.start));
  let open: OpenAdmission | null = null;
  const close = (end: number) => {
    if (open && end > open.start) zones.push({ start: open.start, end, role: 'problems', rule: open.rule });
    open = null;
  };
  let next = 0;
  for (const s of ctx.sentences) {
    for (; next < lineHeadings.length && lineHeadings[next].start <= s.start; next++) {
      if (open && !continuesList(open, lineHeadings[next])) close(lineHeadings[next].start);
    }
    const text = ctx.text.slice(s.start, s.end);
    if (open && closes(text, paragraphStarts.has(s.start), rules)) close(s.start);
    if (!open) {
      const opener = openerOf(text, rules);
      if (opener) open = { start: s.start, rule: `admission:${opener.id}`, leadsList: false, listFamily: null };
    }
    if (open) open.leadsList = /[：:]\s*$/.test(text);
  }
  close(ctx.text.length);
  return zones;
}

/** A heading line goes on an admission that led into a list, or that is already in one of its family. */
function continuesList(open: OpenAdmission, heading: LineHeading): boolean {
  if (open.listFamily !== null) return open.listFamily === heading.family;
  if (!open.leadsList) return false;
  open.listFamily = heading.family;
  return true;
}

/**
 * A sentence closes an open admission when it states the speaker's resolve or a lesson, or
 * when it opens a paragraph that neither continues the list nor names a shortcoming. Inside a
 * paragraph the admission goes on (its progress or outlook sentences are filtered by `admits`).
 */
function closes(text: string, startsParagraph: boolean, rules: AdmissionRules): boolean {
  if (firstMatch(rules.stops, text)) return true;
  if (rules.ownPredicate && turnsToAction(mainClause(text, rules), rules)) return true;
  return startsParagraph && !rules.shortcoming.test(text) && !rules.listMark.test(text);
}

/**
 * A sentence inside an admission that admits something: it names a shortcoming, or it neither
 * reports work done nor speaks of the future ("国际贸易保护主义强化"). Progress ("一年来…取得了
 * 积极进展") and resolve ("…必须坚定不移地去实现") inside the passage are not problems.
 */
export function admits(text: string, language: Language): boolean {
  const rules = rulesFor(language);
  if (rules.ownPredicate) {
    const main = mainClause(text, rules);
    return !turnsToAction(main, rules) && namesShortfall(main, rules);
  }
  if (rules.shortcoming.test(text)) return true;
  return !firstMatch(rules.done, text) && !firstMatch(rules.resolve, text);
}

/** The rule that opens an admission at this sentence; in English, only where the main clause names a shortfall. */
function openerOf(text: string, rules: AdmissionRules): CueRule | undefined {
  if (!rules.ownPredicate) return firstMatch(rules.openers, text);
  const main = mainClause(text, rules);
  return turnsToAction(main, rules) ? undefined : firstMatch(rules.openers, main);
}

/** The sentence without a concessive lead ("Despite the challenges, our economy grew" says the economy grew). */
function mainClause(text: string, rules: AdmissionRules): string {
  return rules.ownPredicate ? text.replace(rules.ownPredicate.lead, '') : text;
}

function namesShortfall(text: string, rules: AdmissionRules): boolean {
  return rules.shortcoming.test(text) || !!firstMatch(rules.openers, text);
}

/** English: the speaker's resolve, help against the shortfall, or an action announced ("HDB will launch…"). */
function turnsToAction(text: string, rules: AdmissionRules): boolean {
  const own = rules.ownPredicate!;
  // The speech announcing what it will cover ("I want to tell you … where we fell short") admits nothing yet.
  if (firstMatch(rules.resolve, text) || firstMatch(own.remedy, text) || firstMatch(own.framing, text)) return true;
  return !!firstMatch(own.future, text) && !namesShortfall(text, rules);
}

/**
 * Where the admission in a sentence begins: at "but" when the sentence turns to it after a
 * clause that admits nothing ("Many prefer resale flats, but they are worried about prices").
 */
export function admissionStart(text: string, language: Language): number {
  if (language !== 'en') return 0;
  const turn = EN_CONTRAST_TURN.exec(text);
  if (!turn) return 0;
  const from = turn.index + turn[0].length;
  return !admits(text.slice(0, turn.index), language) && admits(text.slice(from), language) ? from : 0;
}

/** The items of an admission's list ("一是…" run in its paragraphs, "1.…" lines after its colon) are problems too. */
export function withAdmissionHints(headings: Heading[], hints: Map<string, RoleHint>, admissions: RoleZone[]): Map<string, RoleHint> {
  if (!admissions.length) return hints;
  const out = new Map(hints);
  let z = 0;
  for (const h of headings) {
    while (z < admissions.length && admissions[z].end <= h.start) z++;
    const zone = admissions[z];
    if (zone && zone.start <= h.start) out.set(h.id, { role: 'problems', id: zone.rule });
  }
  return out;
}
