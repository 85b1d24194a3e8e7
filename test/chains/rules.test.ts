/** The ledger's rule table: every rule matches its examples, each from more than one report. */
import { describe, expect, it } from 'vitest';
import { RECURRING, isRecurring } from '../../lib/chains/rules';

describe('RECURRING', () => {
  it.each(RECURRING.flatMap((r) => r.examples.map((e) => [r.id, e, r] as const)))('%s matches %s', (_id, example, rule) => {
    expect(rule.pattern.test(example)).toBe(true);
  });

  it('gives every rule at least two examples', () => {
    for (const r of RECURRING) expect(new Set(r.examples).size, r.id).toBeGreaterThanOrEqual(2);
  });

  it('leaves one-off promises alone', () => {
    for (const text of ['年底前建成县级行政执法监督平台', '组建县行政复议中心', 'We will open a new library branch in Eastfield.', 'We will build 150 affordable homes.']) {
      expect(isRecurring(text), text).toBe(false);
    }
  });
});
