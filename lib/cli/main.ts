/**
 * CLI entry: `promise-ledger extract|detect|diff|ledger …` (shared/CONTRACT.md, CLI section).
 * Returns the exit code instead of calling process.exit, so piped stdout is flushed in full.
 */
import { readFileSync } from 'node:fs';
import { parseCliArgs, USAGE, type CliArgs } from './args';
import { runDetect, runDiff, runExtract, type CliIo } from './commands';
import { runLedger } from './ledger-command';
import { BadInputError, EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK, UsageError } from './errors';

const PROGRAM = 'promise-ledger';

/** Runs the CLI with `argv` (arguments after the script name) and returns the exit code. */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  try {
    await dispatch(parseCliArgs(argv), io);
    return EXIT_OK;
  } catch (err) {
    return reportFailure(err, io);
  }
}

async function dispatch(args: CliArgs, io: CliIo): Promise<void> {
  switch (args.command) {
    case 'help': return io.stdout(`${USAGE}\n`);
    case 'version': return io.stdout(`${packageVersion()}\n`);
    case 'extract': return runExtract(args, io);
    case 'detect': return runDetect(args, io);
    case 'diff': return runDiff(args, io);
    case 'ledger': return runLedger(args, io);
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
  };
}
