/**
 * CLI entry: `promise-ledger extract|detect|diff|ledger …` (shared/CONTRACT.md, CLI section).
 * Returns the exit code instead of calling process.exit, so piped stdout is flushed in full.
 */
import { readFileSync } from 'node:fs';
import { parseCliArgs, USAGE, type CliArgs } from './args';
import { runDetect, runExtract, type CliIo } from './commands';
import type { WorkerStart } from './batch/pool';
import { BadInputError, EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK, UsageError } from './errors';

const PROGRAM = 'promise-ledger';

/**
 * Runs the CLI with `argv` (arguments after the script name) and returns the exit code.
 * `workers` says how batch worker threads start (bin/promise-ledger.mjs passes it); without
 * it, batch runs in this thread.
 */
export async function main(argv: string[], io: CliIo = processIo(), workers?: WorkerStart): Promise<number> {
  try {
    await dispatch(parseCliArgs(argv), io, workers);
    return EXIT_OK;
  } catch (err) {
    return reportFailure(err, io);
  }
}

async function dispatch(args: CliArgs, io: CliIo, workers?: WorkerStart): Promise<void> {
  switch (args.command) {
    case 'help': return io.stdout(`${USAGE}\n`);
    case 'version': return io.stdout(`${packageVersion()}\n`);
    case 'extract': return runExtract(args, io);
    case 'detect': return runDetect(args, io);
    // Loaded only when asked for: the diff brings compromise (English verb forms), which
    // `extract` on a single report should not pay for at start-up.
    case 'diff': return (await import('./diff-command')).runDiff(args, io);
    case 'ledger': return (await import('./ledger-command')).runLedger(args, io);
    case 'batch': return (await import('./batch/command')).runBatch(args, io, workers);
  }
}

/** Bad input: one line, no stack (plus usage for command-line mistakes). Anything else is a bug. */
function reportFailure(err: unknown, io: CliIo): number {
  if (err instanceof BadInputError) {
    io.stderr(`${PROGRAM}: ${err.message}\n`);
    if (err instanceof UsageError) io.stderr(`\n${USAGE}\n`);
    return EXIT_BAD_INPUT;
  }
  // A stack is what whoever fixes the bug needs; bad input never reaches here.
  const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
  io.stderr(`${PROGRAM}: internal error (a bug, please report it with the input): ${detail}\n`);
  return EXIT_INTERNAL;
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** The real process streams. A closed stdout (`… | head`) ends the run quietly. */
export function processIo(): CliIo {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(EXIT_OK);
    throw err;
  });
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    stdin: process.stdin,
    stderrIsTerminal: process.stderr.isTTY === true,
  };
}
