/**
 * Reading the input bytes: a file path or `-` for stdin. Every way this can go wrong is bad
 * input (exit 2) with a message that says what to do; sizes are checked before reading so an
 * absurd file never gets loaded into memory.
 */
import { readFile, stat } from 'node:fs/promises';
import { MAX_INPUT_BYTES, megabytes } from '../text/input-file';
import { BadInputError } from './errors';

/** The raw input and how to name it in messages and in `source.file`. */
export interface InputBytes {
  bytes: Uint8Array;
  /** The path as the user gave it; absent for stdin. */
  file?: string;
  /** For messages: the path, or "stdin". */
  label: string;
}

/** A readable stream of bytes (process.stdin, or a test's stream). */
export type ByteStream = AsyncIterable<Uint8Array | string> & { isTTY?: boolean };

/** Reads `arg` (a path, or '-' for stdin). Throws BadInputError for any unusable input. */
export async function readInput(arg: string, stdin: ByteStream = process.stdin): Promise<InputBytes> {
  const input = arg === '-' ? { bytes: await readStdin(stdin), label: 'stdin' } : { bytes: await readFileChecked(arg), file: arg, label: arg };
  if (input.bytes.length === 0) {
    throw new BadInputError(`${input.label} is empty: give a file that contains the report's text or HTML`);
  }
  return input;
}

async function readFileChecked(path: string): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new BadInputError(`${path} is a directory: give a report file (.txt or .html) inside it`);
    if (!info.isFile()) throw new BadInputError(`${path} is not a regular file: save the report to a .txt or .html file, or pipe it in with -`);
    size = info.size;
  } catch (err) {
    throw asBadInput(err, path);
  }
  checkSize(size, path);
  try {
    return new Uint8Array(await readFile(path));
  } catch (err) {
    throw asBadInput(err, path);
  }
}

async function readStdin(stdin: ByteStream): Promise<Uint8Array> {
  if (stdin.isTTY) throw new BadInputError('no input on stdin: pipe a report in (… | promise-ledger extract -) or give a file path');
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stdin) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
    total += buf.length;
    checkSize(total, 'stdin');
    chunks.push(buf);
  }
  return new Uint8Array(Buffer.concat(chunks, total));
}

function checkSize(size: number, label: string): void {
  if (size > MAX_INPUT_BYTES) {
    throw new BadInputError(`${label} is over ${megabytes(MAX_INPUT_BYTES)} (read ${megabytes(size)}): that is no single report; split it or pass the report's own page`);
  }
}

/** Maps file-system errors to one-line messages; passes our own errors through. */
function asBadInput(err: unknown, path: string): Error {
  if (err instanceof BadInputError) return err;
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return new BadInputError(`${path}: no such file: check the path (or use - to read stdin)`);
    case 'EACCES':
    case 'EPERM': return new BadInputError(`${path}: permission denied: make the file readable or copy it somewhere readable`);
    case 'EISDIR': return new BadInputError(`${path} is a directory: give a report file (.txt or .html) inside it`);
    case 'ENOTDIR': return new BadInputError(`${path}: a part of the path is not a directory: check the path`);
    case 'ENAMETOOLONG': return new BadInputError(`${path.slice(0, 60)}…: path too long: check the path`);
    default: return err instanceof Error ? err : new Error(String(err));
  }
}
