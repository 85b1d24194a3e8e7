/**
 * Inputs that could hang or crash a careless CLI: a 5 MB text (must finish well within 60 s;
 * the time is logged, not asserted, since CI machines vary) and deeply nested broken HTML.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, runCli } from './run-cli';

const SAMPLE = fileURLToPath(new URL('../../samples/qinghe-2023.zh.txt', import.meta.url));

describe.concurrent('large and hostile inputs', { timeout: 60_000 }, () => {
  it('extracts a 5 MB text', { timeout: 120_000 }, async () => {
    const unit = readFileSync(SAMPLE);
    const big = Buffer.concat(Array.from({ length: Math.ceil((5 * 1024 * 1024) / unit.length) }, () => unit));
    const r = await runCli(['extract', '-'], big);
    console.log(`5 MB text (${big.length} bytes): ${Math.round(r.ms)} ms`);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout.toString('utf8')).text.length).toBeGreaterThan(1_000_000);
  });

  it('survives deeply nested unclosed HTML', { timeout: 60_000 }, async () => {
    const html = `<html><body>${'<div><span><font>'.repeat(1500)}<p>一、主要举措和成效</p><p>全年办理案件120件。</p></body></html>`;
    const r = await runCli(['extract', '-'], html);
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout.toString('utf8')).text).toContain('全年办理案件120件');
  });

  it('refuses absurdly nested HTML with one line instead of parsing for minutes', async () => {
    const html = `<html><body>${'<div>'.repeat(20_000)}文本</body></html>`;
    const r = await runCli(['extract', '-'], html);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nests about 20000 elements deep/);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });
});
