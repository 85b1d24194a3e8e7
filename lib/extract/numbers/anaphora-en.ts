/**
 * A speech names a measure once, in a heading ("Scheme A: First Timers"), and then speaks of
 * it as "the scheme" ("The scheme is expected to benefit 210 lakh youth"). A figure's
 * indicator that ends on such a reference ("beneficiaries of the scheme") is read with the
 * heading's name when the heading names that kind of thing; otherwise it is left as written.
 */

/** Kinds of measure a speech refers back to with "the …". */
export const MEASURE_NOUNS = /^(?:scheme|programme|program|package|initiative|fund|measure|mission|project|policy|plan|grant)$/i;
/** The reference at the end of an indicator. */
const REFERENCE = /\bthe (scheme|programme|program|package|initiative|fund|measure|mission|project|policy|plan|grant)$/;
/** A heading longer than this is a sentence, not a name. */
const MAX_NAME_WORDS = 8;

/** `indicator` with a closing "the scheme" replaced by the name of the heading above it, when that heading names a scheme. */
export function withNamedMeasure(indicator: string | null, headingTitle: string | undefined): string | null {
  if (!indicator || !headingTitle) return indicator;
  const m = REFERENCE.exec(indicator);
  if (!m || headingTitle.split(/\s+/).length > MAX_NAME_WORDS) return indicator;
  const stem = m[1] === 'programme' ? 'program' : m[1];
  return headingTitle.toLowerCase().includes(stem) ? `${indicator.slice(0, m.index)}${headingTitle}` : indicator;
}
