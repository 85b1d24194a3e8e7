/**
 * `promise-ledger diff` through the real CLI: JSON on stdout, and a self-contained HTML page
 * written with --out (no script, no external asset), Markdown in the report's language.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const fixture = (f: string) => fileURLToPath(new URL(`../fixtures/diff/county-zh/${f}`, import.meta.url));
const older = fixture('older.txt');
const newer = fixture('newer.txt');

describe.concurrent('diff command', { timeout: 60_000 }, () => {
  it('prints the diff JSON and a summary line on stderr', async () => {
    const r = await runCli(['diff', older, newer]);
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout.toString('utf8'));
    expect(d.schema).toBe('promise-ledger/diff@1');
    expect(d.items.length).toBeGreaterThan(10);
    expect(d.summary.fulfilled + d.summary.progress + d.summary.unaddressed + d.summary.missed).toBe(d.items.length);
    expect(r.stderr).toMatch(/commitments: \d+ fulfilled/);
  });

  it('writes a self-contained HTML report with --out', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'pl-diff-')), 'report.html');
    const r = await runCli(['diff', older, newer, '--format', 'html', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout.length).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<svg');
    expect(html).toContain('目标核对');
    // Each report's file as given: the CLI reads files, so no address and no day.
    expect(html).toContain(` · 文件: ${older}</li>`);
    expect(html).toContain(` · 文件: ${newer}</li>`);
    expect(html).not.toContain('访问日期');
    expect(html).not.toMatch(/<script|<link |src="http|href="http/i);
  });

  it('renders Markdown in the report language', async () => {
    const r = await runCli(['diff', older, newer, '--format', 'md']);
    expect(r.code).toBe(0);
    const md = r.stdout.toString('utf8');
    expect(md).toMatch(/^# 承诺兑现对照/);
    expect(md).toMatch(/^- \*\*上年报告\*\*: .+\n  - \*\*文件\*\*: .*older\.txt\n- \*\*本年报告\*\*: .+\n  - \*\*文件\*\*: .*newer\.txt$/m);
  });
});
