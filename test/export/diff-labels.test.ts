/**
 * One label table (issue 12): the extension's messages.json says a status or an outcome in
 * the words of lib/export/diff-labels.ts, which the compare view, the CLI and every export use.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { diffLabelsFor } from '../../lib/export/diff-labels';

const messages = (locale: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../public/_locales/${locale}/messages.json`, import.meta.url)), 'utf8'));

describe.each([['zh_CN', 'zh'], ['en', 'en']] as const)('messages.json %s', (locale, language) => {
  const m = messages(locale);
  const l = diffLabelsFor(language);

  it('words every status as the label table does', () => {
    for (const [status, label] of Object.entries(l.statuses)) expect(m[`status_${status}`].message, status).toBe(label);
  });

  it('words every target outcome as the label table does', () => {
    for (const [outcome, label] of Object.entries(l.outcomes)) expect(m[`outcome_${outcome.replace('-', '_')}`].message, outcome).toBe(label);
  });

  it('says "no matching passage" as the label table does', () => {
    expect(m.noEvidence.message).toBe(l.noEvidence);
  });
});

describe('the label table', () => {
  it('words unaddressed as no matching passage found, with the note that it is a text search', () => {
    expect(diffLabelsFor('zh').statuses.unaddressed).toBe('未找到对应段落');
    expect(diffLabelsFor('en').statuses.unaddressed).toBe('no matching passage found');
    expect(diffLabelsFor('zh').searchNote).toContain('不是结论');
    expect(diffLabelsFor('en').searchNote).toContain('not a verdict');
  });

  it('reads UI locales as well as report languages', () => {
    expect(diffLabelsFor('zh_CN')).toBe(diffLabelsFor('zh'));
    expect(diffLabelsFor('zh-CN')).toBe(diffLabelsFor('zh'));
    expect(diffLabelsFor('en-US')).toBe(diffLabelsFor('en'));
  });
});
