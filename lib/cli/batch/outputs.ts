/**
 * The batch's output files, written in task order as results arrive. Writes are gathered and
 * flushed every 256 kB or half second, so a run killed half-way leaves every finished line
 * but the last few on disk for `--resume` to find.
 */
import { closeSync, existsSync, mkdirSync, openSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { BOM, csvLine } from '../../export/csv';
import { BadInputError } from '../errors';
import { OUTPUT_FILES } from './columns';

const FLUSH_BYTES = 256 * 1024;
const FLUSH_MS = 500;

/** One output file: appended to in order; knows how many bytes it holds (for line offsets). */
export class OutputFile {
  private fd: number;
  private pending: string[] = [];
  private pendingBytes = 0;
  private lastFlush = performance.now();
  /** Bytes in the file once everything written so far is flushed. */
  size = 0;

  constructor(readonly path: string) {
    try {
      this.fd = openSync(path, 'w');
    } catch (err) {
      throw new BadInputError(`cannot write ${path} (${(err as NodeJS.ErrnoException).code ?? 'error'}): choose a writable --out folder`);
    }
  }

  write(text: string): void {
    if (text === '') return;
    const bytes = Buffer.byteLength(text);
    this.pending.push(text);
    this.pendingBytes += bytes;
    this.size += bytes;
    if (this.pendingBytes >= FLUSH_BYTES || performance.now() - this.lastFlush >= FLUSH_MS) this.flush();
  }

  flush(): void {
    if (this.pending.length) writeSync(this.fd, this.pending.join(''));
    this.pending = [];
    this.pendingBytes = 0;
    this.lastFlush = performance.now();
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

/** A CSV output: the BOM and header first. */
export function csvOutput(path: string, header: string[]): OutputFile {
  const file = new OutputFile(path);
  file.write(BOM + csvLine(header));
  return file;
}

/**
 * Makes the --out folder. Refuses one that already holds a batch's outputs unless resuming:
 * a finished run of hours is not overwritten by a repeated command.
 */
export function prepareOutDir(dir: string, resume: boolean): void {
  if (dir.trim() === '') throw new BadInputError('--out needs a folder name');
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new BadInputError(`--out ${dir} is a file: give a folder (it is created if missing)`);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw new BadInputError(`cannot create --out ${dir} (${(err as NodeJS.ErrnoException).code ?? 'error'}): choose a writable folder`);
  }
  const existing = Object.values(OUTPUT_FILES).filter((name) => existsSync(join(dir, name)));
  if (existing.length && !resume) {
    throw new BadInputError(`--out ${dir} already holds a batch's outputs (${existing.join(', ')}): add --resume to go on with that batch, or give another folder`);
  }
}
