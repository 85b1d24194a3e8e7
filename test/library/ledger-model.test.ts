/** The library's ledger model (lib/library/ledger.ts) and its route. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLedger } from '../../lib/chains/ledger';
import { diff } from '../../lib/diff/index';
import { extractText } from '../../lib/extract/index';
import { asLedgerReport, cellPassage, ledgerCards, ledgerDocType, sortChains, storedDiffs } from '../../lib/library/ledger';
import { loadCase } from '../../scripts/chain-score';
import { formatRoute, LIST_HOME, parseRoute, type Route } from '../../lib/library/route';
import type { Chain, ChainCell } from '../../lib/chains/types';
import type { Extraction } from '../../lib/extract/types';

const card = (id: number, docType: Extraction['meta']['docType'], year: number, savedAt: string) => ({ id, docType, year, savedAt });

describe('ledger route', () => {
  const ROUTES: Route[] = [
    { view: 'ledger', issuer: '青溪县', docType: null, filter: 'all', sort: 'oldest' },
    { view: 'ledger', issuer: 'Riverton Borough Council', docType: 'annual-report', filter: 'target-lowered', sort: 'newest' },
    { view: 'ledger', issuer: 'A/B 区', docType: null, filter: 'promised-3-never-done', sort: 'oldest' },
  ];
  it.each(ROUTES.map((r) => [formatRoute(r), r]))('%s', (hash, r) => expect(parseRoute(hash)).toEqual(r));

  it('reads what it cannot use as the defaults, or as the list', () => {
    expect(parseRoute('#/ledger/x?filter=evil&sort=up&type=nope')).toEqual({ view: 'ledger', issuer: 'x', docType: null, filter: 'all', sort: 'oldest' });
    expect(parseRoute('#/ledger/%E0%A4%A')).toEqual(LIST_HOME);
    expect(parseRoute('#/ledger/')).toEqual(LIST_HOME);
  });
});

describe('which saved reports make the ledger', () => {
  const cards = [
    card(1, 'annual-report', 2021, '2024-01-01'), card(2, 'annual-report', 2022, '2024-01-02'), card(3, 'annual-report', 2022, '2024-03-01'),
    card(4, 'work-plan', 2023, '2024-05-01'), card(5, 'annual-report', 2020, '2024-01-03'), card(6, 'annual-report', 0, '2024-01-04'),
  ];

  it('takes the kind of report with the most years', () => {
    expect(ledgerDocType(cards)).toBe('annual-report');
    expect(ledgerDocType([card(1, 'work-plan', 2021, 'b'), card(2, 'annual-report', 2021, 'a')])).toBe('work-plan');
    expect(ledgerDocType([])).toBeNull();
  });

  it('keeps one a year, the latest saved, oldest year first, a report without a year last', () => {
    expect(ledgerCards(cards, 'annual-report').map((c) => c.id)).toEqual([5, 1, 3, 6]);
    expect(ledgerCards(cards, null).map((c) => c.id)).toEqual([5, 1, 3, 4, 6]);
  });

  it('keys a report by its snapshot\'s sha256', () => {
    const ex = { source: { sha256: 'bytes', title: 't' } } as unknown as Extraction;
    expect(asLedgerReport({ sha256: 'text', extraction: ex }).source).toEqual({ sha256: 'text', title: 't' });
  });
});

describe('rows and passages', () => {
  const chain = (id: string, report: number) => ({ id, first: { report, year: 2020 + report, text: id }, cells: [], promised: 1, now: 'promised' }) as unknown as Chain;
  const chains = [chain('a', 0), chain('b', 0), chain('c', 1), chain('d', 2)];

  it('sorts by the promise\'s age, oldest or newest first, stable within a year', () => {
    expect(sortChains(chains, 'oldest').map((c) => c.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(sortChains(chains, 'newest').map((c) => c.id)).toEqual(['d', 'c', 'a', 'b']);
  });

  it('finds the sentence of a chip in its report', () => {
    const cell: ChainCell = { report: 2, review: 'done', reviewRules: [], evidence: { text: 'e', start: 5, end: 9 }, plan: null, commitment: null };
    expect(cellPassage(cell, 'review')).toEqual({ report: 2, start: 5, end: 9 });
    expect(cellPassage(cell, 'plan')).toBeNull();
  });
});

describe('the ledger\'s diffs, kept and read back', () => {
  const { labels } = loadCase(resolve('test/fixtures/chains/county-zh'));
  const found = labels.reports.map((f, i) => {
    const extraction = extractText(readFileSync(resolve('test/fixtures/chains/county-zh', f), 'utf8'), { sha256: `bytes-${i}` });
    return { sha256: `text-${i}`, extraction };
  });

  it('reads a kept year-to-year diff instead of computing it, computes the others once and lists them for keeping', () => {
    const kept = diff(found[0].extraction, found[1].extraction);
    let computed = 0;
    const d = storedDiffs(found, [kept], (a, b) => { computed++; return diff(a, b); });
    const ledger = buildLedger(found.map(asLedgerReport), { diff: d.judge });
    expect(ledger.reports.map((r) => r.sha256)).toEqual(['text-0', 'text-1', 'text-2', 'text-3']);
    // 1→2 and 2→3 computed in full (and listed), plus the reviews across a gap (subsets, not listed).
    expect(d.computed.map((x) => [x.older.sha256, x.newer.sha256])).toEqual([['bytes-1', 'bytes-2'], ['bytes-2', 'bytes-3']]);
    expect(computed).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(ledger)).toBe(JSON.stringify(buildLedger(found.map(asLedgerReport))));
  });

  it('does not take a kept diff of a subset, nor of other reports', () => {
    const partial = { ...diff(found[0].extraction, found[1].extraction) };
    partial.items = partial.items.slice(1);
    const d = storedDiffs(found, [partial], (a, b) => diff(a, b));
    buildLedger(found.map(asLedgerReport), { diff: d.judge });
    expect(d.computed.map((x) => x.older.sha256)).toEqual(['bytes-0', 'bytes-1', 'bytes-2']);
  });
});
