/**
 * The files a `batch` reads, from its arguments: a directory (every report file under it), a
 * glob pattern, a list file (one path a line, as `find … > list` writes it; `-` reads the list
 * from stdin), or a report file itself. Paths stay as the user wrote them (relative paths are
 * recorded as relative, in `source.file` and the CSVs) and come out sorted, so the outputs'
 * order never depends on the file system's.
 */
import { readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { extname, join } from 'node:path';
import { BadInputError } from '../errors';
import type { ByteStream } from '../input';
import { isGlob, matchSegments, parseGlob } from './glob';

/** What a directory walk reads: the extensions the CLI reads as text or HTML. */
export const REPORT_FILE = /\.(txt|text|x?html?|shtml)$/i;
/** A list file is read whole; longer than this it is no list of paths. */
const MAX_LIST_BYTES = 64 * 1024 * 1024;

export interface BatchInputs {
  /** Sorted, each path once. Entries of a list file are kept even when missing: they become error lines. */
  files: string[];
  /** Files found in directories but not read, by extension ('.pdf': 3): told in the summary. */
  skipped: Map<string, number>;
}

/** Expands the arguments. Throws BadInputError when an argument itself names nothing. */
export async function collectInputs(args: string[], stdin: ByteStream): Promise<BatchInputs> {
  const found = new Set<string>();
  const skipped = new Map<string, number>();
  const walker = { found, skipped, visited: new Set<string>() };
  for (const arg of args) {
    if (arg === '-') for (const line of await stdinLines(stdin)) addListed(line, walker);
    else addArgument(arg, walker);
  }
  return { files: [...found].sort(), skipped };
}

interface Walker { found: Set<string>; skipped: Map<string, number>; visited: Set<string> }

function addArgument(arg: string, w: Walker): void {
  const info = statOrNull(arg);
  if (!info && isGlob(arg)) return addGlob(arg, w);
  if (!info) throw new BadInputError(`${arg}: no such file or directory: check the path`);
  if (info.isDirectory()) return walk(arg, w);
  if (isListFile(arg)) return readList(arg, w);
  w.found.add(arg);
}

/** A line of a list: a file (kept even if missing, to be reported) or a directory to walk. */
function addListed(line: string, w: Walker): void {
  const path = line.replace(/\r$/, '');
  if (path.trim() === '') return;
  if (statOrNull(path)?.isDirectory()) walk(path, w);
  else w.found.add(path);
}

/**
 * A list file: any file without a report extension, or a .txt whose first line names an
 * existing file or directory (a report's first line never does).
 */
function isListFile(path: string): boolean {
  if (!REPORT_FILE.test(path)) return true;
  if (!/\.(txt|text)$/i.test(path)) return false;
  const head = readFileSync(path, { encoding: 'utf8', flag: 'r' }).slice(0, 4096).split('\n', 1)[0].replace(/\r$/, '').trim();
  return head !== '' && statOrNull(head) !== null;
}

function readList(path: string, w: Walker): void {
  const size = statSync(path).size;
  if (size > MAX_LIST_BYTES) throw new BadInputError(`${path}: a list file over 64 MB: give a directory or a glob pattern instead`);
  for (const line of readFileSync(path, 'utf8').split('\n')) addListed(line, w);
}

async function stdinLines(stdin: ByteStream): Promise<string[]> {
  if (stdin.isTTY) throw new BadInputError('batch -: pipe a list of paths in (find reports -name "*.txt" | promise-ledger batch - --out DIR)');
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8').split('\n');
}

function addGlob(pattern: string, w: Walker): void {
  const { base, segments, recursive } = parseGlob(pattern);
  const before = w.found.size;
  walkMatching(base, [], segments, recursive, w);
  if (w.found.size === before) throw new BadInputError(`${pattern}: no file matches this pattern: check it (quote it so the shell leaves it to batch)`);
}

function walkMatching(dir: string, names: string[], segments: string[], recursive: boolean, w: Walker): void {
  if (!recursive && names.length >= segments.length) return;
  for (const entry of entriesOf(dir, w)) {
    const path = join(dir, entry.name);
    const under = [...names, entry.name];
    if (isDirectoryEntry(entry, path)) walkMatching(path, under, segments, recursive, w);
    else if (matchSegments(segments, under)) w.found.add(path);
  }
}

/** Every report file under `dir`; other files are counted by extension. Hidden entries are skipped. */
function walk(dir: string, w: Walker): void {
  for (const entry of entriesOf(dir, w)) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (isDirectoryEntry(entry, path)) walk(path, w);
    else if (REPORT_FILE.test(entry.name)) w.found.add(path);
    else {
      const ext = extname(entry.name).toLowerCase() || '(none)';
      w.skipped.set(ext, (w.skipped.get(ext) ?? 0) + 1);
    }
  }
}

/** A directory's entries in name order; each real directory once (a symlink loop ends here). */
function entriesOf(dir: string, w: Walker): Dirent[] {
  try {
    const real = realpathSync(dir);
    if (w.visited.has(real)) return [];
    w.visited.add(real);
    return readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (err) {
    throw new BadInputError(`${dir}: cannot be listed (${(err as NodeJS.ErrnoException).code ?? 'error'}): check its permissions`);
  }
}

function isDirectoryEntry(entry: Dirent, path: string): boolean {
  return entry.isDirectory() || (entry.isSymbolicLink() && statOrNull(path)?.isDirectory() === true);
}

function statOrNull(path: string) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}
