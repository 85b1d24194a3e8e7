import { describe, expect, it } from 'vitest';
import { cleanPart, downloadName, trimDots, exportFileName, MAX_NAME_BYTES, mimeTypeFor, NAME_CLEANUP } from '../../lib/export/download-name';

const bytes = (s: string) => new TextEncoder().encode(s).length;
/** Characters Windows refuses in a name, and names it refuses. */
const WINDOWS_ILLEGAL = /[<>:"/\\|?*\u0000-\u001f]/;

describe('downloadName', () => {
  it('builds the documented example', () => {
    expect(exportFileName({ language: 'zh', issuer: '灌南县', year: 2023, kind: 'commitments', ext: 'csv' })).toBe('承诺台账-灌南县-2023-commitments.csv');
    expect(exportFileName({ language: 'en', issuer: 'State Council', year: 2024, kind: 'citations', ext: 'json' })).toBe('promise-ledger-State_Council-2024-citations.json');
    expect(exportFileName({ language: 'zh', issuer: null, year: null, kind: 'bundle', ext: 'json' })).toBe('承诺台账-bundle.json');
  });

  it('replays the example of every cleanup rule', () => {
    for (const rule of NAME_CLEANUP) expect(cleanPart(rule.example[0])).toBe(rule.example[1]);
  });

  // [parts, extension, name]
  const CASES: [(string | number | null)[], string, string][] = [
    [['承诺台账', '灌南县/人民政府', 2023], 'csv', '承诺台账-灌南县_人民政府-2023.csv'],
    [['a<b>c:d"e|f?g*h\\i'], 'txt', 'a_b_c_d_e_f_g_h_i.txt'],
    [['..hidden'], 'json', 'hidden.json'],
    [['report. . .'], 'md', 'report.md'],
    [['报告\u202Egpj.exe'], 'csv', '报告gpj.exe.csv'],
    [['零\u200B宽'], 'csv', '零宽.csv'],
    [['tab\there\nnewline'], 'csv', 'tab_here_newline.csv'],
    [['CON'], 'csv', '_CON.csv'],
    [['lpt1'], 'txt', '_lpt1.txt'],
    [['console'], 'txt', 'console.txt'],
    [[null, '', '///'], 'csv', 'export.csv'],
    [['x'], '.CSV', 'x.csv'],
    [['x'], 'c/s\\v', 'x.csv'],
    [['x'], '', 'x'],
    [['（第一季度）'], 'csv', '（第一季度）.csv'],
  ];
  it.each(CASES)('%j . %s → %s', (parts, ext, name) => {
    expect(downloadName(parts, ext)).toBe(name);
  });

  it('never yields a character Windows or macOS refuse, a leading dot or a trailing dot or space', () => {
    const nasty = ['a/b', 'c:\\d', '<script>', '"q"', 'what?', 'star*', 'pipe|', '\u0000nul', '.env', 'end.', 'end ', '\u202Eevil'];
    for (const part of nasty) {
      const name = downloadName(['承诺台账', part], 'csv');
      expect(name).not.toMatch(WINDOWS_ILLEGAL);
      expect(name).not.toMatch(/^\.|[. ]$/);
      expect(name).not.toMatch(/\p{Cf}/u);
    }
  });

  it('bounds the length in UTF-8 bytes, shortening the longest part and keeping year, kind and extension', () => {
    const issuer = '某某省某某市某某县人民政府办公室'.repeat(10);
    const name = exportFileName({ language: 'zh', issuer, year: 2023, kind: 'commitments', ext: 'csv' });
    expect(bytes(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(name.startsWith('承诺台账-某某省')).toBe(true);
    expect(name.endsWith('-2023-commitments.csv')).toBe(true);
  });

  it('never splits a character that takes two UTF-16 units', () => {
    const name = downloadName(['𠀀'.repeat(100)], 'csv', 40);
    expect(name).toBe(`${'𠀀'.repeat(9)}.csv`);
    expect(name.isWellFormed()).toBe(true);
  });

  it('trims dots, underscores and hyphens at both ends only', () => {
    expect(trimDots('..报告.')).toBe('报告');
    expect(trimDots('_-a.b-_')).toBe('a.b');
    expect(trimDots('...')).toBe('');
  });

  it('names an export in linear time whatever the issuer (issue 16: a 10,000-character issuer froze each export 2.3 s)', () => {
    for (const issuer of ['某县人民政府'.repeat(2000), `${'.'.repeat(50_000)}x`, `${'_-'.repeat(25_000)}县`, 'a'.repeat(100_000)]) {
      const started = performance.now();
      const name = exportFileName({ language: 'zh', issuer, year: 2023, kind: 'commitments', ext: 'csv' });
      expect(performance.now() - started).toBeLessThan(1000);
      expect(bytes(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
      expect(name).toMatch(/^承诺台账-.+-2023-commitments\.csv$/);
    }
  });

  it('is deterministic', () => {
    const parts = ['承诺台账', '灌南县', 2023, 'commitments'];
    expect(downloadName(parts, 'csv')).toBe(downloadName([...parts], 'csv'));
  });

  it('writes composed characters the same way whatever form they came in', () => {
    expect(downloadName(['Cafe\u0301'], 'csv')).toBe(downloadName(['Café'], 'csv'));
  });
});

describe('mimeTypeFor', () => {
  it('gives each export its media type, UTF-8 for text', () => {
    expect(['csv', '.JSON', 'jsonld', 'md', 'html', 'exe'].map(mimeTypeFor)).toEqual([
      'text/csv;charset=utf-8', 'application/json', 'application/ld+json', 'text/markdown;charset=utf-8', 'text/html;charset=utf-8', 'application/octet-stream',
    ]);
  });
});
