/**
 * Reading the input bytes: a file path or `-` for stdin. Every way this can go wrong is bad
 * input (exit 2) with a message that says what to do; sizes are checked before reading so an
 * absurd file never gets loaded into memory.
 */
import { closeSync, createReadStream, openSync, readSync, statSync, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
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

/**
 * Reads a report file without waiting on the event loop: for a batch worker thread, which
 * has nothing else to do meanwhile, a blocking read of a cached file costs no wake-up (each
 * wake-up is a scheduling delay on a busy machine). Same checks and messages as readInput.
 */
export function readFileInputSync(path: string): InputBytes {
  let bytes: Uint8Array;
  try {
    checkRegularFile(statSync(path), path);
    bytes = readCappedSync(path);
  } catch (err) {
    throw asBadInput(err, path);
  }
  if (bytes.length === 0) throw new BadInputError(`${path} is empty: give a file that contains the report's text or HTML`);
  return { bytes, file: path, label: path };
}

function checkRegularFile(info: Stats, path: string): void {
  if (info.isDirectory()) throw new BadInputError(`${path} is a directory: give a report file (.txt or .html) inside it`);
  if (!info.isFile()) throw new BadInputError(`${path} is not a regular file: save the report to a .txt or .html file, or pipe it in with -`);
  checkSize(info.size, path);
}

/** The file's bytes, counted as they arrive (a file's stated size may be false), capped as readCapped caps. */
function readCappedSync(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(SYNC_CHUNK);
      const n = readSync(fd, chunk, 0, SYNC_CHUNK, null);
      if (n === 0) break;
      total += n;
      checkSize(total, path);
      chunks.push(n === SYNC_CHUNK ? chunk : chunk.subarray(0, n));
    }
    return new Uint8Array(Buffer.concat(chunks, total));
  } finally {
    closeSync(fd);
  }
}

const SYNC_CHUNK = 1024 * 1024;

async function readFileChecked(path: string): Promise<Uint8Array> {
  try {
    checkRegularFile(await stat(path), path);
    // Counted while reading too: a file's reported size may be false (/proc files say 0 and
    // can go on for gigabytes), so the cap holds on what actually arrives.
    return await readCapped(createReadStream(path), path);
  } catch (err) {
    throw asBadInput(err, path);
  }
}

async function readStdin(stdin: ByteStream): Promise<Uint8Array> {
  if (stdin.isTTY) throw new BadInputError('no input on stdin: pipe a report in (… | promise-ledger extract -) or give a file path');
  return readCapped(stdin, 'stdin');
}

/** All the bytes of a stream, refused as soon as they pass MAX_INPUT_BYTES. */
async function readCapped(stream: ByteStream, label: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
    total += buf.length;
    if (total > MAX_INPUT_BYTES) (stream as { destroy?: () => void }).destroy?.();
    checkSize(total, label);
    chunks.push(buf);
  }
  return new Uint8Array(Buffer.concat(chunks, total));
}

function checkSize(size: number, label: string): void {
  if (size > MAX_INPUT_BYTES) {
    throw new BadInputError(`${label} is over ${megabytes(MAX_INPUT_BYTES)} (read ${megabytes(size)}): that is no single report; split it or pass the report's own page`);
  }
}

/** Why a path could not be read, by error code: what was wrong, then what to do. */
const FS_REASONS: Record<string, string> = {
  ENOENT: 'no such file: check the path (or use - to read stdin)',
  EACCES: 'permission denied: make the file readable or copy it somewhere readable',
  EPERM: 'permission denied: make the file readable or copy it somewhere readable',
  EISDIR: 'is a directory: give a report file (.txt or .html) inside it',
  ENOTDIR: 'a part of the path is not a directory: check the path',
  ENAMETOOLONG: 'path too long: check the path',
  ELOOP: 'too many symbolic links (a link that leads back to itself): give the file\'s real path',
  EIO: 'the device could not be read: copy the report to a local file first',
  EMFILE: 'too many open files: close some programs and try again',
  ENXIO: 'no such device: save the report to a regular file',
  EAGAIN: 'the file is not ready to be read: save the report to a regular file',
};

/**
 * Maps file-system errors to one-line messages; passes our own errors through. Every error
 * the file system reports is bad input (exit 2, no stack trace), named by its code when no
 * sentence above fits: a symlink loop or a /proc file was an "internal error" with a stack.
 */
function asBadInput(err: unknown, path: string): Error {
  if (err instanceof BadInputError) return err;
  const code = (err as NodeJS.ErrnoException)?.code;
  const shown = path.length > 200 ? `${path.slice(0, 60)}…` : path;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
    return new BadInputError(`${shown}: ${FS_REASONS[code] ?? `cannot be read (${code}): save the report to a regular local file`}`);
  }
  return err instanceof Error ? err : new Error(String(err));
}
