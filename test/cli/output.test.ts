/**
 * Good input through the real CLI process: one JSON document on stdout and nothing else,
 * stdin, Markdown, byte-for-byte determinism, and GBK bytes read like their UTF-8 twin.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const UTF8 = fixture('report.utf8.txt');
const GBK = fixture('report.gbk.txt');

describe.concurrent('extract and detect output', { timeout: 60_000 }, () => {
  it('prints exactly one JSON document, deterministic byte for byte', async () => {
    const [a, b] = await Promise.all([runCli(['extract', UTF8]), runCli(['extract', UTF8, '--format', 'json'])]);
    expect(a.code).toBe(0);
    const doc = JSON.parse(a.stdout.toString('utf8'));
    expect(doc.schema).toBe('promise-ledger/extraction@1');
    expect(doc.language).toBe('zh');
    expect(doc.source.sha256).toBe(createHash('sha256').update(readFileSync(UTF8)).digest('hex'));
    expect(a.stdout.equals(b.stdout)).toBe(true);
  });

  it('reads stdin with -', async () => {
    const r = await runCli(['extract', '-', '--url', 'http://www.example.gov.cn/a.html'], readFileSync(UTF8));
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout.toString('utf8'));
    expect(doc.source.file).toBeUndefined();
    expect(doc.source.url).toBe('http://www.example.gov.cn/a.html');
    expect(doc.text).toContain('网上可办率');
  });

  it('renders Markdown with Chinese labels for a Chinese report', async () => {
    const r = await runCli(['extract', UTF8, '--format', 'md']);
    expect(r.code).toBe(0);
    const md = r.stdout.toString('utf8');
    expect(md).toMatch(/^# 河湾区人民政府2022年度法治政府建设工作报告\n/);
    expect(md).toContain('## 提纲');
    expect(md).toContain('## 承诺');
  });

  it('extracts GBK bytes exactly like their UTF-8 twin', async () => {
    const [u, g] = await Promise.all([runCli(['extract', '-'], readFileSync(UTF8)), runCli(['extract', '-'], readFileSync(GBK))]);
    expect(g.code).toBe(0);
    expect(g.stderr).toMatch(/gb18030/);
    const strip = (buf: Buffer) => {
      const doc = JSON.parse(buf.toString('utf8'));
      delete doc.source.sha256; // the bytes differ, by design
      return doc;
    };
    expect(strip(g.stdout)).toEqual(strip(u.stdout));
  });

  it('detect prints the detection object alone', async () => {
    const r = await runCli(['detect', UTF8]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout.toString('utf8'));
    expect(Object.keys(doc).sort()).toEqual(['isReport', 'score', 'signals']);
  });
});
