/**
 * `--resume`: the extraction lines of an earlier run of the same batch, to reuse instead of
 * extracting again. The earlier extractions.jsonl is set aside as extractions.jsonl.resume
 * (a run killed while resuming adds its own finished lines to it), then indexed by sha256 and
 * path; the new run writes every output afresh in input order, so a resumed batch ends
 * byte-identical to one that was never interrupted. A line cut off by the kill, or written by
 * another extractor version, is not reused.
 */
import { closeSync, existsSync, ftruncateSync, openSync, readSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { EXTRACTOR_VERSION } from '../../extract/types';
import { OUTPUT_FILES } from './columns';
import { reuseKey, type ReuseIndex } from './tasks';

const CHUNK = 1024 * 1024;

export function resumeFile(dir: string): string {
  return join(dir, `${OUTPUT_FILES.extractions}.resume`);
}

/** Sets the earlier lines aside and indexes them; null when there is nothing to resume. */
export function prepareResume(dir: string): ReuseIndex | null {
  const current = join(dir, OUTPUT_FILES.extractions);
  const saved = resumeFile(dir);
  if (existsSync(saved)) {
    if (existsSync(current)) appendCompleteLines(current, saved);
    if (existsSync(current)) unlinkSync(current);
  } else if (existsSync(current)) renameSync(current, saved);
  else return null;
  const lines: ReuseIndex['lines'] = {};
  for (const { offset, length, text } of jsonLines(saved)) {
    const record = parseRecord(text);
    if (record) lines[reuseKey(record.sha256, record.file)] = [offset, length];
  }
  return { file: saved, lines };
}

/** The finished run no longer needs the earlier lines. */
export function finishResume(dir: string): void {
  if (existsSync(resumeFile(dir))) unlinkSync(resumeFile(dir));
}

function parseRecord(line: string): { sha256: string; file: string } | null {
  try {
    const x = JSON.parse(line) as { source?: { sha256?: unknown; file?: unknown }; extractorVersion?: unknown };
    const { sha256, file } = x.source ?? {};
    if (typeof sha256 !== 'string' || typeof file !== 'string' || x.extractorVersion !== EXTRACTOR_VERSION) return null;
    return { sha256, file };
  } catch {
    return null;
  }
}

/** Each complete line (ending in a newline) of a file, with its byte offset and length. */
export function* jsonLines(file: string): Generator<{ offset: number; length: number; text: string }> {
  const fd = openSync(file, 'r');
  try {
    let carry = Buffer.alloc(0);
    let carryOffset = 0;
    const chunk = Buffer.alloc(CHUNK);
    for (let n = readSync(fd, chunk, 0, CHUNK, null); n > 0; n = readSync(fd, chunk, 0, CHUNK, null)) {
      const buf = Buffer.concat([carry, chunk.subarray(0, n)]);
      let start = 0;
      for (let nl = buf.indexOf(10, start); nl >= 0; nl = buf.indexOf(10, start)) {
        yield { offset: carryOffset + start, length: nl + 1 - start, text: buf.toString('utf8', start, nl) };
        start = nl + 1;
      }
      carry = buf.subarray(start);
      carryOffset += start;
    }
  } finally {
    closeSync(fd);
  }
}

/** Appends `from`'s complete lines to `to`, after cutting any unfinished line off `to`'s end. */
function appendCompleteLines(from: string, to: string): void {
  let end = 0;
  for (const line of jsonLines(to)) end = line.offset + line.length;
  const fd = openSync(to, 'r+');
  try {
    ftruncateSync(fd, end);
    let position = end;
    for (const line of jsonLines(from)) position += writeSync(fd, `${line.text}\n`, position);
  } finally {
    closeSync(fd);
  }
}
