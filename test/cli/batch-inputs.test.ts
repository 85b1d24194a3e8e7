/**
 * What `batch` reads from its arguments: folders, glob patterns (matched without regular
 * expressions), list files and a list on stdin; and a clear refusal for an argument that
 * names nothing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchName, matchSegments, parseGlob } from '../../lib/cli/batch/glob';
import { collectInputs } from '../../lib/cli/batch/inputs';
import { BadInputError } from '../../lib/cli/errors';
import { runMain, tempDir, jsonl } from './batch-helpers';

const noStdin = Object.assign((async function* () {})(), { isTTY: false });
const stdinOf = (text: string) => Object.assign((async function* () { yield text; })(), { isTTY: false });

describe('glob matching', () => {
  it('matches *, ? and classes within one name, never a leading dot by a wildcard', () => {
    expect(matchName('*.html', 'report.html')).toBe(true);
    expect(matchName('*.html', 'report.htm')).toBe(false);
    expect(matchName('20??-*.txt', '2024-青禾县.txt')).toBe(true);
    expect(matchName('20[12][0-9]*', '2019.txt')).toBe(true);
    expect(matchName('20[!2]*', '2024.txt')).toBe(false);
    expect(matchName('*', '.hidden.txt')).toBe(false);
    expect(matchName('.*', '.hidden.txt')).toBe(true);
    expect(matchName('a*b*c', 'aXbYbZc')).toBe(true);
    expect(matchName('a*b*c', 'aXbYbZ')).toBe(false);
  });

  it('lets ** take any number of folders, hidden ones excepted', () => {
    const { base, segments } = parseGlob('reports/**/*.txt');
    expect(base).toBe('reports');
    expect(matchSegments(segments, ['a.txt'])).toBe(true);
    expect(matchSegments(segments, ['2024', 'county', 'a.txt'])).toBe(true);
    expect(matchSegments(segments, ['2024', 'a.html'])).toBe(false);
    expect(matchSegments(segments, ['.cache', 'a.txt'])).toBe(false);
  });

  it('stays fast on a pattern of many stars and double stars against a deep path', () => {
    const started = performance.now();
    expect(matchName(`${'*a'.repeat(30)}b`, 'a'.repeat(5000))).toBe(false);
    expect(matchSegments(Array(12).fill('**').concat('x.txt'), Array(200).fill('d').concat('y.txt'))).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('collectInputs', () => {
  const dir = tempDir('inputs');
  mkdirSync(join(dir, 'zh', '2024'), { recursive: true });
  mkdirSync(join(dir, '.trash'));
  for (const path of ['zh/2024/a.txt', 'zh/2024/b.html', 'zh/c.htm', 'en.txt', 'notes.docx', '.trash/old.txt']) writeFileSync(join(dir, path), 'x');

  it('walks a folder for .txt/.html/.htm, skips hidden entries, counts what it did not read', async () => {
    const { files, skipped } = await collectInputs([dir], noStdin);
    expect(files).toEqual(['en.txt', 'zh/2024/a.txt', 'zh/2024/b.html', 'zh/c.htm'].map((p) => join(dir, p)));
    expect([...skipped]).toEqual([['.docx', 1]]);
  });

  it('expands a glob pattern the shell left alone, and refuses one that matches nothing', async () => {
    expect((await collectInputs([`${dir}/**/*.htm*`], noStdin)).files).toEqual([join(dir, 'zh/2024/b.html'), join(dir, 'zh/c.htm')]);
    await expect(collectInputs([`${dir}/*.pdf`], noStdin)).rejects.toThrow(/no file matches this pattern/);
  });

  it('reads a list file and a list on stdin, one path a line (CRLF too), each file once', async () => {
    const list = join(dir, 'list');
    writeFileSync(list, `${join(dir, 'en.txt')}\r\n\r\n${join(dir, 'zh')}\r\n`);
    const fromFile = await collectInputs([list], noStdin);
    expect(fromFile.files).toEqual(['en.txt', 'zh/2024/a.txt', 'zh/2024/b.html', 'zh/c.htm'].map((p) => join(dir, p)));
    const fromStdin = await collectInputs(['-', join(dir, 'en.txt')], stdinOf(`${join(dir, 'zh/c.htm')}\n${join(dir, 'en.txt')}\n`));
    expect(fromStdin.files).toEqual([join(dir, 'en.txt'), join(dir, 'zh/c.htm')]);
  });

  it('refuses an argument that names nothing, with what to check', async () => {
    const missing = collectInputs([join(dir, 'nowhere')], noStdin);
    await expect(missing).rejects.toBeInstanceOf(BadInputError);
    await expect(missing).rejects.toThrow(/no such file or directory: check the path/);
  });

  it('writes a listed file that is missing to errors.jsonl with the reason extract gives', async () => {
    const list = join(dir, 'with-missing.list');
    const gone = join(dir, 'gone.txt');
    writeFileSync(list, `${gone}\n`);
    const out = join(tempDir('inputs-out'), 'out');
    expect((await runMain(['batch', list, '--out', out])).code).toBe(0);
    const [error] = jsonl<{ file: string; error: string }>(out, 'errors.jsonl');
    const single = await runMain(['extract', gone]);
    expect(single.stderr).toBe(`promise-ledger: ${error.error}\n`);
    expect(error.file).toBe(gone);
  });
});
