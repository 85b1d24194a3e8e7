/**
 * "Why is this section plans?" in words: each role reason id (section-roles.ts,
 * admissions.ts, headings' zones) maps to a message key the UI translates. Reasons are read
 * by their prefix, so a new rule id in an existing family needs no new entry.
 */
export interface ReasonWords { prefix: string; key: string; example: string }

/** First matching prefix wins: specific prefixes go first. */
export const ROLE_REASON_WORDS: ReasonWords[] = [
  { prefix: 'title:', key: 'reason_title', example: 'title:plans-words' },
  { prefix: 'time:plan-year', key: 'reason_planYear', example: 'time:plan-year' },
  { prefix: 'time:reviewed-year', key: 'reason_reviewedYear', example: 'time:reviewed-year' },
  { prefix: 'time:forward-', key: 'reason_forwardSpan', example: 'time:forward-span-five-year-plan' },
  { prefix: 'time:past-', key: 'reason_pastSpan', example: 'time:past-span-five-year-plan' },
  { prefix: 'time-this-year', key: 'reason_timeWords', example: 'time-this-year' },
  { prefix: 'time-past', key: 'reason_timeWords', example: 'time-past' },
  { prefix: 'en-time-', key: 'reason_timeWords', example: 'en-time-past' },
  { prefix: 'tense-future', key: 'reason_tenseFuture', example: 'tense-future' },
  { prefix: 'tense-done', key: 'reason_tenseDone', example: 'tense-done' },
  { prefix: 'position:', key: 'reason_position', example: 'position:after-plans' },
  { prefix: 'doc-type:', key: 'reason_docType', example: 'doc-type:work-plan' },
  { prefix: 'parent', key: 'reason_parent', example: 'parent' },
  { prefix: 'opener:', key: 'reason_nextSteps', example: 'opener:next-steps' },
  { prefix: 'zone:', key: 'reason_nextSteps', example: 'zone:plans-next-steps' },
  { prefix: 'admission:', key: 'reason_admission', example: 'admission:admit-we-see' },
];

/** The message keys for a heading's reasons, in order, each once; unknown ids are kept as they are. */
export function reasonKeys(reasons: readonly string[] | undefined): string[] {
  const keys = (reasons ?? []).map((id) => ROLE_REASON_WORDS.find((w) => id.startsWith(w.prefix))?.key ?? id);
  return [...new Set(keys)];
}
