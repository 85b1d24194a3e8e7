/**
 * Labelled diff fixtures written by the project (test/fixtures/diff/<case>/older.txt,
 * newer.txt, labels.json with hand-assigned statuses and target outcomes). Acceptance: at least
 * 120 labelled items over at least 6 pairs in both languages, status accuracy ≥ 0.90 over all
 * of them, and every labelled target outcome right.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../lib/extract/index';
import { diff, type Diff } from '../../lib/diff/index';

const root = fileURLToPath(new URL('../fixtures/diff/', import.meta.url));
const cases = readdirSync(root).filter((d) => !d.startsWith('.'));

interface Labels {
  items: { match: string; status: string }[];
  targets: { raw: string; outcome: string; actual: number | null }[];
}

const digits = (s: string) => (s.match(/\d+(?:\.\d+)?/g) ?? []).join('|');

function load(name: string): { d: Diff; labels: Labels } {
  const read = (f: string) => readFileSync(join(root, name, f), 'utf8');
  const older = extractText(read('older.txt'), { sha256: 'older' });
  const newer = extractText(read('newer.txt'), { sha256: 'newer' });
  return { d: diff(older, newer), labels: JSON.parse(read('labels.json')) };
}

const results: { name: string; right: number; total: number }[] = [];

describe.each(cases)('diff fixture %s', (name) => {
  const { d, labels } = load(name);

  it('finds every labelled commitment', () => {
    for (const l of labels.items) expect(d.items.some((i) => i.text.includes(l.match)), l.match).toBe(true);
  });

  it('gets every labelled target outcome and actual right', () => {
    const checks = d.items.flatMap((i) => i.targets);
    for (const l of labels.targets) {
      // The figure as written when it is there, else its digits (a report may respace it).
      const check = checks.find((c) => c.target.raw === l.raw) ?? checks.find((c) => digits(c.target.raw) === digits(l.raw));
      expect(check, `target ${l.raw}`).toBeTruthy();
      expect(check!.outcome, `outcome of ${l.raw}`).toBe(l.outcome);
      if (l.actual === null) expect(check!.actual).toBeNull();
      else expect(check!.actual?.value, `actual of ${l.raw}`).toBeCloseTo(l.actual, 6);
    }
  });

  it('labels statuses (accuracy counted below)', () => {
    const right = labels.items.filter((l) => d.items.find((i) => i.text.includes(l.match))?.status === l.status).length;
    results.push({ name, right, total: labels.items.length });
    expect(right).toBeGreaterThan(0);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(load(name).d)).toBe(JSON.stringify(d));
  });
});

describe('all diff fixtures', () => {
  it('status accuracy ≥ 0.90', () => {
    const right = results.reduce((s, r) => s + r.right, 0);
    const total = results.reduce((s, r) => s + r.total, 0);
    console.log(`diff fixtures status accuracy ${right}/${total} = ${(right / total).toFixed(3)}`, JSON.stringify(results));
    expect(total).toBeGreaterThanOrEqual(120);
    expect(results.length).toBeGreaterThanOrEqual(6);
    // Both languages: the case names end in their language (…-zh, …-en).
    expect(new Set(results.map((r) => r.name.slice(-2)))).toEqual(new Set(['zh', 'en']));
    expect(right / total).toBeGreaterThanOrEqual(0.9);
  });
});
