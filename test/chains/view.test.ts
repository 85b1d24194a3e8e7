/**
 * The ledger's filters, order and chart counts (lib/chains/view.ts) and statuses set by hand
 * (lib/chains/overrides.ts), on the labelled county fixture.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chainNotes, overrideKey, withOverrides } from '../../lib/chains/overrides';
import { countsByYear, ledgerRows } from '../../lib/chains/view';
import type { Override } from '../../lib/export/types';
import { loadCase } from '../../scripts/chain-score';

const { ledger, labels } = loadCase(fileURLToPath(new URL('../fixtures/chains/county-zh', import.meta.url)));
const firstText = (id: string) => labels.chains.find((c) => c.id === id)!.cells[0].match!;
const rowIds = (rows: ReturnType<typeof ledgerRows>) => rows.map((c) => labels.chains.find((l) => l.from === c.first.report && c.first.text.includes(l.cells[0].match!))?.id ?? c.first.text);

describe('ledger filters', () => {
  it('"promised 3 times or more, never reported done" lists exactly the labelled promises', () => {
    const want = labels.chains.filter((c) => c.cells.filter((x) => x.plan !== null).length >= 3 && !c.cells.some((x) => x.review === 'done')).map((c) => c.id);
    expect(want.sort()).toEqual(['decision-catalogue', 'legal-rooms', 'smart-justice']);
    expect(rowIds(ledgerRows(ledger, 'promised-3-never-done')).sort()).toEqual(want.sort());
  });

  it('"target lowered" lists the promises whose figure went down', () => {
    expect(rowIds(ledgerRows(ledger, 'target-lowered')).sort()).toEqual(['culture-parks', 'hotline', 'training']);
  });

  it('"silent after being promised" holds every labelled silence the diff also reads as silence', () => {
    const silent = rowIds(ledgerRows(ledger, 'silent-after-promise'));
    for (const id of ['normative-docs', 'smart-justice', 'culture-parks', 'township-enforcement', 'dispute-centre', 'legality-review']) expect(silent).toContain(id);
  });

  it('orders rows oldest promise first', () => {
    const years = ledgerRows(ledger).map((c) => c.first.report);
    expect(years).toEqual([...years].sort((a, b) => a - b));
  });

  it('counts each year\'s cells for the chart', () => {
    const counts = countsByYear(ledger);
    expect(counts.map((c) => c.year)).toEqual([2021, 2022, 2023, 2024]);
    expect(counts[0].plan.new).toBe(ledger.chains.filter((c) => c.first.report === 0).length);
    expect(counts.reduce((s, c) => s + c.total, 0)).toBe(ledger.chains.reduce((s, c) => s + c.cells.length, 0));
  });
});

describe('statuses set by hand', () => {
  const rooms = ledger.chains.find((c) => c.first.text.includes(firstText('legal-rooms')))!;
  const last = rooms.cells[3];
  const key = overrideKey(ledger, last)!;
  const override: Override = { ...key, status: 'fulfilled', note: '县司法局2024年6月公告：86个村全部建成', createdAt: '2024-07-01T00:00:00.000Z' };
  const changed = withOverrides(ledger, [override]);
  const after = changed.chains.find((c) => c.id === rooms.id)!;

  it('keys a cell by the promise it judged and the two reports, as the compare view does', () => {
    expect(key).toEqual({ olderSha256: '2022.txt', newerSha256: '2023.txt', commitmentId: rooms.cells[2].commitment!.id });
    expect(overrideKey(ledger, rooms.cells[0])).toBeNull();
  });

  it('lays the status over the cell, keeps what was read, and carries the note along the chain', () => {
    expect(after.cells[3]).toMatchObject({ review: 'done', override: { note: override.note, computed: 'progress' } });
    expect(chainNotes(after)).toEqual([{ report: 3, note: override.note }]);
    expect(rooms.cells[3].review).toBe('progress');
  });

  it('changes what the filters list', () => {
    expect(ledgerRows(changed, 'promised-3-never-done').map((c) => c.id)).not.toContain(rooms.id);
    expect(ledgerRows(ledger, 'promised-3-never-done').map((c) => c.id)).toContain(rooms.id);
  });

  it('ignores overrides of other pairs', () => {
    expect(withOverrides(ledger, [{ ...override, newerSha256: 'elsewhere' }])).toEqual(ledger);
  });
});
