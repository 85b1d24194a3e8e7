/**
 * `--out FILE`: where a command writes its result instead of stdout. Refused, with one line,
 * when the name is empty (it used to mean stdout), names a directory, or names one of the
 * inputs (it used to overwrite it silently, following symlinks). The file is written beside
 * its final name and renamed over it, so a failure half-way never leaves a truncated file,
 * and a symlink at that name is replaced, not followed.
 */
import { realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { BadInputError } from './errors';

/** The same file as `path`, resolved through symlinks; the plain absolute path when it does not exist. */
function identity(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** Throws BadInputError when `out` cannot be the output for these inputs. */
export function checkOutPath(out: string, inputs: string[]): void {
  if (out.trim() === '') throw new BadInputError('--out needs a file name: give one, or leave --out out to print to stdout');
  let isDirectory = false;
  try {
    isDirectory = statSync(out).isDirectory();
  } catch {
    // Absent (the usual case) or unreadable: writing will say so.
  }
  if (isDirectory || /[/\\]$/.test(out)) throw new BadInputError(`--out ${out} is a directory: give a file name inside it`);
  const target = identity(out);
  const clash = inputs.find((input) => input !== '-' && identity(input) === target);
  if (clash !== undefined) throw new BadInputError(`--out ${out} is the input ${clash}: writing there would destroy it; choose another file`);
}

/** Writes `text` to `out` through a temporary file in the same directory, then renames it. */
export function writeOutFile(out: string, text: string): void {
  const temp = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, text, { flag: 'wx' });
    renameSync(temp, out);
  } catch (err) {
    try { unlinkSync(temp); } catch { /* never created */ }
    const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    throw new BadInputError(`cannot write ${out}: ${code}; choose a writable path for --out`);
  }
}
