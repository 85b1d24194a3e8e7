/**
 * Helpers for the batch tests: the CLI run in process with captured streams, the outputs
 * read back, and a folder of reports good and bad.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WorkerStart } from '../../lib/cli/batch/pool';
import type { CliIo } from '../../lib/cli/commands';
import { main } from '../../lib/cli/main';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SAMPLES = join(ROOT, 'samples');
/** How worker threads start when a test runs main() in process (the launcher passes the same). */
export const WORKERS = { script: new URL('../../bin/batch-worker.mjs', import.meta.url) };

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `pl-${prefix}-`));
}

/** Runs the CLI in this process; `jobs` > 1 starts real worker threads. */
export async function runMain(argv: string[], stdin: string[] = [], workers: WorkerStart = WORKERS): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const input = Object.assign((async function* () { yield* stdin; })(), { isTTY: false });
  const io: CliIo = { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), stdin: input };
  const code = await main(argv, io, workers);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

/**
 * Every output file of a batch folder, by name: its size and sha256. Comparing these is
 * comparing the bytes (a deep equality over megabytes of Buffer takes minutes), and a
 * difference still names the file.
 */
export function readOutputs(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((name) => {
    const bytes = readFileSync(join(dir, name));
    return [name, `${bytes.length} bytes, sha256 ${createHash('sha256').update(bytes).digest('hex')}`];
  }));
}

/** The lines of a JSONL output, parsed. */
export function jsonl<T = Record<string, unknown>>(dir: string, name: string): T[] {
  return readFileSync(join(dir, name), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as T);
}

/**
 * A folder with every kind of file a real download folder holds: reports in Chinese and
 * English, .txt and .html, one in GBK, a copy of one in a sub-folder, an empty file, a
 * binary file named .html, and a PDF (not read: no .txt/.html extension).
 */
export function mixedFolder(): { dir: string; good: string[]; empty: string; binary: string; duplicate: string; gbk: string; original: string } {
  const dir = tempDir('batch-in');
  mkdirSync(join(dir, 'saved-again'));
  const original = join(dir, 'qinghe-2023.zh.txt');
  copyFileSync(join(SAMPLES, 'qinghe-2023.zh.txt'), original);
  copyFileSync(join(SAMPLES, 'qinghe-2024.zh.txt'), join(dir, 'qinghe-2024.zh.txt'));
  copyFileSync(join(SAMPLES, 'maple-valley-2023.en.txt'), join(dir, 'maple-valley-2023.en.txt'));
  copyFileSync(join(ROOT, 'test/fixtures/county-page-html/input.html'), join(dir, 'county-page.html'));
  const gbk = join(dir, 'report.gbk.txt');
  copyFileSync(join(ROOT, 'test/cli/fixtures/report.gbk.txt'), gbk);
  const duplicate = join(dir, 'saved-again', 'qinghe-2023 (1).txt');
  copyFileSync(original, duplicate);
  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, '');
  const binary = join(dir, 'scan.html');
  // No known file signature: refused for its NUL byte, the generic binary reason.
  writeFileSync(binary, Buffer.from([0x1f, 0x03, 0x41, 0x42, 0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x10, 0x7f]));
  writeFileSync(join(dir, 'annex.pdf'), '%PDF-1.7\n');
  const good = [original, join(dir, 'qinghe-2024.zh.txt'), join(dir, 'maple-valley-2023.en.txt'), join(dir, 'county-page.html'), gbk].sort();
  return { dir, good, empty, binary, duplicate, gbk, original };
}
