/**
 * Command-line parsing with node:util parseArgs (strict: an unknown flag is a usage error,
 * never silently ignored, so a typo like `--fromat md` cannot produce JSON unnoticed).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { batchArgs, BATCH_OPTIONS, type BatchArgs } from './batch/args';
import { BadInputError, UsageError } from './errors';

export type ExtractFormat = 'json' | 'md';
export type LanguageChoice = 'auto' | 'zh' | 'en';

export interface ExtractArgs {
  command: 'extract';
  input: string;
  format: ExtractFormat;
  url?: string;
  lang: LanguageChoice;
  strict: boolean;
}
export interface DetectArgs { command: 'detect'; input: string; url?: string }
export interface DiffArgs { command: 'diff'; older: string; newer: string; format: string; out?: string }
export interface LedgerArgs { command: 'ledger'; inputs: string[]; format: 'json' | 'csv' | 'md' | 'html'; out?: string }
export type { BatchArgs } from './batch/args';
export type CliArgs = ExtractArgs | DetectArgs | DiffArgs | LedgerArgs | BatchArgs | { command: 'help' } | { command: 'version' };

/** Usage text: printed for --help, and after a usage error. */
export const USAGE = `Usage:
  promise-ledger extract <file|-> [--format json|md] [--url URL] [--lang auto|zh|en] [--strict]
  promise-ledger detect  <file|-> [--url URL]
  promise-ledger diff    <older> <newer> [--format json|md|html] [--out FILE]
  promise-ledger ledger  <report> <report>… [--format json|csv|md|html] [--out FILE]
  promise-ledger batch   <folder|glob|list file|->… --out DIR [--jobs N] [--resume] [--pairs] [--labels zh|en] [--strict]

Input: a .txt or .html report, or - to read stdin. JSON goes to stdout; messages to stderr.
ledger follows each promise of one issuer's reports (one a year, any order) across the years.
batch reads every report under its inputs (a list file holds one path a line) and writes
extractions.jsonl, commitments.csv, figures.csv, problems.csv and errors.jsonl into --out;
--pairs also diffs each issuer's consecutive reports into ledger.csv and ledger.jsonl.
Exit codes: 0 ok, 1 internal error, 2 bad input or bad command line.`;

type Options = NonNullable<ParseArgsConfig['options']>;

const HELP: Options = { help: { type: 'boolean', short: 'h' } };
const OPTIONS: Record<'extract' | 'detect' | 'diff' | 'ledger' | 'batch', Options> = {
  extract: {
    ...HELP,
    format: { type: 'string', short: 'f', default: 'json' },
    url: { type: 'string' },
    lang: { type: 'string', default: 'auto' },
    strict: { type: 'boolean', default: false },
  },
  detect: { ...HELP, url: { type: 'string' } },
  diff: { ...HELP, format: { type: 'string', short: 'f', default: 'json' }, out: { type: 'string', short: 'o' } },
  ledger: { ...HELP, format: { type: 'string', short: 'f', default: 'json' }, out: { type: 'string', short: 'o' } },
  batch: { ...HELP, ...BATCH_OPTIONS },
};

/** Parses argv (without node and script). Throws UsageError for anything malformed. */
export function parseCliArgs(argv: string[]): CliArgs {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') return { command: 'help' };
  if (command === '--version' || command === '-v' || command === 'version') return { command: 'version' };
  if (!(command in OPTIONS)) throw new UsageError(`unknown command "${command}": use extract, detect, diff, ledger or batch`);
  const name = command as keyof typeof OPTIONS;
  const { values, positionals } = parseStrict(rest, OPTIONS[name]);
  if (values.help) return { command: 'help' };
  if (name === 'diff') return diffArgs(values, positionals);
  if (name === 'ledger') return ledgerArgs(values, positionals);
  if (name === 'batch') return batchArgs(values, positionals);
  const input = onePositional(name, positionals);
  const url = urlArg(values.url as string | undefined);
  if (name === 'detect') return { command: 'detect', input, url };
  return {
    command: 'extract',
    input,
    url,
    format: oneOf('--format', values.format as string, ['json', 'md'] as const),
    lang: oneOf('--lang', values.lang as string, ['auto', 'zh', 'en'] as const),
    strict: Boolean(values.strict),
  };
}

function parseStrict(args: string[], options: Options) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    // parseArgs says what is wrong in its first sentence ("Unknown option '--x'"); the rest
    // is advice about '--' that only confuses here.
    throw new UsageError(`${firstSentence(err instanceof Error ? err.message : String(err))}: see usage below`);
  }
}

function onePositional(command: string, positionals: string[]): string {
  if (positionals.length === 0) throw new UsageError(`${command}: missing input: give a file path, or - to read stdin`);
  if (positionals.length > 1) throw new UsageError(`${command}: expected one input, got ${positionals.length}: ${positionals.join(' ')}`);
  return positionals[0];
}

function diffArgs(values: Record<string, unknown>, positionals: string[]): DiffArgs {
  if (positionals.length !== 2) throw new UsageError('diff: give two reports: <older> <newer>');
  return {
    command: 'diff',
    older: positionals[0],
    newer: positionals[1],
    format: oneOf('--format', values.format as string, ['json', 'md', 'html'] as const),
    out: values.out as string | undefined,
  };
}

function ledgerArgs(values: Record<string, unknown>, positionals: string[]): LedgerArgs {
  if (positionals.length < 2) throw new UsageError('ledger: give two or more reports of one issuer, one a year');
  if (positionals.filter((p) => p === '-').length > 1) throw new UsageError('ledger: only one report can come from stdin (-)');
  return {
    command: 'ledger',
    inputs: positionals,
    format: oneOf('--format', values.format as string, ['json', 'csv', 'md', 'html'] as const),
    out: values.out as string | undefined,
  };
}

/**
 * `--url` is recorded in the output and printed in Markdown: an http(s) address on one line.
 * A lone CR in it injected a Markdown heading (issue 16).
 */
function urlArg(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^https?:\/\/[^\s\p{Cc}\p{Cf}]+$/iu.test(value) || value.length > 8192) {
    const shown = value.replace(/[\p{Cc}\p{Cf}]/gu, ' ').slice(0, 60);
    throw new BadInputError(`--url must be one http:// or https:// address without spaces or line breaks (got "${shown}")`);
  }
  return value;
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got "${value}")`);
}

function firstSentence(message: string): string {
  return message.split('\n')[0].replace(/\.(\s.*)?$/, '').trim();
}
