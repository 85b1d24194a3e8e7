/**
 * Writes a report the way a PDF's text layer gives it back (pdftotext, pdfminer): every
 * paragraph broken at one page width, a page number after every few lines. Used by the
 * wrapped-text tests and by `npm run eval`'s "hard-wrapped" step, which scores the seed
 * reports again after wrapping them, so the PDF path is held to the same gold.
 *
 *   node bin/run-ts.mjs scripts/hard-wrap.ts <file> [--extract]   (prints the wrapped text, or its extraction JSON)
 */
import { readFileSync } from 'node:fs';
import { normalizedLines } from '../lib/text/normalize';

export interface WrapOptions {
  /** Page width in columns (a Chinese character takes two). */
  width: number;
  /** The page number line, after every `perPage` lines. */
  pageNumber: (page: number) => string;
  perPage?: number;
  /** A blank line after each paragraph and around each page number, as pdftotext writes them. */
  gaps?: boolean;
}

/** Columns a character takes on a printed Chinese page: ideographs and CJK punctuation two, the rest one. */
function columns(ch: string): number {
  return /[\u3000-\u9fff\uff00-\uff60“”]/.test(ch) ? 2 : 1;
}

const widthOf = (s: string): number => [...s].reduce((n, ch) => n + columns(ch), 0);

/**
 * Wraps each paragraph (a line of `text`) at `width` columns: Chinese at any character, its
 * first line indented two characters (the indent itself is dropped, as text layers do),
 * English at spaces.
 */
export function hardWrap(text: string, { width, pageNumber, perPage = 22, gaps = false }: WrapOptions): string {
  const out: string[] = [];
  let written = 0;
  const emit = (line: string) => {
    out.push(line);
    if (++written % perPage === 0) out.push(...(gaps ? ['', pageNumber(written / perPage + 1), ''] : [pageNumber(written / perPage + 1)]));
  };
  for (const paragraph of normalizedLines(text)) {
    const chinese = /[\u4e00-\u9fff]/.test(paragraph);
    let line = '';
    let used = chinese ? 4 : 0;
    const pieces = chinese ? [...paragraph] : paragraph.split(' ').map((w, i) => (i ? ` ${w}` : w));
    for (const piece of pieces) {
      const size = widthOf(piece);
      if (used + size > width && line) {
        emit(line);
        line = piece.trimStart();
        used = widthOf(line);
      } else {
        line += piece;
        used += size;
      }
    }
    emit(line);
    if (gaps) out.push('');
  }
  return out.join('\n');
}

/** The layout official documents use: 28 characters a line, "— n —" footers; English at 90 columns. */
export function pdfLikeText(text: string): string {
  const chinese = /[\u4e00-\u9fff]/.test(text.slice(0, 2000));
  return chinese
    ? hardWrap(text, { width: 56, pageNumber: (n) => `— ${n} —`, perPage: 22 })
    : hardWrap(text, { width: 90, pageNumber: (n) => String(n), perPage: 45 });
}

async function main(): Promise<void> {
  const [file, flag] = process.argv.slice(2);
  if (!file) {
    console.error('usage: node bin/run-ts.mjs scripts/hard-wrap.ts <file> [--extract]');
    process.exit(2);
  }
  const wrapped = pdfLikeText(readFileSync(file, 'utf8'));
  if (flag !== '--extract') {
    process.stdout.write(`${wrapped}\n`);
    return;
  }
  const { extractFromBytes } = await import('../lib/cli/pipeline');
  const { extraction } = extractFromBytes(new TextEncoder().encode(wrapped), { file: 'wrapped.txt' });
  process.stdout.write(`${JSON.stringify(extraction)}\n`);
}

if (process.argv[1]?.endsWith('hard-wrap.ts')) await main();
