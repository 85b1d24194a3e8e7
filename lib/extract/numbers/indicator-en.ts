/**
 * English indicators. A plain count names what it counts after the figure ("12.44 million
 * urban jobs"); an amount names it after "in"/"for" ("$600 in CDC Vouchers", "₹11 lakh crore
 * for capital expenditure"); otherwise the measure stands before the figure ("GDP growth of
 * around 5 percent", "the net tax receipts are estimated at…", "the support will cost…"). A
 * share of GDP measures the subject of its clause ("the fiscal deficit is 4.9 per cent of
 * GDP" → "fiscal deficit as a share of GDP"), a relative clause its antecedent ("a Package,
 * which will provide $1.3 billion"), and "A and B … X and Y respectively" pairs in order. A
 * year the figure is set for follows it ("below 4.5 per cent next year", "by 2030").
 */
import { leadingNounPhrase, trailingNounPhrase } from './noun-phrase-en';
import { MEASURE_NOUNS } from './anaphora-en';
import type { Candidate } from './types';

/** A clause ends at these characters, or at a period followed by a space. */
const BREAK = /[,;:!?\n—]/;
/** "an increase of 5.2 percent" after a figure: the change borrows that figure's subject. */
const CHANGE_OF = /\b(?:an?|the)\s+(increase|growth|rise|decline|drop|decrease)\s+of\s*$/i;
/** "of GDP" after a percentage: the denominator, not the measure. */
const SHARE_OF_GDP = /^\s+of\s+(?:the\s+|our\s+)?(?:GDP|GSDP|GNI|gross (?:state )?domestic product)\b/i;
/** Nouns after an amount that say only that it is money ("$1.3 billion in support"). */
const GENERIC_AFTER = /^(?:support|benefits?|cash|payouts?|funding|assistance|total|savings|revenue|grants?)$/i;
/** The year a target is set for, right after the figure. */
const SET_FOR = /^\s*(?:of\s+(?:the\s+|our\s+)?(?:GDP|GSDP|GNI)\s*)?(next year|by (?:the end of )?(?:19|20)\d\d)\b/i;
/** A figure joined to the one before it ("… $0.8 billion, or 0.1% of GDP", "8.9 and 7.7 percent"). */
const JOINED = /^\s*(?:,\s*(?:or|and)?|and|or)?\s*(?:by\s+)?$/i;

/** The text of the clause before `at`, at most `reach` characters back and not before `floor`. */
function clauseBefore(text: string, at: number, floor: number, reach = 100): { text: string; start: number } {
  const from = Math.max(floor, at - reach);
  for (let i = at - 1; i >= from; i--) {
    if (BREAK.test(text[i]) || (text[i] === '.' && /\s/.test(text[i + 1] ?? ''))) return { text: text.slice(i + 1, at), start: i + 1 };
  }
  return { text: text.slice(from, at), start: from };
}

/** The English indicator of `c`, or null. */
export function englishIndicator(text: string, c: Candidate, prev: Candidate | undefined, prevIndicator: string | null): string | null {
  const own = ownIndicator(text, c, prev, prevIndicator);
  const setFor = SET_FOR.exec(text.slice(c.end, c.end + 40));
  return own && setFor ? `${own} ${setFor[1]}` : own;
}

function ownIndicator(text: string, c: Candidate, prev: Candidate | undefined, prevIndicator: string | null): string | null {
  if (c.kind === 'count' && c.unit === null) {
    const after = leadingNounPhrase(text, c.end);
    if (after) return after;
  }
  const joined = !!prev && prevIndicator !== null && JOINED.test(text.slice(prev.end, c.start));
  if (SHARE_OF_GDP.test(text.slice(c.end, c.end + 40))) {
    const subject = joined ? prevIndicator : trailingNounPhrase(clauseBefore(text, c.start, prev?.end ?? 0).text);
    return subject ? `${subject.replace(/ as a share of GDP$/, '')} as a share of GDP` : 'share of GDP';
  }
  // "over 60 percent of global electric vehicle output", "$600 in CDC Vouchers", "₹… crore for capital expenditure"
  const after = /^\s+(of|in|for)\s+/.exec(text.slice(c.end, c.end + 6));
  if (after && (c.kind === 'money' || (after[1] === 'of' && c.kind === 'percent'))) {
    const phrase = leadingNounPhrase(text, c.end + after[0].length);
    if (phrase && !GENERIC_AFTER.test(phrase) && !/^\d/.test(phrase)) return phrase;
  }
  const served = beneficiariesOf(text, c, prev);
  if (served) return served;
  const respective = respectiveSubject(text, c);
  if (respective) return respective;
  const clause = clauseBefore(text, c.start, prev?.end ?? 0);
  const antecedent = /^\s*(?:which|that)\b/i.test(clause.text) && text[clause.start - 1] === ',' ? trailingNounPhrase(clauseBefore(text, clause.start - 1, 0).text) : '';
  const subject = antecedent || trailingNounPhrase(clause.text);
  // "rose by 8.9 percent and 7.7 percent respectively": the second figure shares the first's measure.
  if (!subject && joined) return prevIndicator;
  const change = CHANGE_OF.exec(clause.text);
  if (change && prevIndicator && prev && !/[.;]/.test(text.slice(prev.end, c.start))) {
    return `${prevIndicator} ${change[1].toLowerCase()}`;
  }
  return subject || null;
}

/** A verb group that sets several figures at once: "… are estimated at ₹A and ₹B respectively". */
const SETTING_VERB = /\b(?:are|were|is|was|will be)\s+(?:estimated|budgeted|projected|expected|set|fixed|placed|pegged|kept)\s+(?:at|to be)\s/gi;

/** "A and B are estimated at X and Y respectively": the subject paired with this figure by its place. */
function respectiveSubject(text: string, c: Candidate): string | null {
  const sentenceEnd = text.slice(c.end, c.end + 120).search(/\.(?:\s|$)/);
  const rest = text.slice(c.end, c.end + (sentenceEnd < 0 ? 120 : sentenceEnd));
  if (!/\brespectively\b/i.test(rest)) return null;
  const clause = clauseBefore(text, c.start, 0, 240);
  let verb: RegExpExecArray | null = null;
  SETTING_VERB.lastIndex = 0;
  for (let m = SETTING_VERB.exec(clause.text); m; m = SETTING_VERB.exec(clause.text)) verb = m;
  if (!verb) return null;
  // The figures before this one in the list are joined by "and" or commas.
  const place = (clause.text.slice(verb.index + verb[0].length).match(/,|\band\b/g) ?? []).length;
  const subjects = clause.text.slice(0, verb.index).split(/,\s*(?:and\s+)?|\s+and\s+/).map((s) => trailingNounPhrase(s)).filter(Boolean);
  return subjects.length > 1 && place < subjects.length ? subjects[place] : null;
}

/** "The scheme is expected to benefit 210 lakh youth": a verb of serving before a count of people. */
const SERVE_VERB = /\b(?:benefit|help|reach|cover|assist|serve)s?\s+(?:up to |about |around |over |nearly |some |another |more than )?$/i;
/** The verb group between a subject and its verb of serving ("is expected to", "will also"). */
const VERB_GROUP = /\s+(?:is|are|was|were|expected|likely|estimated|projected|set|to|will|would|could|can|also|further)$/i;

/** The people a measure serves are its beneficiaries: "beneficiaries of the scheme" (anaphora-en.ts names "the scheme"). */
function beneficiariesOf(text: string, c: Candidate, prev: Candidate | undefined): string | null {
  if (c.kind !== 'count') return null;
  const clause = clauseBefore(text, c.start, prev?.end ?? 0).text;
  const verb = SERVE_VERB.exec(clause);
  if (!verb) return null;
  let subject = clause.slice(0, verb.index).trimEnd();
  for (let before = ''; before !== subject;) { before = subject; subject = subject.replace(VERB_GROUP, ''); }
  const noun = trailingNounPhrase(subject);
  if (!noun) return null;
  return `beneficiaries of ${MEASURE_NOUNS.test(noun) ? `the ${noun.toLowerCase()}` : noun}`;
}
