// @vitest-environment happy-dom
/**
 * The ledger's exports (lib/export/ledger-*.ts): CSV one row a chain and year, in the view's
 * order; Markdown and HTML showing every report text as text.
 */
import { marked } from 'marked';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withOverrides, overrideKey } from '../../lib/chains/overrides';
import type { Ledger } from '../../lib/chains/types';
import { ledgerRows } from '../../lib/chains/view';
import { ledgerCsv, ledgerCsvHeader } from '../../lib/export/ledger-csv';
import { renderLedgerHtml } from '../../lib/export/ledger-html';
import { renderLedgerMarkdown } from '../../lib/export/ledger-markdown';
import type { ReportSource } from '../../lib/export/source';
import { loadCase } from '../../scripts/chain-score';
import { parseCsv } from '../e2e/library-helpers';
import { HOSTILE } from './markdown-hostile';

const county = loadCase(resolve('test/fixtures/chains/county-zh')).ledger;
const borough = loadCase(resolve('test/fixtures/chains/borough-en')).ledger;

/** Each report of a ledger read from its own address, the years' reports saved on consecutive days. */
const sourcesOf = (ledger: Ledger): Map<string, ReportSource> =>
  new Map(ledger.reports.map((r, j) => [r.sha256, { url: `http://127.0.0.1:8080/r/${r.year}.html`, file: null, accessed: `2025-03-0${j + 1}` }]));

describe('ledgerCsv', () => {
  const rows = parseCsv(ledgerCsv(county));

  it('has one row a chain and year, in the view\'s order', () => {
    const want = ledgerRows(county).flatMap((c) => c.cells.map((cell) => [c.id, String(county.reports[cell.report].year)]));
    expect(rows.slice(1).map((r) => [r[0], r[3]])).toEqual(want);
    expect(rows[0]).toEqual(ledgerCsvHeader('zh'));
    expect(ledgerCsv(county).startsWith('\uFEFF')).toBe(true);
  });

  it('says how each year carried the promise, in the report\'s words', () => {
    const rooms = rows.filter((r) => r[2].startsWith('推进村级公共法律服务室建设'));
    expect(rooms.map((r) => [r[3], r[5], r[6]])).toEqual([['2021', '首次承诺', ''], ['2022', '原样重申', '推进中'], ['2023', '原样重申', '推进中'], ['2024', '原样重申', '推进中']]);
    const parks = rows.find((r) => r[2].startsWith('建设法治文化公园') && r[3] === '2022')!;
    expect(parks[11]).toBe('3个 → 2个');
  });

  it('filters as the view does, and writes English for an English ledger', () => {
    const lowered = parseCsv(ledgerCsv(borough, 'en', ledgerRows(borough, 'target-lowered')));
    expect(lowered[0][0]).toBe('Promise id');
    expect(new Set(lowered.slice(1).map((r) => r[0]))).toEqual(new Set(ledgerRows(borough, 'target-lowered').map((c) => c.id)));
  });

  it('ends each row with where and when its year\'s report was read (empty cells when not given)', () => {
    const sourced = parseCsv(ledgerCsv(county, 'zh', ledgerRows(county), sourcesOf(county)));
    expect(sourced[0].slice(-2)).toEqual(['来源网址', '访问日期']);
    const years = county.reports.map((r) => String(r.year));
    for (const r of sourced.slice(1)) {
      const j = years.indexOf(r[3]);
      expect(r.slice(-2)).toEqual([`http://127.0.0.1:8080/r/${r[3]}.html`, `2025-03-0${j + 1}`]);
    }
    expect(rows.slice(1).every((r) => r.at(-1) === '' && r.at(-2) === '')).toBe(true);
    expect(parseCsv(ledgerCsv(borough, 'en'))[0].slice(-2)).toEqual(['Source URL', 'Accessed']);
  });

  it('marks a status set by hand and keeps its note, guarded against formulas', () => {
    const cell = county.chains[1].cells[1];
    const changed = withOverrides(county, [{ ...overrideKey(county, cell)!, status: 'missed', note: '=HYPERLINK("http://x")', createdAt: '2024-01-01T00:00:00.000Z' }]);
    const row = parseCsv(ledgerCsv(changed)).find((r) => r[0] === county.chains[1].id && r[3] === '2022')!;
    expect([row[6], row[7], row[8]]).toEqual(['未达成', '人工判定', '\'=HYPERLINK("http://x")']);
  });
});

/** The ledger with `s` in every text it prints. */
function poisoned(ledger: Ledger, s: string): Ledger {
  return {
    ...ledger,
    issuer: s,
    reports: ledger.reports.map((r) => ({ ...r, title: s })),
    chains: ledger.chains.map((c) => ({
      ...c,
      first: { ...c.first, text: s },
      cells: c.cells.map((x) => ({ ...x, ...(x.commitment ? { commitment: { ...x.commitment, text: s } } : {}), ...(x.evidence ? { evidence: { ...x.evidence, text: s } } : {}), ...(x.targetChange ? { targetChange: { from: s, to: s } } : {}) })),
    })),
  };
}

function liveParts(html: string): string[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const found: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    if (['img', 'script', 'iframe', 'object', 'embed', 'link'].includes(el.localName)) found.push(`<${el.localName}>`);
    for (const a of Array.from(el.attributes)) if (a.name.startsWith('on')) found.push(`${el.localName}[${a.name}]`);
    const href = el.getAttribute('href');
    if (href !== null && !/^https?:/i.test(href)) found.push(`href=${href}`);
  }
  return found;
}

describe('ledger Markdown and HTML', () => {
  it('Markdown gives the chart counts, the follow-up lists and every chain', () => {
    const md = renderLedgerMarkdown(county);
    expect(md).toMatch(/^# 承诺台账：青溪县人民政府 2021–2024/);
    expect(md).toContain('## 承诺三次以上且从未兑现 (3)');
    expect(md).toContain(`## 全部 (${county.chains.length})`);
    expect(md).toContain('| 2021 | 建设法治文化公园3个 | 首次承诺 | 未找到对应段落 · 目标下调 3个→2个 |');
  });

  it('lists every report with where and when it was read, a file by its name', () => {
    const sources = sourcesOf(county);
    const first = county.reports[0];
    sources.set(first.sha256, { url: null, file: '青溪县2021.txt', accessed: null });
    const md = renderLedgerMarkdown(county, 'zh', sources);
    expect(md).toContain(`- ${first.year}: ${first.title}\n  - **文件**: 青溪县2021.txt\n- `);
    expect(md).toContain(`  - **来源网址**: http\\://127.0.0.1:8080/r/${county.reports[1].year}.html\n  - **访问日期**: 2025-03-02`);
    const html = renderLedgerHtml(county, 'zh', sources);
    expect(html).toContain(' · 文件: 青溪县2021.txt</li>');
    expect(html).toContain(` · 来源网址: http://127.0.0.1:8080/r/${county.reports[1].year}.html · 访问日期: 2025-03-02</li>`);
    expect(renderLedgerMarkdown(county)).not.toMatch(/\*\*(来源网址|访问日期|文件)\*\*/);
  });

  it('HTML gives a chart and chips whose tooltip is the sentence', () => {
    const html = renderLedgerHtml(borough);
    expect(html).toContain('<svg');
    expect(html).toContain('title="The Eastfield library branch opened in September and has 4,200 members."');
    expect(html).not.toMatch(/<script|<link |src="http|href="http/i);
  });

  it.each(HOSTILE)('shows %s as text in Markdown and HTML', (s) => {
    const sources = new Map(county.reports.map((r) => [r.sha256, { url: s, file: null, accessed: s }]));
    const md = renderLedgerMarkdown(poisoned(county, s), 'zh', sources);
    expect(liveParts(`<body>${marked.parse(md, { async: false }) as string}</body>`)).toEqual([]);
    const html = renderLedgerHtml(poisoned(county, s), 'zh', sources);
    expect(liveParts(html)).toEqual([]);
    expect(new DOMParser().parseFromString(html, 'text/html').querySelector('h1')?.textContent).toContain(s);
  });
});
