/**
 * Which dollar a bare "$" means: a Singapore budget's "$600" is 新元, a Hong Kong budget's
 * "$1 billion" 港元, an American city's 美元. The jurisdiction is read from the text itself:
 * the place it names most often (and explicit marks such as S$ or HK$ anywhere in it).
 */
import type { NumberFound } from './types';

export interface DollarJurisdiction { id: string; unit: string; pattern: RegExp; example: string }

/** Places whose currency is called the dollar, and how a text names them. Global patterns: they are counted. */
export const EN_DOLLAR_JURISDICTIONS: DollarJurisdiction[] = [
  { id: 'singapore', unit: '新元', pattern: /\bSingapore(?:ans?)?\b|\bS\$/g, example: 'for all Singaporean households; S$1.3 billion' },
  { id: 'hong-kong', unit: '港元', pattern: /\bHong Kong\b|\bHK\$|\bHKSAR\b/g, example: 'the Government of the HKSAR; Hong Kong people' },
  { id: 'australia', unit: '澳元', pattern: /\bAustralia(?:ns?)?\b|\bA\$|\bAU\$/g, example: 'hard-working Australians; the Australian economy' },
  // A Canadian town or province names its province more often than the country.
  { id: 'canada', unit: '加元', pattern: /\bCanad(?:a|ians?)\b|\bC\$|\b(?:Ontario|Alberta|Saskatchewan|Manitoba|Nova Scotia|New Brunswick|Newfoundland and Labrador|Prince Edward Island|British Columbia|Qu[eé]bec)\b/g, example: 'Canadians deserve; across Canada; the Province of Ontario; small towns in Alberta' },
  { id: 'new-zealand', unit: '新西兰元', pattern: /\bNew Zealand(?:ers?)?\b|\bNZ\$|\bAotearoa\b/g, example: 'New Zealanders; Aotearoa New Zealand' },
  { id: 'united-states', unit: '美元', pattern: /\bUnited States\b|\bAmericans?\b|\bU\.S\.|\bUS\$|\bCongress(?:ional)?\b|\bState of the (?:Union|City)\b/g, example: 'the American people; the U.S. economy; State of the City' },
];

/** A jurisdiction needs this many mentions to decide. */
const MIN_MENTIONS = 3;
/** A figure written with the US mark, or spelled out with it, stays 美元 whatever the jurisdiction. */
const EXPLICIT_US = /US\$|U\.S\.|US dollars|American dollars/i;

/** The dollar of the text's jurisdiction (美元 when none stands out). */
export function documentDollar(text: string): string {
  let best: DollarJurisdiction | null = null;
  let bestCount = 0;
  let runnerUp = 0;
  for (const j of EN_DOLLAR_JURISDICTIONS) {
    j.pattern.lastIndex = 0;
    let count = 0;
    while (j.pattern.exec(text)) count++;
    if (count > bestCount) { runnerUp = bestCount; best = j; bestCount = count; } else if (count > runnerUp) runnerUp = count;
  }
  return best && bestCount >= MIN_MENTIONS && bestCount > runnerUp ? best.unit : '美元';
}

/** Bare dollars (unit 美元 from "$" or "dollars") become the document's dollar, in place. */
export function localDollars(text: string, found: NumberFound[]): NumberFound[] {
  if (!found.some((n) => n.unit === '美元')) return found;
  const dollar = documentDollar(text);
  if (dollar === '美元') return found;
  for (const n of found) if (n.unit === '美元' && !EXPLICIT_US.test(n.raw)) n.unit = dollar;
  return found;
}
