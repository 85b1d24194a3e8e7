/**
 * English noun phrases around a figure, for its indicator (indicator-en.ts): the phrase that
 * ends right before it ("the net tax receipts are estimated at ₹…"), and the phrase that
 * starts right after it ("12 million new urban jobs", "$600 in CDC Vouchers").
 */

/** Longest indicator in words. */
export const MAX_WORDS = 8;
/** Words that end a noun phrase when walking away from the figure. */
export const STOP = new Set([
  'the', 'a', 'an', 'we', 'our', 'its', 'their', 'this', 'that', 'these', 'those', 'with', 'and', 'or',
  'in', 'for', 'of', 'to', 'by', 'on', 'at', 'as', 'from', 'than', 'into', 'over', 'under', 'is', 'was',
  'are', 'were', 'be', 'been', 'have', 'has', 'had', 'will', 'would', 'should', 'shall', 'can', 'could',
  'which', 'who', 'while', 'setting', 'set', 'some', 'about', 'around', 'each', 'per', 'it',
  'there', 'they', 'further', 'also', 'more', 'less', 'all', 'both', 'such', 'another', 'additional',
  'record', 'along', 'across', 'through', 'during', 'within', 'between', 'among', 'via', 'i', 'you', 'expect', 'expects', 'anticipate', 'budgeting', 'provide', 'provided', 'introduce', 'allocate', 'allocated',
]);
/** Verbs and prepositions between a measure and its figure ("stood at", "rose by", "is estimated at", "will cost"). */
const TRAIL = new RegExp('\\s+(?:' + [
  'of', 'at', 'by', 'to', 'is', 'was', 'were', 'are', 'be', 'been', 'reached', 'reach', 'stood', 'rose', 'fell',
  'grew', 'increased', 'decreased', 'dropped', 'declined', 'surpassed', 'exceeded', 'hit', 'totaled',
  'totalled', 'topped', 'amounted', 'remained', 'kept', 'maintained', 'set', 'projected', 'expected',
  'targeted', 'estimated', 'forecast', 'record', 'a', 'an', 'the', 'about', 'around', 'over', 'year',
  'this', 'for', 'in \\d{4}', 'up', 'down', 'new high of', 'high of', 'at least', 'raised', 'cut', 'lowered',
  'will', 'growing', 'rising', 'falling', 'increasing', 'decreasing', 'accounted', 'account', 'accounting',
  'cost', 'costs', 'total', 'amount', 'budgeted', 'close to', 'nearly',
  // "will increase to": a verb after will, never the noun "a CPI increase of".
  '(?:will|to) (?:increase|rise|fall|grow|decline|reach|cost|peak|stabili[sz]e|settle)',
].join('|') + ')$', 'i');
/** Prepositions kept inside a noun phrase when a content word stands before them (volume of trade, rate in China). */
const INNER = new Set(['of', 'in', 'per', 'under']);

/** The noun phrase at the end of `phrase` once linking verbs and prepositions are stripped. */
export function trailingNounPhrase(phrase: string): string {
  let s = ` ${phrase.trim()}`;
  for (let before = ''; before !== s;) { before = s; s = s.replace(TRAIL, ''); }
  const words = s.trim().split(/\s+/).filter(Boolean);
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0 && kept.length < MAX_WORDS; i--) {
    const w = words[i].toLowerCase();
    if (!/[a-z0-9]/.test(w)) break; // a lone "(" before "($3 trillion)" is no word
    const innerOk = kept.length > 0 && i > 0 && ((INNER.has(w) && !STOP.has(words[i - 1].toLowerCase()))
      // "total receipts other than borrowings"
      || (w === 'than' && words[i - 1].toLowerCase() === 'other'));
    if (STOP.has(w) && !innerOk) break;
    kept.unshift(words[i]);
  }
  return kept.join(' ');
}

/** The noun phrase right after a figure ("12 million new urban jobs were added" → "new urban jobs"). */
export function leadingNounPhrase(text: string, from: number): string {
  // "(CDC) Vouchers": an acronym in brackets is part of the name.
  const words = text.slice(from, from + 80).split(/[,;:.!?\n]/)[0].replace(/[()]/g, ' ').trim().split(/\s+/).filter(Boolean);
  while (words.length && /^(?:the|a|an)$/i.test(words[0])) words.shift();
  const kept: string[] = [];
  for (const w of words) {
    if (STOP.has(w.toLowerCase()) || kept.length >= MAX_WORDS || (kept.length > 0 && /ed$/.test(w))) break;
    kept.push(w);
  }
  return kept.join(' ');
}
