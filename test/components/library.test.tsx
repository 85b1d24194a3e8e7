// @vitest-environment happy-dom
/** The library's components under happy-dom: list, compare view, reader text, sandboxed page, import, pager. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, URL as NodeURL } from 'node:url';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CompareView } from '../../components/CompareView';
import { translator } from '../../components/i18n';
import { ImportPanel } from '../../components/ImportPanel';
import { LibraryEmpty } from '../../components/LibraryEmpty';
import { LibraryList } from '../../components/LibraryList';
import { Pager } from '../../components/Pager';
import { PopupView } from '../../components/PopupView';
import { ReaderText } from '../../components/ReaderText';
import { SandboxedPage } from '../../components/SandboxedPage';
import { diff } from '../../lib/diff/index';
import { extractText } from '../../lib/extract/index';
import { compareItems, offeredPairs } from '../../lib/library/compare';
import { readerBlocks, readerMarks } from '../../lib/library/reader-text';
import { cardOf } from '../../lib/store/cards';
import type { SnapshotRecord } from '../../lib/store/schema';

const messages = (loc: string) => JSON.parse(readFileSync(fileURLToPath(new NodeURL(`../../public/_locales/${loc}/messages.json`, import.meta.url)), 'utf8'));
const t = translator(messages('zh_CN'));
const sample = (y: number) => readFileSync(fileURLToPath(new NodeURL(`../../samples/qinghe-${y}.zh.txt`, import.meta.url)), 'utf8');
const older = extractText(sample(2023), { sha256: 'a'.repeat(64) });
const newer = extractText(sample(2024), { sha256: 'b'.repeat(64) });
const pairDiff = diff(older, newer);

function card(id: number, x: typeof older, notes = 0) {
  const s = { id, sha256: String(id).repeat(64), url: `http://127.0.0.1/${id}.html`, title: x.source.title, savedAt: `2025-0${id}-01T00:00:00.000Z`, extractorVersion: '0', extraction: x, html: '', text: x.text, issuer: x.meta.issuer, docType: x.meta.docType, coversYear: x.meta.coversYear, tags: [] } as SnapshotRecord;
  return cardOf(s, Array.from({ length: notes }, () => ({ note: 'n', tags: ['跟进'], kind: 'note' as const })));
}

let root: HTMLElement;
beforeEach(() => { document.body.innerHTML = '<div id="root"></div>'; root = document.getElementById('root')!; });
const show = (vnode: preact.VNode) => act(() => { render(vnode, root); });
const all = (sel: string) => Array.from(root.querySelectorAll(sel));

describe('LibraryList', () => {
  const cards = [card(2, newer, 1), card(1, older)];
  const hits = cards.map((c) => ({ card: c, snippet: null }));
  const base = { t, hits, sort: 'issuer' as const, groupCounts: { 青禾县: 2 }, pairs: new Map([['青禾县', offeredPairs(cards)]]), selected: new Set([1]), empty: null };

  it('groups by issuer, offers the pair to compare, and reports clicks and selection', () => {
    const on = { onToggle: vi.fn(), onOpen: vi.fn(), onCompare: vi.fn() };
    show(<LibraryList {...base} {...on} />);
    expect(all('.group').map((g) => g.getAttribute('data-issuer'))).toEqual(['青禾县']);
    expect(root.querySelector('.group-title')?.textContent).toBe('青禾县 2 份快照');
    expect(all('.card').map((c) => c.getAttribute('data-year'))).toEqual(['2024', '2023']);
    expect(all('.card-select').map((b) => (b as HTMLInputElement).checked)).toEqual([false, true]);
    // One Tab stop a card: the card itself; its select box and title are reached with the arrows.
    expect(all('.card').map((c) => c.getAttribute('tabindex'))).toEqual(['0', '0']);
    expect(all('.card [data-card-control]').map((c) => c.getAttribute('tabindex'))).toEqual(['-1', '-1', '-1', '-1']);
    // The pair to compare follows the group's cards, so the first card is the list's first stop.
    expect(all('.group > *').map((e) => e.className)).toEqual(['group-title', 'cards', 'pairs']);
    const pair = root.querySelector<HTMLButtonElement>('[data-action="compare-pair"]')!;
    expect(pair.textContent).toBe('对照 2023 → 2024');
    pair.click();
    expect(on.onCompare.mock.calls[0][0]).toMatchObject({ older: { id: 1 }, newer: { id: 2 } });
    root.querySelector<HTMLButtonElement>('.card[data-card-id="2"] [data-action="open"]')!.click();
    expect(on.onOpen).toHaveBeenCalledWith(2);
    act(() => { root.querySelector<HTMLInputElement>('.card[data-card-id="2"] .card-select')!.click(); });
    expect(on.onToggle).toHaveBeenCalledWith(2);
    expect(root.querySelector('.card[data-card-id="2"] [data-count="notes"]')?.textContent).toContain('1 条批注');
    expect(all('.card[data-card-id="2"] .tag').map((e) => e.textContent)).toEqual(['#跟进']);
  });

  it('shows a search hit with its snippet, flat with issuers when sorted otherwise, and clear empty states', () => {
    const snippet = { before: '…将', hit: '城区供水管网改造', after: '等8项…', start: 10, end: 18, source: 'text' as const };
    show(<LibraryList {...base} sort="saved" hits={[{ card: cards[1], snippet }]} onToggle={vi.fn()} onOpen={vi.fn()} onCompare={vi.fn()} />);
    expect(root.querySelector('.group')).toBeNull();
    expect(root.querySelector('.card-facts')?.textContent).toContain('青禾县人民政府');
    expect(root.querySelector('.snippet mark')?.textContent).toBe('城区供水管网改造');
    const onFiles = vi.fn();
    show(<LibraryEmpty t={t} onFiles={onFiles} />);
    // One sentence and one button: the button opens the file chooser (a hidden file input).
    expect(root.querySelector('[data-empty="library"] .empty-lead')?.textContent).toContain('保存快照');
    expect(all('[data-empty="library"] button').map((b) => b.textContent)).toEqual(['添加报告文件…']);
    const input = root.querySelector<HTMLInputElement>('[data-action="empty-file-input"]')!;
    const chose = vi.fn();
    input.addEventListener('click', chose);
    root.querySelector<HTMLButtonElement>('[data-action="empty-add-files"]')!.click();
    expect(chose).toHaveBeenCalledTimes(1);
    show(<LibraryList {...base} hits={[]} empty="results" onToggle={vi.fn()} onOpen={vi.fn()} onCompare={vi.fn()} />);
    expect(root.querySelector('[data-empty="results"]')?.textContent).toBe('没有符合搜索或筛选条件的快照。');
  });
});

describe('CompareView', () => {
  const props = () => ({
    t, lang: 'zh_CN', diff: pairDiff, onOpen: vi.fn(), onSwap: vi.fn(), onEvidence: vi.fn(), onOverride: vi.fn(), onClearOverride: vi.fn(), onExport: vi.fn(),
  });

  it('shows the summary, a chart bar per section, the targets and every commitment with its status', () => {
    show(<CompareView {...props()} items={compareItems(pairDiff, new Map())} />);
    const summary = Object.fromEntries(all('[data-summary="computed"] li').map((l) => [l.getAttribute('data-summary-status'), Number(l.getAttribute('data-count'))]));
    expect(summary).toEqual(pairDiff.summary);
    expect(root.querySelector('[data-summary="effective"]')).toBeNull();
    const counted = all('.status-chart rect[data-status]').reduce((n, r) => n + Number(r.getAttribute('data-count')), 0);
    expect(counted).toBe(pairDiff.items.length);
    expect(root.querySelector('.status-chart')?.getAttribute('role')).toBe('img');
    expect(all('.targets tbody tr')).toHaveLength(pairDiff.items.flatMap((i) => i.targets).length);
    expect(all('.diff-item').map((li) => li.getAttribute('data-status'))).toEqual(pairDiff.items.map((i) => i.status));
  });

  it('an override is shown as such, beside the computed status; evidence and the form call back', () => {
    const item = pairDiff.items.find((i) => i.status === 'unaddressed')!;
    const withEvidence = pairDiff.items.find((i) => i.evidence.length)!;
    const override = { olderSha256: 'a', newerSha256: 'b', commitmentId: item.commitmentId, status: 'missed' as const, note: '未见落实', createdAt: '2025-01-01T00:00:00.000Z' };
    const p = props();
    show(<CompareView {...p} items={compareItems(pairDiff, new Map([[item.commitmentId, override]]))} />);
    const row = root.querySelector(`.diff-item[data-commitment="${item.commitmentId}"]`)!;
    expect([row.getAttribute('data-status'), row.getAttribute('data-computed'), row.getAttribute('data-overridden')]).toEqual(['missed', 'unaddressed', 'true']);
    expect(row.textContent).toContain('人工判定');
    expect(row.textContent).toContain('自动判定：未找到对应段落');
    expect(row.querySelector('.override-note')?.textContent).toBe('说明：未见落实');
    expect(root.querySelector('[data-summary="effective"] [data-summary-status="missed"]')?.getAttribute('data-count')).toBe(String(pairDiff.summary.missed + 1));
    root.querySelector<HTMLButtonElement>(`.diff-item[data-commitment="${withEvidence.commitmentId}"] [data-evidence]`)!.click();
    expect(p.onEvidence).toHaveBeenCalledWith(withEvidence.evidence[0]);
    act(() => { row.querySelector<HTMLFormElement>('.status-form')!.dispatchEvent(new Event('submit', { cancelable: true })); });
    expect(p.onOverride).toHaveBeenCalledWith(item, 'missed', '未见落实');
    row.querySelector<HTMLButtonElement>('[data-action="clear-override"]')!.click();
    expect(p.onClearOverride).toHaveBeenCalledWith(item);
  });
});

describe('CompareView: one truth on one screen (issue 12)', () => {
  const props = () => ({
    t, lang: 'zh_CN', diff: pairDiff, onOpen: vi.fn(), onSwap: vi.fn(), onEvidence: vi.fn(), onOverride: vi.fn(), onClearOverride: vi.fn(), onExport: vi.fn(),
  });

  it('names the indicator of every target chip and colours it by its outcome, beside the status it supports', () => {
    show(<CompareView {...props()} items={compareItems(pairDiff, new Map())} />);
    const missed = pairDiff.items.find((i) => i.targets.some((c) => c.outcome === 'missed'))!;
    const row = root.querySelector(`.diff-item[data-commitment="${missed.commitmentId}"]`)!;
    expect(row.getAttribute('data-status')).toBe('missed');
    const chip = row.querySelector('.item-target[data-outcome="missed"]')!;
    expect(chip.querySelector('.target-indicator')?.textContent).toBe(missed.targets[0].indicator);
    expect(chip.querySelector<HTMLElement>('.outcome-chip')?.style.background).not.toBe(
      row.querySelector<HTMLElement>('.item-target[data-outcome="met"] .outcome-chip')?.style.background ?? '');
    expect(chip.textContent).toContain('未达标');
    const met = root.querySelector<HTMLElement>('.targets tr[data-outcome="met"] .outcome-chip')!;
    const off = root.querySelector<HTMLElement>('.targets tr[data-outcome="missed"] .outcome-chip')!;
    expect(met.style.background).not.toBe(off.style.background);
  });

  it('words an unaddressed item as no matching passage found, says it is a text search, and shows the closest passage', () => {
    const p = props();
    show(<CompareView {...p} items={compareItems(pairDiff, new Map())} />);
    const item = pairDiff.items.find((i) => i.status === 'unaddressed' && i.closest)!;
    const row = root.querySelector(`.diff-item[data-commitment="${item.commitmentId}"]`)!;
    expect(row.querySelector('.status-chip')?.textContent).toBe('未找到对应段落');
    expect(row.querySelector('[data-no-evidence]')?.textContent).toContain('没有找到与这条承诺对应的段落');
    expect(row.querySelector('[data-search-note]')?.textContent).toContain('不是结论');
    row.querySelector<HTMLButtonElement>('[data-closest]')!.click();
    expect(p.onEvidence).toHaveBeenCalledWith(item.closest);
    expect(root.querySelector('[data-confidence-help]')?.textContent).toContain('置信度');
    expect(row.querySelector('.confidence')?.getAttribute('title')).toContain('临界');
  });

  it('shows a heading that names its items as their group, judged by them', () => {
    show(<CompareView {...props()} items={compareItems(pairDiff, new Map())} />);
    const group = pairDiff.items.find((i) => i.group)!;
    const row = root.querySelector(`.diff-item[data-commitment="${group.commitmentId}"]`)!;
    expect(row.classList.contains('diff-group')).toBe(true);
    expect(row.textContent).toContain('按下列各条汇总');
  });

  it('words statuses in English with an English UI', () => {
    show(<CompareView {...props()} lang="en" items={compareItems(pairDiff, new Map())} />);
    expect(root.querySelector('[data-summary-status="unaddressed"]')?.textContent).toContain('no matching passage found');
  });
});

describe('reader', () => {
  it('ReaderText shows headings as headings and marks commitments, notes and the focused passage', () => {
    const c = newer.commitments[0];
    const blocks = readerBlocks(newer.text, newer.headings, readerMarks(newer, [{ id: 7, start: 0, end: 4 }], { start: c.start, end: c.end }));
    show(<ReaderText t={t} blocks={blocks} lang="zh-CN" />);
    expect(all('h2').map((h) => h.textContent)).toContain('一、2024年法治政府建设主要举措和成效');
    expect(all('[data-focus]').map((m) => m.textContent).join('')).toBe(c.text);
    expect(all('.hl-note').map((m) => m.textContent).join('')).toBe(newer.text.slice(0, 4));
    expect(all('.hl-commitment').length).toBeGreaterThanOrEqual(newer.commitments.length);
    expect(root.querySelector('.reader-text')?.textContent?.replace(/\s/g, '')).toBe(newer.text.replace(/\s/g, ''));
  });

  it('SandboxedPage renders the saved page in a frame with no permissions and nothing allowed to load', () => {
    show(<SandboxedPage t={t} html={'<p>正文<img src="http://x/y.png"></p>'} title="报告" />);
    const frame = root.querySelector('iframe')!;
    expect(frame.getAttribute('sandbox')).toBe('');
    const doc = frame.getAttribute('srcdoc')!;
    expect(doc).toContain("default-src 'none'");
    expect(doc).toContain('<base target="_blank">');
    expect(doc).toContain('<p>正文');
  });
});

describe('import and paging', () => {
  it('ImportPanel asks before writing, and shows a refused file clearly', () => {
    const on = { onFile: vi.fn(), onConfirm: vi.fn(), onCancel: vi.fn() };
    show(<ImportPanel t={t} state={{ kind: 'planned', summary: '将导入 2 份快照。', warnings: [], nothingNew: false }} {...on} />);
    expect(root.querySelector('[data-plan]')?.textContent).toBe('将导入 2 份快照。');
    root.querySelector<HTMLButtonElement>('[data-action="import-confirm"]')!.click();
    expect(on.onConfirm).toHaveBeenCalled();
    show(<ImportPanel t={t} state={{ kind: 'error', message: 'Cannot import this file: it is empty' }} {...on} />);
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Cannot import this file: it is empty');
  });

  it('Pager says where the page is and disables what cannot be done', () => {
    show(<Pager t={t} offset={20} shown={20} total={5000} exact hasPrev hasNext={false} onPrev={vi.fn()} onNext={vi.fn()} />);
    expect(root.querySelector('.pager .muted')?.textContent).toBe('第 21–40 条，共 5000 条');
    expect(root.querySelector<HTMLButtonElement>('[data-action="next"]')!.disabled).toBe(true);
    const onCount = vi.fn();
    show(<Pager t={t} offset={0} shown={20} total={21} exact={false} hasPrev={false} hasNext onCount={onCount} onPrev={vi.fn()} onNext={vi.fn()} />);
    expect(root.querySelector('.pager .muted')?.textContent).toBe('第 1–20 条，至少 21 条');
    root.querySelector<HTMLButtonElement>('[data-action="count"]')!.click();
    expect(onCount).toHaveBeenCalled();
    show(<Pager t={t} offset={0} shown={20} total={615} exact={false} counted hasPrev={false} hasNext onCount={onCount} onPrev={vi.fn()} onNext={vi.fn()} />);
    expect(root.querySelector('.pager .muted')?.textContent).toBe('第 1–20 条，共 615 条（已全部统计）');
    expect(root.querySelector('[data-action="count"]')).toBeNull();
  });
});

describe('opening the library', () => {
  it('the popup offers the library', () => {
    const onOpenLibrary = vi.fn();
    show(<PopupView t={t} state={{ status: 'loading' }} saving={false} message={null} onOpenPanel={vi.fn()} onSave={vi.fn()} onOpenLibrary={onOpenLibrary} />);
    const button = root.querySelector<HTMLButtonElement>('[data-action="open-library"]')!;
    expect(button.textContent).toBe('资料库');
    button.click();
    expect(onOpenLibrary).toHaveBeenCalled();
  });
});

describe('library locales', () => {
  it('every key the library, its components and the shared wiring use exists in both locales', () => {
    const en = messages('en');
    const zh = messages('zh_CN');
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    const used = new Set<string>();
    for (const dir of ['../../components/', '../../entrypoints/library/', '../../entrypoints/shared/', '../../entrypoints/popup/', '../../entrypoints/sidepanel/']) {
      const path = fileURLToPath(new NodeURL(dir, import.meta.url));
      for (const f of readdirSync(path).filter((n) => /\.tsx?$/.test(n))) {
        for (const m of readFileSync(path + f, 'utf8').matchAll(/\bt\('([A-Za-z_]+)'/g)) used.add(m[1]);
      }
    }
    const families: Record<string, string[]> = {
      sort: ['issuer', 'saved', 'year', 'title'], outcome: ['met', 'missed', 'off_target', 'no_actual'], direction: ['above', 'below'],
      export: ['bundle', 'commitments', 'numbers', 'annotations', 'citations', 'report', 'diff', 'diff_html', 'ledger_csv', 'ledger_md', 'ledger_html'],
      ledgerSort: ['oldest', 'newest'],
    };
    for (const [prefix, members] of Object.entries(families)) for (const m of members) used.add(`${prefix}_${m}`);
    for (const k of ['pageRange', 'pageRangeAbout', 'pageRangeCounted']) used.add(k);
    expect([...used].filter((k) => !(k in en))).toEqual([]);
    // Placeholders are named the same in both languages, so substitutions land in the right place.
    for (const k of Object.keys(en)) expect([k, Object.keys(zh[k].placeholders ?? {})]).toEqual([k, Object.keys(en[k].placeholders ?? {})]);
  });
});
