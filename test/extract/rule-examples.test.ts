import { describe, expect, it } from 'vitest';
import * as chromeRules from '../../lib/extract/rules/chrome';
import * as enRules from '../../lib/extract/rules/en';
import * as issuerRules from '../../lib/extract/rules/issuer';
import * as metaRules from '../../lib/extract/rules/meta';
import * as metaEnRules from '../../lib/extract/rules/meta-en';
import * as zhRules from '../../lib/extract/rules/zh';

/** `also`: more examples, from other issuers or years. */
interface ExampleRule { id: string; pattern: RegExp; example: string; also?: string[] }

/** Every exported table of rules ({id, pattern, example}[]) in a rules module. */
function tablesOf(module: Record<string, unknown>): [string, ExampleRule[]][] {
  return Object.entries(module).filter((entry): entry is [string, ExampleRule[]] => {
    const value = entry[1];
    return Array.isArray(value) && value.length > 0 && value.every((r) => r && r.pattern instanceof RegExp && typeof r.example === 'string');
  });
}

const TABLES = [...tablesOf(zhRules), ...tablesOf(enRules), ...tablesOf(chromeRules), ...tablesOf(metaRules), ...tablesOf(metaEnRules), ...tablesOf(issuerRules)];

describe('each rule table entry matches its own example', () => {
  it('finds the rule tables', () => {
    expect(TABLES.map(([name]) => name)).toEqual(expect.arrayContaining(['ZH_HEADING_RULES', 'EN_HEADING_RULES', 'ZH_FUTURE_CUES', 'EN_FUTURE_CUES', 'EN_DEADLINES', 'ZH_DEADLINES', 'CHROME_RULES', 'DOC_FRAMING_RULES', 'ZH_ISSUER_RULES', 'ZH_PLACE_RULES']));
  });

  it.each(TABLES.flatMap(([name, rules]) => rules.map((r) => [name, r.id, r] as const)))('%s %s', (_name, _id, rule) => {
    for (const example of [rule.example, ...(rule.also ?? [])]) {
      rule.pattern.lastIndex = 0;
      expect(rule.pattern.test(example), example).toBe(true);
    }
  });
});
