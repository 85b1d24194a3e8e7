/**
 * `promise-ledger batch <inputs>… --out DIR`: every report under the inputs extracted on
 * `--jobs` threads, written in input order (so the outputs are the same bytes whatever the
 * number of jobs), a bad file written to errors.jsonl and the batch going on; with `--pairs`,
 * each issuer's consecutive reports diffed into ledger.csv and ledger.jsonl, and each issuer's
 * promises followed across all its years into chains.csv.
 */
import { join } from 'node:path';
import type { CliIo } from '../commands';
import { BadInputError } from '../errors';
import type { BatchArgs } from './args';
import { batchHeaders, OUTPUT_FILES } from './columns';
import { collectInputs } from './inputs';
import { csvOutput, OutputFile, prepareOutDir } from './outputs';
import { ledgersToFollow, pairsToDiff, type Extracted } from './pairs';
import { inThreadRunner, runOrdered, workerPool, type TaskRunner, type WorkerStart } from './pool';
import { emptyCounts, progressLine, summary, type Counts } from './progress';
import { finishResume, prepareResume } from './resume';
import type { BatchResult, BatchSettings, BatchTask, ChainsTask, LineRef } from './tasks';

/** A pair's diff as written to ledger.jsonl, with the older report it judged. */
interface PairDiff { older: LineRef; diff: LineRef }

type Progress = (what: string, total: number) => ReturnType<typeof progressLine>;

/** Results waiting to be written, per job: bounds memory when one slow file holds the line. */
const WINDOW_PER_JOB = 8;

export async function runBatch(args: BatchArgs, io: CliIo, workers?: WorkerStart): Promise<void> {
  const started = performance.now();
  const { files, skipped } = await collectInputs(args.inputs, io.stdin);
  if (files.length === 0) throw new BadInputError(`batch: no .txt, .html or .htm file under ${args.inputs.join(', ')}`);
  prepareOutDir(args.out, args.resume);
  const reuse = args.resume ? prepareResume(args.out) : null;
  const settings: BatchSettings = { labels: args.labels, strict: args.strict, reuse };
  const jobs = Math.min(args.jobs, files.length);
  const runner: TaskRunner = jobs > 1 && workers ? workerPool(jobs, settings, workers) : inThreadRunner(settings);
  const counts = emptyCounts(files.length);
  const progress: Progress = (what, total) => progressLine(io.stderr, io.stderrIsTerminal === true, what, total);
  try {
    const extracted = await extractAll(files, runner, jobs, args, counts, progress('files', files.length));
    if (args.pairs) {
      const diffs = await diffPairs(extracted, runner, jobs, args, counts, progress);
      await followChains(extracted, diffs, runner, jobs, args, counts, progress);
    }
  } finally {
    await runner.close();
  }
  finishResume(args.out);
  io.stderr(summary(counts, (performance.now() - started) / 1000, args.out, skipped));
}

/** Extracts every file in order into the five outputs; returns the reports written, for pairing. */
async function extractAll(files: string[], runner: TaskRunner, jobs: number, args: BatchArgs, counts: Counts, progress: ReturnType<typeof progressLine>): Promise<Extracted[]> {
  const headers = batchHeaders(args.labels);
  const out = {
    extractions: new OutputFile(join(args.out, OUTPUT_FILES.extractions)),
    commitments: csvOutput(join(args.out, OUTPUT_FILES.commitments), headers.commitments),
    figures: csvOutput(join(args.out, OUTPUT_FILES.figures), headers.figures),
    problems: csvOutput(join(args.out, OUTPUT_FILES.problems), headers.problems),
    errors: new OutputFile(join(args.out, OUTPUT_FILES.errors)),
  };
  const firstPathOf = new Map<string, string>();
  const extracted: Extracted[] = [];
  const tasks: BatchTask[] = files.map((path) => ({ kind: 'report', path }));
  try {
    await runOrdered(tasks, runner, jobs * WINDOW_PER_JOB, (r, i) => {
      write(r, out, firstPathOf, extracted, counts);
      progress.tick(i + 1);
    });
  } finally {
    for (const file of Object.values(out)) file.close();
    progress.end();
  }
  return extracted;
}

function write(r: BatchResult, out: Record<'extractions' | 'commitments' | 'figures' | 'problems' | 'errors', OutputFile>, firstPathOf: Map<string, string>, extracted: Extracted[], counts: Counts): void {
  if (r.kind === 'pair' || r.kind === 'chains') throw new Error(`a ${r.kind} result among the reports`);
  const first = r.sha256 === null ? undefined : firstPathOf.get(r.sha256);
  if (r.kind === 'error' || first !== undefined) {
    // A duplicate (the same bytes as a file before it) is listed, not extracted twice.
    const error = r.kind === 'error' ? r.error : `the same bytes as ${first}: its rows are under that file`;
    out.errors.write(`${JSON.stringify({ file: r.path, sha256: r.sha256, error, ...(first !== undefined && r.kind !== 'error' ? { duplicateOf: first } : {}) })}\n`);
    if (r.kind === 'error') counts.errors++;
    else counts.duplicates++;
    return;
  }
  firstPathOf.set(r.sha256, r.path);
  extracted.push({ meta: r.meta, ref: { file: out.extractions.path, path: r.path, offset: out.extractions.size, length: Buffer.byteLength(r.line) } });
  out.extractions.write(r.line);
  out.commitments.write(r.commitments);
  out.figures.write(r.figures);
  out.problems.write(r.problems);
  counts.extracted++;
  if (r.reused) counts.reused++;
  if (!r.isReport) counts.notReports++;
}

/** Diffs every pair (extractions.jsonl is complete and closed by now) into the two ledger files; says where each diff's line is. */
async function diffPairs(extracted: Extracted[], runner: TaskRunner, jobs: number, args: BatchArgs, counts: Counts, progressFor: Progress): Promise<PairDiff[]> {
  const pairs = pairsToDiff(extracted);
  const written: PairDiff[] = [];
  const csv = csvOutput(join(args.out, OUTPUT_FILES.ledgerCsv), batchHeaders(args.labels).ledger);
  const jsonl = new OutputFile(join(args.out, OUTPUT_FILES.ledgerJsonl));
  const progress = progressFor('pairs', pairs.length);
  try {
    await runOrdered(pairs.map((p) => ({ kind: 'pair', ...p })), runner, jobs * WINDOW_PER_JOB, (r, i) => {
      if (r.kind !== 'pair') throw new Error(`a ${r.kind} result among the pairs`);
      written.push({ older: pairs[i].older, diff: { file: jsonl.path, path: pairs[i].older.path, offset: jsonl.size, length: Buffer.byteLength(r.line) } });
      jsonl.write(r.line);
      csv.write(r.ledger);
      counts.pairs++;
      for (const [status, n] of Object.entries(r.summary)) counts.statuses[status as keyof Counts['statuses']] += n;
      progress.tick(i + 1);
    });
  } finally {
    csv.close();
    jsonl.close();
    progress.end();
  }
  return written;
}

/** Each issuer's ledger across years (ledger.jsonl is complete and closed by now) into chains.csv. */
async function followChains(extracted: Extracted[], diffs: PairDiff[], runner: TaskRunner, jobs: number, args: BatchArgs, counts: Counts, progressFor: Progress): Promise<void> {
  const tasks: ChainsTask[] = ledgersToFollow(extracted).map((g) => {
    const mine = new Set(g.reports.map((r) => r.offset));
    return { kind: 'chains', issuer: g.issuer, reports: g.reports, diffs: diffs.filter((d) => mine.has(d.older.offset)).map((d) => d.diff) };
  });
  const csv = csvOutput(join(args.out, OUTPUT_FILES.chainsCsv), batchHeaders(args.labels).chains);
  const progress = progressFor('ledgers', tasks.length);
  try {
    await runOrdered(tasks, runner, jobs * WINDOW_PER_JOB, (r, i) => {
      if (r.kind !== 'chains') throw new Error(`a ${r.kind} result among the ledgers`);
      csv.write(r.rows);
      counts.ledgers++;
      counts.promises += r.promises;
      progress.tick(i + 1);
    });
  } finally {
    csv.close();
    progress.end();
  }
}
