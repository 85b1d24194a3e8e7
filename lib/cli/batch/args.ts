/** `batch`'s command line: its options (parsed with the others in ../args.ts) and their checks. */
import { availableParallelism } from 'node:os';
import type { ParseArgsConfig } from 'node:util';
import type { Language } from '../../extract/types';
import { UsageError } from '../errors';

export interface BatchArgs {
  command: 'batch';
  /** Folders, glob patterns, list files, report files, or '-' (a list on stdin). */
  inputs: string[];
  out: string;
  /** Worker threads; 1 runs everything in the main thread. */
  jobs: number;
  resume: boolean;
  pairs: boolean;
  labels: Language;
  strict: boolean;
}

export const BATCH_OPTIONS: NonNullable<ParseArgsConfig['options']> = {
  out: { type: 'string', short: 'o' },
  jobs: { type: 'string', short: 'j' },
  resume: { type: 'boolean', default: false },
  pairs: { type: 'boolean', default: false },
  labels: { type: 'string', default: 'zh' },
  strict: { type: 'boolean', default: false },
};

/** More threads than this only queue for the same cores and memory. */
const MAX_JOBS = 64;

export function batchArgs(values: Record<string, unknown>, positionals: string[]): BatchArgs {
  if (positionals.length === 0) throw new UsageError('batch: give the reports: a folder, a glob pattern, a list file, or - for a list on stdin');
  if (positionals.filter((p) => p === '-').length > 1) throw new UsageError('batch: stdin (-) can be given once');
  const out = values.out as string | undefined;
  if (out === undefined || out.trim() === '') throw new UsageError('batch: give --out DIR, the folder for the outputs');
  const labels = values.labels as string;
  if (labels !== 'zh' && labels !== 'en') throw new UsageError(`--labels must be one of zh, en (got "${labels}")`);
  return {
    command: 'batch',
    inputs: positionals,
    out,
    jobs: jobsOf(values.jobs as string | undefined),
    resume: Boolean(values.resume),
    pairs: Boolean(values.pairs),
    labels,
    strict: Boolean(values.strict),
  };
}

/** `--jobs N`: a whole number from 1 to 64; by default one per core. */
function jobsOf(value: string | undefined): number {
  if (value === undefined) return Math.min(MAX_JOBS, availableParallelism());
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > MAX_JOBS) throw new UsageError(`--jobs must be a whole number from 1 to ${MAX_JOBS} (got "${value}")`);
  return n;
}
