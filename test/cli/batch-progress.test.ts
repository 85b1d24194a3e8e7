/**
 * The batch's stderr: a progress line redrawn in place on a terminal only (a log file gets
 * none), with done/total, a rate and an ETA; and the closing summary.
 */
import { describe, expect, it } from 'vitest';
import { emptyCounts, formatDuration, progressLine, summary } from '../../lib/cli/batch/progress';

function clockAt(times: number[]): () => number {
  let i = 0;
  return () => times[Math.min(i++, times.length - 1)];
}

describe('progress line', () => {
  it('on a terminal: redraws in place at most every 200 ms, always at the end, then clears itself', () => {
    const written: string[] = [];
    let now = 0;
    const line = progressLine((t) => written.push(t), true, 'files', 400, () => now);
    now = 1000;
    line.tick(100); // 100 files in 1 s: 300 to go, 3 s
    now = 1100;
    line.tick(110); // within 200 ms of the last draw: not drawn
    now = 4000;
    line.tick(400);
    line.end();
    expect(written).toHaveLength(3);
    expect(written[0]).toBe('\r100/400 files · 100 a second · ETA 3 s');
    expect(written[1]).toBe('\r400/400 files · 100 a second · ETA 0 s');
    expect(written[2]).toBe(`\r${' '.repeat(written[1].length - 1)}\r`);
  });

  it('writes nothing when stderr is not a terminal', () => {
    const written: string[] = [];
    const line = progressLine((t) => written.push(t), false, 'files', 10, clockAt([0, 500, 1000]));
    line.tick(5);
    line.tick(10);
    line.end();
    expect(written).toEqual([]);
  });

  it('says durations as a person would', () => {
    expect(formatDuration(4.4)).toBe('4 s');
    expect(formatDuration(125)).toBe('2 min 5 s');
    expect(formatDuration(3 * 3600 + 7 * 60)).toBe('3 h 7 min');
  });
});

describe('summary', () => {
  it('counts each kind of outcome, what was not read, and the pairs\' statuses', () => {
    const c = { ...emptyCounts(10), extracted: 7, reused: 3, notReports: 1, duplicates: 2, errors: 1, pairs: 2 };
    c.statuses = { fulfilled: 5, progress: 4, unaddressed: 2, missed: 1 };
    const text = summary(c, 2, 'out', new Map([['.pdf', 2], ['.doc', 3]]));
    expect(text).toBe([
      'batch: 10 files in 2.0 s (5 a second): 7 extracted (3 reused from the earlier run), 1 of them do not look like reports (detection.isReport false), 2 duplicates skipped, 1 could not be read (see errors.jsonl); outputs in out',
      'batch: not read (not .txt/.html/.htm): 3 .doc, 2 .pdf',
      'batch: 2 pairs diffed, 12 commitments: 5 fulfilled, 4 in progress, 2 unaddressed, 1 missed (ledger.csv)',
      '',
    ].join('\n'));
  });
});
