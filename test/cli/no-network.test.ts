/**
 * The CLI makes no network call (CONTRACT.md: "No network access, ever"). Each run is the
 * real launcher (`node bin/promise-ledger.mjs`) with no-network-preload.mjs loaded first: it
 * replaces net/tls/http/https/http2/dns/dgram entry points and global fetch with stubs that
 * log and throw. Runs: a report, an HTML page full of remote references (img, script,
 * stylesheet, iframe, CSS url(), meta refresh, base href, og:image …), detect, and diffs in
 * every format. Each must succeed, and the log must show the stubs installed and never called.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli';

const PRELOAD = fileURLToPath(new URL('./no-network-preload.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'pl-no-network-'));
const REPORT = join(ROOT, 'samples/qinghe-2023.zh.txt');
const NEWER = join(ROOT, 'samples/qinghe-2024.zh.txt');

/** A gov-style page whose every remote reference would be a request in a browser. */
const REMOTE_PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8">
<base href="https://www.example.gov.cn/art/">
<meta http-equiv="refresh" content="0; url=https://tracker.example.com/r">
<meta property="og:image" content="https://cdn.example.com/og.png">
<title>清河县2023年法治政府建设年度报告_政务公开</title>
<link rel="stylesheet" href="https://cdn.example.com/site.css"><link rel="preload" href="//cdn.example.com/font.woff2">
<script src="https://cdn.example.com/analytics.js"></script><style>@import url("https://cdn.example.com/a.css"); body{background:url(https://cdn.example.com/bg.png)}</style>
</head><body><img src="https://cdn.example.com/banner.png" srcset="https://cdn.example.com/b2.png 2x">
<iframe src="https://video.example.com/embed"></iframe><object data="https://cdn.example.com/x.swf"></object>
<div class="article">${readFileSync(REPORT, 'utf8').split('\n').map((l) => `<p>${l}</p>`).join('\n')}</div>
<video poster="https://cdn.example.com/p.jpg"><source src="https://cdn.example.com/v.mp4"></video>
<form action="https://www.example.gov.cn/submit"><input type="image" src="https://cdn.example.com/go.png"></form></body></html>`;
const PAGE = join(dir, 'remote-refs.html');
writeFileSync(PAGE, REMOTE_PAGE);

/** Runs the CLI with the stubs preloaded; returns the result and the stub log lines. */
async function runWithoutNetwork(args: string[], name: string) {
  const log = join(dir, `${name}.log`);
  const r = await runCli(args, undefined, { nodeArgs: ['--import', PRELOAD], env: { PL_NETWORK_LOG: log } });
  const lines = existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : [];
  return { r, lines };
}

describe.concurrent('the CLI makes no network call', { timeout: 120_000 }, () => {
  it.each([
    ['extract a report (json)', ['extract', REPORT]],
    ['extract a report (md)', ['extract', REPORT, '--format', 'md']],
    ['extract an HTML page with remote references', ['extract', PAGE, '--url', 'https://www.example.gov.cn/art/1.html']],
    ['detect on that page', ['detect', PAGE]],
    ['diff two reports (json)', ['diff', REPORT, NEWER]],
    ['diff two reports (md)', ['diff', REPORT, NEWER, '--format', 'md']],
    ['diff the page against a report (html, --out)', ['diff', PAGE, NEWER, '--format', 'html', '--out', join(dir, 'diff.html')]],
  ])('%s', async (name, args) => {
    const { r, lines } = await runWithoutNetwork(args, name.replace(/\W+/g, '-'));
    expect(r.stderr).not.toMatch(/network access blocked|internal error/);
    expect(r.code).toBe(0);
    expect(lines).toContain('preload installed');
    // Only local IPC (tsx's Unix socket to a parent `tsx watch`) may appear; no network call.
    expect(lines.filter((l) => l.startsWith('network '))).toEqual([]);
    expect(lines.every((l) => l === 'preload installed' || /^ipc \S*tsx-[^/]+\/\d+\.pipe$/.test(l))).toBe(true);
  });

  it('the stubs do block and log (so a clean log means something)', () => {
    const log = join(dir, 'sanity.log');
    const probe = "for (const f of [() => fetch('https://example.com'), () => require('node:https').get('https://example.com'), () => require('node:net').connect(443, 'example.com'), () => require('node:dns').lookup('example.com', () => {})]) { try { f() } catch {} }";
    const r = spawnSync(process.execPath, ['--import', PRELOAD, '-e', probe], { env: { ...process.env, PL_NETWORK_LOG: log }, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(readFileSync(log, 'utf8').trim().split('\n')).toEqual([
      'preload installed', 'network fetch', 'network https.get', 'network net.connect', 'network dns.lookup',
    ]);
  });
});
