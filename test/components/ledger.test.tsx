// @vitest-environment happy-dom
/** The ledger view's components under happy-dom, on the labelled county fixture. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { translator } from '../../components/i18n';
import { LedgerView, type LedgerViewProps } from '../../components/LedgerView';
import { ledgerRows } from '../../lib/chains/view';
import { loadCase } from '../../scripts/chain-score';

const t = translator(JSON.parse(readFileSync(resolve('public/_locales/zh_CN/messages.json'), 'utf8')));
const { ledger } = loadCase(resolve('test/fixtures/chains/county-zh'));

let root: HTMLElement;
beforeEach(() => { document.body.innerHTML = '<div id="root"></div>'; root = document.getElementById('root')!; });
const show = (props: Partial<LedgerViewProps> = {}) => {
  const handlers = { onFilter: vi.fn(), onSort: vi.fn(), onOpenReport: vi.fn(), onOpen: vi.fn(), onOverride: vi.fn(), onClearOverride: vi.fn(), onExport: vi.fn() };
  act(() => { render(<LedgerView t={t} lang="zh" ledger={ledger} rows={ledgerRows(ledger)} filter="all" sort="oldest" {...handlers} {...props} />, root); });
  return handlers;
};
const all = (sel: string) => Array.from(root.querySelectorAll(sel));
const rowOf = (text: string) => all('tr[data-chain]').find((r) => r.querySelector('.ledger-promise')?.textContent?.startsWith(text))!;

describe('LedgerView', () => {
  it('shows one row a promise, one column a year, and the chart', () => {
    show();
    expect(all('tr[data-chain]')).toHaveLength(ledger.chains.length);
    expect(all('thead th').map((th) => th.textContent)).toEqual(['首次承诺', '承诺', '2021', '2022', '2023', '2024', '现状']);
    expect(root.querySelector('svg.ledger-chart')?.getAttribute('data-years')).toBe('4');
  });

  it('puts the right chips in the right cells, the sentence on hover', () => {
    show();
    const parks = rowOf('建设法治文化公园3个');
    const cells = Array.from(parks.querySelectorAll('td[data-report]')).map((td) => Array.from(td.querySelectorAll('.chip')).map((c) => c.textContent));
    expect(cells).toEqual([['首次承诺'], ['未找到对应段落', '目标下调 3个→2个'], ['已兑现'], []]);
    const done = parks.querySelector('td[data-report="2"] [data-chip="review"]')!;
    expect(done.getAttribute('title')).toBe('建成法治文化公园2个');
    expect(parks.querySelector('td[data-report="1"] [data-chip="plan"]')!.getAttribute('title')).toBe('建设法治文化公园2个');
  });

  it('keeps a chip without evidence in the Tab order, opening nothing', () => {
    const h = show();
    const silent = rowOf('建设法治文化公园3个').querySelector<HTMLButtonElement>('td[data-report="1"] [data-chip="review"]')!;
    expect(silent.disabled).toBe(false);
    expect(silent.getAttribute('aria-disabled')).toBe('true');
    expect(silent.getAttribute('title')).toBe(t('noEvidence'));
    silent.click();
    expect(h.onOpen).not.toHaveBeenCalled();
  });

  it('opens the passage of a chip in its year\'s report', () => {
    const h = show();
    const chip = rowOf('建设法治文化公园3个').querySelector<HTMLButtonElement>('td[data-report="2"] [data-chip="review"]')!;
    chip.click();
    const cell = ledger.chains.find((c) => c.first.text.startsWith('建设法治文化公园3个'))!.cells[2];
    expect(h.onOpen).toHaveBeenCalledWith(2, cell.evidence!.start, cell.evidence!.end);
  });

  it('counts what each filter keeps and says which is on', () => {
    const h = show({ filter: 'promised-3-never-done', rows: ledgerRows(ledger, 'promised-3-never-done') });
    const button = root.querySelector<HTMLButtonElement>('[data-filter="promised-3-never-done"]')!;
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(button.textContent).toBe('承诺三次以上且从未兑现 (3)');
    expect(all('tr[data-chain]')).toHaveLength(3);
    root.querySelector<HTMLButtonElement>('[data-filter="target-lowered"]')!.click();
    expect(h.onFilter).toHaveBeenCalledWith('target-lowered');
  });

  it('sets a status by hand with its note, the form drawn only when opened', () => {
    const h = show();
    expect(all('form.status-form')).toHaveLength(0);
    const details = rowOf('推进村级公共法律服务室建设').querySelector<HTMLDetailsElement>('td[data-report="3"] details.override')!;
    act(() => { details.open = true; details.dispatchEvent(new Event('toggle')); });
    const form = rowOf('推进村级公共法律服务室建设').querySelector('td[data-report="3"] form')!;
    const select = form.querySelector('select')!;
    act(() => { select.value = 'fulfilled'; select.dispatchEvent(new Event('change')); });
    const input = form.querySelector('input')!;
    act(() => { input.value = '见县政府公告'; input.dispatchEvent(new Event('input')); });
    act(() => { form.dispatchEvent(new Event('submit', { cancelable: true })); });
    expect(h.onOverride).toHaveBeenCalledWith(expect.objectContaining({ report: 3 }), 'fulfilled', '见县政府公告');
  });

  it('shows a page of rows at a time, and the rest on asking', () => {
    const many = Array.from({ length: 9 }, (_, k) => ledger.chains.map((c) => ({ ...c, id: `${k}-${c.id}` }))).flat();
    show({ rows: many });
    expect(all('tr[data-chain]')).toHaveLength(200);
    const more = root.querySelector<HTMLButtonElement>('[data-action="show-more"]')!;
    expect(more.textContent).toContain(String(many.length - 200));
    act(() => { more.click(); });
    expect(all('tr[data-chain]')).toHaveLength(many.length);
    expect(root.querySelector('[data-action="show-more"]')).toBeNull();
  });

  it('says so when a filter keeps nothing', () => {
    show({ rows: [] });
    expect(root.querySelector('[data-empty="ledger"]')?.textContent).toBe('台账中没有符合此条件的承诺。');
  });
});
