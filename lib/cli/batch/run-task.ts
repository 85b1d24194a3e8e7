/**
 * Runs one batch task, in a worker thread or in the main thread alike: the same code, so the
 * outputs cannot depend on the number of jobs. A file that cannot be read gives an error
 * result with the CLI's own one-line reason; only a bug in the batch itself throws.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { commitmentRows, numberRows } from '../../export/csv';
import { problemRows } from '../../export/csv-problems';
import { EXTRACTOR_VERSION, type Extraction } from '../../extract/types';
import { checkIsReport } from '../commands';
import { BadInputError } from '../errors';
import { readFileInputSync } from '../input';
import { extractFromBytes, sha256Hex } from '../pipeline';
import { rowsWith } from './columns';
import { reuseKey, type BatchResult, type BatchSettings, type BatchTask, type LineRef, type ReportDone } from './tasks';

export async function runTask(task: BatchTask, settings: BatchSettings): Promise<BatchResult> {
  if (task.kind === 'report') return runReport(task.path, settings);
  if (task.kind === 'pair') return runPair(task.older, task.newer, settings);
  // Loaded on the first ledger only, like the diff.
  return (await import('./chains-rows')).runChains(task, settings.labels);
}

async function runReport(path: string, settings: BatchSettings): Promise<BatchResult> {
  let sha256: string | null = null;
  try {
    const { bytes, file, label } = readFileInputSync(path);
    sha256 = sha256Hex(bytes);
    const reusable = settings.reuse?.lines[reuseKey(sha256, path)];
    const line = reusable ? readLine(settings.reuse!.file, reusable[0], reusable[1]) : null;
    const extraction: Extraction = line ? JSON.parse(line) : extractFromBytes(bytes, { file, label }).extraction;
    checkIsReport(extraction, label, settings.strict, { stderr: () => {} });
    return reportDone(path, extraction, line ?? `${JSON.stringify(extraction)}\n`, line !== null, settings);
  } catch (err) {
    return { kind: 'error', path, sha256, error: reasonOf(err) };
  }
}

function reportDone(path: string, x: Extraction, line: string, reused: boolean, settings: BatchSettings): ReportDone {
  const language = settings.labels;
  return {
    kind: 'report',
    path,
    sha256: x.source.sha256,
    line,
    commitments: rowsWith(commitmentRows({ extraction: x }, language), path),
    figures: rowsWith(numberRows({ extraction: x }, language), path),
    problems: rowsWith(problemRows({ extraction: x }), path),
    meta: x.meta,
    isReport: x.detection.isReport,
    reused,
  };
}

async function runPair(older: LineRef, newer: LineRef, settings: BatchSettings): Promise<BatchResult> {
  // Loaded on the first pair only: the diff brings compromise, which extraction never needs.
  const [{ diff }, { ledgerRows }] = await Promise.all([import('../../diff/index'), import('./ledger-rows')]);
  const a = JSON.parse(readLine(older.file, older.offset, older.length)) as Extraction;
  const b = JSON.parse(readLine(newer.file, newer.offset, newer.length)) as Extraction;
  const result = diff(a, b);
  return { kind: 'pair', line: `${JSON.stringify(result)}\n`, ledger: ledgerRows(a, b, result, older.path, newer.path, settings.labels), summary: result.summary };
}

/** One line of a JSONL file, by its byte offset and length (newline included). */
export function readLine(file: string, offset: number, length: number): string {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(length);
    let read = 0;
    while (read < length) {
      const n = readSync(fd, buf, read, length - read, offset + read);
      if (n === 0) break;
      read += n;
    }
    return buf.toString('utf8', 0, read);
  } finally {
    closeSync(fd);
  }
}

/** Bad input keeps the CLI's message; anything else is a bug, named as such, on one line. */
function reasonOf(err: unknown): string {
  if (err instanceof BadInputError) return err.message;
  const message = err instanceof Error ? err.message : String(err);
  return `internal error (a bug, please report it with this file): ${message.replace(/\s*\n\s*/g, ' ')}`;
}

/** Whether a reused line was written by this extractor (the record says which version wrote it). */
export function isCurrentVersion(x: Pick<Extraction, 'extractorVersion'>): boolean {
  return x.extractorVersion === EXTRACTOR_VERSION;
}
