/**
 * "Add report files": each file through the page pipeline the side panel uses (analyzePage,
 * then saveAnalysis: one transaction, deduplicated by the text's sha256), one after another.
 * A file that cannot be read or stored is a refusal in the results and stores nothing; it
 * never stops the files after it.
 */
import { errorCode } from '../messages';
import { analyzePage, saveAnalysis, type ParseHtml, type SaveDeps } from '../page-agent/pipeline';
import { filePage, sizeRefusal } from './report-file';

/** What the library needs of a File (a browser File fits; tests pass plain objects). */
export interface ReportFile { name: string; size: number; arrayBuffer(): Promise<ArrayBuffer> }

/** One file's result. A refusal's code is translated by describeError, with its `subs`. */
export type FileOutcome =
  | { name: string; status: 'added'; id: number; title: string | null; encoding: string; isReport: boolean; score: number }
  | { name: string; status: 'duplicate'; id: number; title: string | null }
  | { name: string; status: 'refused'; code: string; subs: string[] };

/** Where a run is: file `at` (1-based) of `total` is being added; `outcomes` so far. */
export interface AddProgress { at: number; total: number; name: string; outcomes: FileOutcome[] }

export interface AddFilesDeps extends SaveDeps { parse: ParseHtml }

/** The pipeline's reasons for a page with nothing to read, as said of a file. */
const UNREADABLE: Record<string, string> = { 'empty-page': 'file-empty', 'binary-page': 'file-binary' };

/** Reads, analyzes and saves one file; every failure becomes a refusal. */
export async function addReportFile(file: ReportFile, deps: AddFilesDeps): Promise<FileOutcome> {
  const refused = (code: string, subs: string[] = []): FileOutcome => ({ name: file.name, status: 'refused', code, subs });
  try {
    const tooLarge = sizeRefusal(file.size);
    if (tooLarge) return refused(tooLarge.code, tooLarge.subs);
    const reading = filePage(file.name, new Uint8Array(await file.arrayBuffer()));
    if (!reading.ok) return refused(reading.code);
    const analysis = await analyzePage(reading.page, deps.parse);
    const saved = await saveAnalysis(analysis, deps);
    if (!saved.created) return { name: file.name, status: 'duplicate', id: saved.id, title: saved.title };
    const { isReport, score } = analysis.extraction.detection;
    return { name: file.name, status: 'added', id: saved.id, title: saved.title, encoding: reading.encoding, isReport, score };
  } catch (err) {
    const code = errorCode(err);
    return refused(UNREADABLE[code] ?? code);
  }
}

/** Adds the files in order, reporting before each one and once at the end (at = total + 1). */
export async function addReportFiles(files: readonly ReportFile[], deps: AddFilesDeps, onProgress?: (p: AddProgress) => void): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for (const [i, file] of files.entries()) {
    onProgress?.({ at: i + 1, total: files.length, name: file.name, outcomes: [...outcomes] });
    outcomes.push(await addReportFile(file, deps));
  }
  onProgress?.({ at: files.length + 1, total: files.length, name: '', outcomes: [...outcomes] });
  return outcomes;
}
