/**
 * The year a target is set for, when its words name one right after the figure: "a deficit
 * below 4.5 per cent next year" (the year after the plan year), "around 20% of GDP by 2030".
 * The newer report reviews one year; a target set for a later one has no actual in it (what the
 * newer report says of that year is a new plan or the projection restated), however well its
 * words match. Each rule has examples from several reports.
 */
import type { NumberMention } from '../extract/types';

export interface TargetYearRule {
  id: string;
  /** Read on the text right after the figure; group 1, when present, is the year. */
  pattern: RegExp;
  /** Years after the plan year, when the rule names no year. */
  afterPlan?: number;
  examples: string[];
}

/** "of GDP" (a share) may stand between the figure and its year. */
const SHARE = String.raw`^\s*(?:of\s+(?:the\s+|our\s+)?(?:GDP|GSDP|GNI|gross (?:state )?domestic product)\s*)?`;

export const TARGET_YEAR_RULES: TargetYearRule[] = [
  { id: 'en-next-year', pattern: new RegExp(`${SHARE}(?:in\\s+)?(?:the\\s+)?(?:next|following|coming) (?:year|financial year|fiscal year)\\b`, 'i'), afterPlan: 1, examples: [' next year. The Government is committed', ' of GDP in the next financial year', ' next fiscal year'] },
  { id: 'en-by-year', pattern: new RegExp(`${SHARE}(?:by|in|for)\\s+(?:the end of\\s+|end-)?(?:FY\\s?)?((?:19|20)\\d\\d)\\b`, 'i'), examples: [' of GDP by 2030.', ' by the end of 2028', ' in FY2032'] },
];

/** Characters read after a figure for its year. */
const REACH = 48;

/** The year the target figure `n` (in `text`) is set for, or null when its words name none; `planYear` is the older report's. */
export function targetYear(text: string, n: NumberMention, planYear: number | null): number | null {
  const after = text.slice(n.end, n.end + REACH);
  for (const rule of TARGET_YEAR_RULES) {
    const m = rule.pattern.exec(after);
    if (!m) continue;
    if (m[1]) return Number(m[1]);
    return planYear === null ? null : planYear + (rule.afterPlan ?? 0);
  }
  return null;
}
