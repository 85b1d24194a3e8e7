/**
 * CLI failure kinds and their exit codes (shared/CONTRACT.md, CLI section). Bad input gets
 * one clear line on stderr and no stack trace; anything else is our bug and exits 1.
 */

export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_BAD_INPUT = 2;

/**
 * The user handed us something we cannot read as a report. The message is the whole story:
 * what was wrong and what to do, on one line.
 */
export class BadInputError extends Error {
  override name = 'BadInputError';
}

/** The command line itself is wrong (unknown flag, missing argument): also exit 2, plus usage. */
export class UsageError extends BadInputError {
  override name = 'UsageError';
}

