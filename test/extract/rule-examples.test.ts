import { describe, expect, it } from 'vitest';
import * as chromeRules from '../../lib/extract/rules/chrome';
import * as enRules from '../../lib/extract/rules/en';
import * as issuerRules from '../../lib/extract/rules/issuer';
import * as metaRules from '../../lib/extract/rules/meta';
import * as metaEnRules from '../../lib/extract/rules/meta-en';
import * as zhRules from '../../lib/extract/rules/zh';
import * as zhRoleRules from '../../lib/extract/rules/roles-zh';
import * as enRoleRules from '../../lib/extract/rules/roles-en';
import * as enAdmissionRules from '../../lib/extract/rules/admissions-en';
import * as setsFigureRules from '../../lib/extract/rules/sets-figure-en';
import * as docNumberRules from '../../lib/extract/rules/doc-number';
import * as replyRules from '../../lib/extract/rules/reply-zh';
import { matchesAny } from '../../lib/extract/rules/types';

/** `also`: more examples, from other issuers or years; `counter`: near misses the rule must not match. */
interface ExampleRule { id: string; pattern: RegExp; example: string; also?: string[]; counter?: string[] }

/** Every exported table of rules ({id, pattern, example}[]) in a rules module. */
function tablesOf(module: Record<string, unknown>): [string, ExampleRule[]][] {
  return Object.entries(module).filter((entry): entry is [string, ExampleRule[]] => {
    const value = entry[1];
    return Array.isArray(value) && value.length > 0 && value.every((r) => r && r.pattern instanceof RegExp && typeof r.example === 'string');
  });
}

const TABLES = [...tablesOf(zhRules), ...tablesOf(enRules), ...tablesOf(chromeRules), ...tablesOf(metaRules), ...tablesOf(metaEnRules), ...tablesOf(issuerRules), ...tablesOf(setsFigureRules), ...tablesOf(docNumberRules)];
/** The section-role and admission tables: every entry has phrasings from more than one issuer or year. */
const ROLE_TABLES = [...tablesOf(zhRoleRules), ...tablesOf(enRoleRules), ...tablesOf(enAdmissionRules), ...tablesOf(replyRules)];

describe('each rule table entry matches its own example', () => {
  it('finds the rule tables', () => {
    expect(TABLES.map(([name]) => name)).toEqual(expect.arrayContaining(['ZH_HEADING_RULES', 'EN_HEADING_RULES', 'ZH_FUTURE_CUES', 'EN_FUTURE_CUES', 'EN_DEADLINES', 'ZH_DEADLINES', 'CHROME_RULES', 'DOC_FRAMING_RULES', 'ZH_ISSUER_RULES', 'ZH_PLACE_RULES', 'DOC_NUMBER_RULES']));
  });

  it.each(TABLES.flatMap(([name, rules]) => rules.map((r) => [name, r.id, r] as const)))('%s %s', (_name, _id, rule) => {
    for (const example of [rule.example, ...(rule.also ?? [])]) {
      rule.pattern.lastIndex = 0;
      expect(rule.pattern.test(example), example).toBe(true);
    }
  });
});

describe('section-role and admission rules: several phrasings each, and their near misses', () => {
  it('finds the tables', () => {
    expect(ROLE_TABLES.map(([name]) => name)).toEqual(expect.arrayContaining(['ZH_ROLE_RULES', 'ZH_ADMISSION_OPENERS', 'ZH_ADMISSION_STOPS', 'ZH_DONE_CUES', 'ZH_FUTURE_TENSE_CUES', 'ZH_SPAN_RULES', 'EN_DONE_CUES', 'EN_SPAN_RULES', 'EN_ADMISSION_OPENERS', 'EN_ADMISSION_STOPS', 'EN_REMEDY_CUES', 'ZH_REPLY_COURTESY', 'ZH_REPLY_FRAMING']));
  });

  it.each(ROLE_TABLES.flatMap(([name, rules]) => rules.map((r) => [name, r.id, r] as const)))('%s %s', (_name, _id, rule) => {
    const phrasings = [rule.example, ...(rule.also ?? [])];
    expect(phrasings.length).toBeGreaterThanOrEqual(2);
    for (const text of phrasings) expect(rule.pattern.test(text), text).toBe(true);
    for (const text of rule.counter ?? []) expect(rule.pattern.test(text), text).toBe(false);
  });
});

describe("a table's union (matchesAny) says what its rules say one by one", () => {
  const texts = (rules: ExampleRule[]) =>
    rules.flatMap((r) => [r.example, ...(r.also ?? []), ...(r.counter ?? [])]).flatMap((t) => [t, t.slice(1), t.slice(0, -1), `前言 ${t}`, t.toUpperCase()]);
  it.each([...TABLES, ...ROLE_TABLES].map(([name, rules]) => [name, rules] as const))('%s', (_name, rules) => {
    // Every phrasing of every table, against every table: the union must agree on matches and misses alike.
    for (const text of [...TABLES, ...ROLE_TABLES].flatMap(([, other]) => texts(other))) {
      const oneByOne = rules.some((r) => {
        r.pattern.lastIndex = 0;
        return r.pattern.test(text);
      });
      expect(matchesAny(rules, text), text).toBe(oneByOne);
    }
  });
});
