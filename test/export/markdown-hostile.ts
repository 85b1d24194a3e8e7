/**
 * Strings a report could hold that Markdown would read as markup (issue 16 medium 8), and an
 * extraction that carries one in every field a Markdown writer prints. Shared by the unit
 * test (marked under happy-dom) and the e2e test (the same Markdown shown in Chromium).
 */
import type { Extraction } from '../../lib/extract/types';
import { older } from './fixtures';

export const HOSTILE = [
  '\\<img src=x onerror=alert(1)\\>',
  '\\[x\\](javascript:alert(1))',
  '<img src=x onerror=alert(1)>',
  '[x](javascript:alert(1))',
  '![p](http://attacker.example/p.png)',
  '<script>alert(1)</script>',
  '<a href="javascript:alert(1)">x</a>',
  '[x]: javascript:alert(1)',
  '`code` *em* _em_ **b** ~~s~~',
  '&lt;img src=x onerror=alert(1)&gt;',
  '<http://attacker.example>',
  '\\\\<b onmouseover=alert(1)>x</b>',
];

/** The older report with `s` as its title, issuer, every heading, commitment, problem and indicator. */
export function poisoned(s: string): Extraction {
  return {
    ...older,
    source: { ...older.source, title: s },
    meta: { ...older.meta, issuer: s },
    headings: older.headings.map((h) => ({ ...h, title: s, marker: s })),
    commitments: older.commitments.map((c) => ({ ...c, text: s, deadline: s })),
    problems: older.problems.map((p) => ({ ...p, text: s })),
    numbers: older.numbers.map((n) => ({ ...n, raw: s, indicator: s })),
  };
}

