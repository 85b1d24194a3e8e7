/**
 * Reports saved as a library bundle, for the ledger's e2e run and its library bench
 * (scripts/bench-ledger-library.ts): each text extracted as the extension would, keyed by the
 * sha256 of its text, saved the spring after the year it covers. The Government Work Reports
 * are read at run time from the shared corpus beside the project, never copied into it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BUNDLE_SCHEMA, type Bundle, type BundleSnapshot } from '../../lib/export/types';
import { extractText } from '../../lib/extract/index';

export const GWR = resolve('../shared/corpus/gwr-history/cases');
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

export function savedSnapshot(text: string, name: string, year: number): BundleSnapshot {
  const url = `http://127.0.0.1/ledger/${name}.html`;
  const extraction = extractText(text, { sha256: sha(text), url });
  return {
    sha256: sha(extraction.text), url, title: extraction.source.title, savedAt: `${year + 1}-03-01T00:00:00.000Z`,
    extractorVersion: extraction.extractorVersion, extraction, html: `<pre>${extraction.text.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'))}</pre>`, text: extraction.text,
    issuer: extraction.meta.issuer, docType: extraction.meta.docType, coversYear: extraction.meta.coversYear, tags: [],
  };
}

/** The Government Work Reports of `years` as saved snapshots; a clear error when the corpus is not beside the project. */
export function gwrSnapshots(years: number[]): BundleSnapshot[] {
  const files = years.map((y) => join(GWR, String(y), 'input.txt'));
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length) throw new Error(`the Government Work Reports are read from ${GWR} (the shared corpus beside the project); missing: ${missing.join(', ')}`);
  return files.map((f, i) => savedSnapshot(readFileSync(f, 'utf8'), `gwr-${years[i]}`, years[i]));
}

export function bundleOf(snapshots: BundleSnapshot[]): Bundle {
  return { schema: BUNDLE_SCHEMA, exportedAt: '2026-01-01T00:00:00.000Z', appVersion: 'e2e', snapshots, annotations: [], diffs: [], overrides: [] };
}
