/**
 * `batch` over a folder of good and bad files: each output holds the right lines (the same
 * extraction `extract` prints, the library's CSV rows plus the file, the CLI's reasons for
 * the bad files), and the outputs are the same bytes across runs and numbers of jobs.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { batchHeaders } from '../../lib/cli/batch/columns';
import { commitmentsCsv, numbersCsv } from '../../lib/export/csv';
import { problemsCsv } from '../../lib/export/csv-problems';
import type { Extraction } from '../../lib/extract/types';
import { parseCsv } from '../e2e/library-helpers';
import { jsonl, mixedFolder, readOutputs, runMain, tempDir } from './batch-helpers';
import { runCli } from './run-cli';
import { readFileSync } from 'node:fs';

const folder = mixedFolder();
const out = join(tempDir('batch-out'), 'out');
let run: Awaited<ReturnType<typeof runMain>>;
beforeAll(async () => {
  run = await runMain(['batch', folder.dir, '--out', out, '--jobs', '1']);
}, 60_000);

const csv = (name: string) => parseCsv(readFileSync(join(out, name), 'utf8'));

describe('batch: a folder of good, empty, binary, GBK and duplicate files', () => {
  it('extracts each good file once, in path order, exactly as extract prints it', async () => {
    expect(run.code).toBe(0);
    const lines = jsonl<Extraction>(out, 'extractions.jsonl');
    expect(lines.map((x) => x.source.file)).toEqual(folder.good);
    for (const [i, path] of folder.good.entries()) {
      const single = await runMain(['extract', path]);
      expect(lines[i]).toEqual(JSON.parse(single.stdout));
    }
  });

  it('reads the GBK file as extract does (its text is Chinese, not mojibake)', () => {
    const gbk = jsonl<Extraction>(out, 'extractions.jsonl').find((x) => x.source.file === folder.gbk)!;
    expect(gbk.language).toBe('zh');
    expect(gbk.commitments.length).toBeGreaterThan(0);
    expect(gbk.text).not.toContain('\uFFFD');
  });

  it('writes the empty and the binary file to errors.jsonl with the reason extract gives, and names the duplicate', async () => {
    const errors = jsonl<{ file: string; sha256: string | null; error: string; duplicateOf?: string }>(out, 'errors.jsonl');
    // In path order: empty.txt, saved-again/… (the copy), scan.html.
    expect(errors.map((e) => e.file)).toEqual([folder.empty, folder.duplicate, folder.binary]);
    for (const e of [errors[0], errors[2]]) {
      const single = await runMain(['extract', e.file]);
      expect(single.code).toBe(2);
      expect(single.stderr).toBe(`promise-ledger: ${e.error}\n`);
    }
    expect(errors[0].error).toMatch(/empty/);
    expect(errors[2].error).toMatch(/binary \(a NUL byte at offset 4\)/);
    const original = jsonl<Extraction>(out, 'extractions.jsonl').find((x) => x.source.file === folder.original)!;
    expect(errors[1]).toEqual({ file: folder.duplicate, sha256: original.source.sha256, error: `the same bytes as ${folder.original}: its rows are under that file`, duplicateOf: folder.original });
  });

  it('writes the library\'s CSV rows for every report, with the file added last', () => {
    const extractions = jsonl<Extraction>(out, 'extractions.jsonl');
    const headers = batchHeaders('zh');
    const expected = {
      'commitments.csv': { header: headers.commitments, library: (x: Extraction) => commitmentsCsv([{ extraction: x }], 'zh') },
      'figures.csv': { header: headers.figures, library: (x: Extraction) => numbersCsv([{ extraction: x }], 'zh') },
      'problems.csv': { header: headers.problems, library: (x: Extraction) => problemsCsv([{ extraction: x }], 'zh') },
    };
    for (const [name, { header, library }] of Object.entries(expected)) {
      const [head, ...rows] = csv(name);
      expect(head).toEqual(header);
      expect(head.at(-1)).toBe('文件');
      const wanted = extractions.flatMap((x) => parseCsv(library(x)).slice(1).map((row) => [...row, x.source.file!]));
      expect(rows).toEqual(wanted);
    }
    const counts = extractions.map((x) => x.commitments.length);
    expect(counts.every((n) => n > 0)).toBe(true);
    expect(csv('commitments.csv')).toHaveLength(1 + counts.reduce((a, b) => a + b, 0));
  });

  it('starts each CSV with a BOM and ends every line with CRLF', () => {
    for (const name of ['commitments.csv', 'figures.csv', 'problems.csv']) {
      const text = readFileSync(join(out, name), 'utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      expect(text.endsWith('\r\n')).toBe(true);
    }
  });

  it('sums up on stderr: files, extracted, duplicates, errors, and what was not read', () => {
    expect(run.stderr).toMatch(/^batch: 8 files in [\d.]+ s \(\d+ a second\): 5 extracted, 1 duplicate skipped, 2 could not be read \(see errors\.jsonl\); outputs in /);
    expect(run.stderr).toContain('not read (not .txt/.html/.htm): 1 .pdf');
    expect(run.stdout).toBe('');
  });

  it('refuses to overwrite a finished batch without --resume', async () => {
    const again = await runMain(['batch', folder.dir, '--out', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already holds a batch's outputs .*add --resume/);
  });
});

describe('batch outputs are the same bytes across runs and numbers of jobs', { timeout: 120_000 }, () => {
  it('jobs 1 (twice), 2 and 3 in process, and the real launcher with its default jobs', async () => {
    const first = readOutputs(out);
    expect(Object.keys(first)).toEqual(['commitments.csv', 'errors.jsonl', 'extractions.jsonl', 'figures.csv', 'problems.csv']);
    for (const jobs of ['1', '2', '3']) {
      const other = join(tempDir(`batch-jobs${jobs}`), 'out');
      const r = await runMain(['batch', folder.dir, '--out', other, '--jobs', jobs]);
      expect(r.code).toBe(0);
      expect(readOutputs(other)).toEqual(first);
    }
    const spawned = join(tempDir('batch-cli'), 'out');
    const r = await runCli(['batch', folder.dir, '--out', spawned]);
    expect(r.stderr).toMatch(/5 extracted/);
    expect(r.code).toBe(0);
    expect(readOutputs(spawned)).toEqual(first);
  });
});
