/**
 * What the batch tells on stderr: a progress line redrawn in place while it runs (only when
 * stderr is a terminal: a log file gets no carriage returns), and a summary at the end.
 */
import type { Status } from '../../diff/types';

export interface Counts {
  files: number;
  extracted: number;
  reused: number;
  notReports: number;
  duplicates: number;
  errors: number;
  pairs: number;
  statuses: Record<Status, number>;
  /** Issuers' ledgers across years written to chains.csv, and the promises they follow. */
  ledgers: number;
  promises: number;
}

export function emptyCounts(files: number): Counts {
  return { files, extracted: 0, reused: 0, notReports: 0, duplicates: 0, errors: 0, pairs: 0, statuses: { fulfilled: 0, progress: 0, unaddressed: 0, missed: 0 }, ledgers: 0, promises: 0 };
}

const REDRAW_MS = 200;

/** A progress line for one phase ('files' or 'pairs'): done / total, a rate, an ETA. */
export function progressLine(stderr: (text: string) => void, isTerminal: boolean, what: string, total: number, now = () => performance.now()) {
  const started = now();
  let drawn = -Infinity;
  let width = 0;
  return {
    tick(done: number): void {
      if (!isTerminal || (now() - drawn < REDRAW_MS && done < total)) return;
      drawn = now();
      const seconds = (drawn - started) / 1000;
      const rate = seconds > 0 ? done / seconds : 0;
      const eta = rate > 0 ? formatDuration((total - done) / rate) : '…';
      const line = `${done}/${total} ${what} · ${rate.toFixed(rate < 10 ? 1 : 0)} a second · ETA ${eta}`;
      stderr(`\r${line.padEnd(width)}`);
      width = line.length;
    },
    /** Clears the line, so the summary starts on a clean one. */
    end(): void {
      if (isTerminal && width) stderr(`\r${' '.repeat(width)}\r`);
    },
  };
}

export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m} min ${s % 60} s` : `${Math.floor(m / 60)} h ${m % 60} min`;
}

/** The closing summary, one line per phase. */
export function summary(c: Counts, seconds: number, out: string, skipped: Map<string, number>): string {
  const rate = seconds > 0 ? Math.round(c.files / seconds) : c.files;
  const parts = [`${c.extracted} extracted${c.reused ? ` (${c.reused} reused from the earlier run)` : ''}`];
  if (c.notReports) parts.push(`${c.notReports} of them do not look like reports (detection.isReport false)`);
  if (c.duplicates) parts.push(`${c.duplicates} ${c.duplicates === 1 ? 'duplicate' : 'duplicates'} skipped`);
  if (c.errors) parts.push(`${c.errors} could not be read (see errors.jsonl)`);
  const lines = [`batch: ${c.files} files in ${seconds.toFixed(1)} s (${rate} a second): ${parts.join(', ')}; outputs in ${out}`];
  if (skipped.size) {
    const kinds = [...skipped].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([ext, n]) => `${n} ${ext}`);
    lines.push(`batch: not read (not .txt/.html/.htm): ${kinds.join(', ')}`);
  }
  if (c.pairs) {
    const s = c.statuses;
    const items = s.fulfilled + s.progress + s.unaddressed + s.missed;
    lines.push(`batch: ${c.pairs} pairs diffed, ${items} commitments: ${s.fulfilled} fulfilled, ${s.progress} in progress, ${s.unaddressed} unaddressed, ${s.missed} missed (ledger.csv)`);
  }
  if (c.ledgers) lines.push(`batch: ${c.ledgers} ${c.ledgers === 1 ? 'ledger' : 'ledgers'} across years, ${c.promises} promises followed (chains.csv)`);
  return `${lines.join('\n')}\n`;
}
