// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, URL as NodeURL } from 'node:url';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CommitmentList } from '../../components/CommitmentList';
import { describeError, translator } from '../../components/i18n';
import { NotesList } from '../../components/NotesList';
import { NumberList } from '../../components/NumberList';
import { OutlineList } from '../../components/OutlineList';
import { PanelHeader } from '../../components/PanelHeader';
import { ProblemList } from '../../components/ProblemList';
import { TabBar } from '../../components/TabBar';
import { extractText } from '../../lib/extract/index';
import { commitmentSections } from '../../lib/page-agent/panel-model';

const messages = (loc: string) => JSON.parse(readFileSync(fileURLToPath(new NodeURL(`../../public/_locales/${loc}/messages.json`, import.meta.url)), 'utf8'));
const t = translator(messages('zh_CN'));
const TEXT = readFileSync(fileURLToPath(new NodeURL('../../samples/qinghe-2024.zh.txt', import.meta.url)), 'utf8');
const x = extractText(TEXT, { sha256: 'x' });

let root: HTMLElement;
beforeEach(() => { document.body.innerHTML = '<div id="root"></div>'; root = document.getElementById('root')!; });
const show = (vnode: preact.VNode) => act(() => { render(vnode, root); });
const all = (sel: string) => Array.from(root.querySelectorAll(sel));

describe('panel components', () => {
  it('PanelHeader shows title, issuer, type, years and detection signals', () => {
    show(<PanelHeader t={t} extraction={x} detectMs={0.4} />);
    expect(root.querySelector('h1')?.textContent).toBe(x.source.title);
    expect(root.textContent).toContain('青禾县人民政府');
    expect(root.textContent).toContain('年度报告');
    expect(all('.signals li')).toHaveLength(x.detection.signals.length);
    expect(root.textContent).toContain(`抽取器版本 ${x.extractorVersion}`);
  });

  it('PanelHeader gives the detection signals in words, in the UI language, never as rule ids', () => {
    expect(x.detection.signals).toContain('structure:sub-markers');
    show(<PanelHeader t={t} extraction={x} />);
    const zh = all('.signals li').map((li) => li.textContent!);
    expect(zh).toContain('正文有两个以上“（一）（二）”式的二级标题');
    for (const line of zh) expect(line).not.toMatch(/^[a-z]+:|\b(url|meta|title|text|structure):/);
    show(<PanelHeader t={translator(messages('en'))} extraction={x} />);
    const en = all('.signals li').map((li) => li.textContent!);
    expect(en).toContain('The text has two or more numbered sub-headings ((一), (二))');
    expect(root.querySelector('[data-signal="structure:sub-markers"]')).not.toBeNull();
  });

  it('PanelHeader lists each top-level section with its role and why, in words', () => {
    show(<PanelHeader t={t} extraction={x} />);
    const rows = all('.section-roles li').map((li) => li.textContent);
    expect(rows).toHaveLength(x.headings.filter((h) => h.parentId === null).length);
    expect(rows[0]).toMatch(/^一、.*成效 — 标题用语/);
    expect(rows.find((r) => r!.startsWith('四、'))).toMatch(/计划 — 标题用语；.*在报告中的位置/);
    expect(root.querySelector('.section-roles')?.textContent).not.toMatch(/title:|tense-|position:/);
    const en = translator(messages('en'));
    show(<PanelHeader t={en} extraction={x} />);
    expect(all('.section-roles li')[0].textContent).toMatch(/achievements — its heading's words/);
  });

  it('TabBar is a keyboard-operable tablist', () => {
    const onSelect = vi.fn();
    show(<TabBar t={t} active="commitments" counts={{ outline: 1, numbers: 2, commitments: 3, problems: 4, notes: 0 }} onSelect={onSelect} />);
    const tabs = all('[role="tab"]');
    expect(tabs.map((b) => b.getAttribute('aria-selected'))).toEqual(['false', 'false', 'true', 'false', 'false']);
    expect(tabs.map((b) => b.getAttribute('tabindex'))).toEqual(['-1', '-1', '0', '-1', '-1']);
    act(() => { tabs[2].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true })); });
    expect(onSelect).toHaveBeenLastCalledWith('problems');
    act(() => { tabs[2].dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true })); });
    expect(onSelect).toHaveBeenLastCalledWith('outline');
    (tabs[4] as HTMLButtonElement).click();
    expect(onSelect).toHaveBeenLastCalledWith('notes');
  });

  it('OutlineList lists every heading and reveals on click', () => {
    const onReveal = vi.fn();
    show(<OutlineList t={t} headings={x.headings} onReveal={onReveal} />);
    expect(all('.outline li')).toHaveLength(x.headings.length);
    (all('.outline .item-link')[1] as HTMLButtonElement).click();
    expect(onReveal).toHaveBeenCalledWith(x.headings[1]);
  });

  it('CommitmentList shows deadline, targets and strength, filters by section, and watches', () => {
    const onWatch = vi.fn();
    const { sections, sectionOf } = commitmentSections(x);
    const props = {
      t, commitments: x.commitments, numbers: new Map(x.numbers.map((n) => [n.id, n])), sections, sectionOf, marks: new Map(),
      onSection: () => {}, onReveal: () => {}, onWatch, onStatus: () => {}, mark: '' as const, onMark: () => {},
    };
    show(<CommitmentList {...props} section="" />);
    expect(all('.commitments > li')).toHaveLength(x.commitments.length);
    const withDeadline = x.commitments.find((c) => c.deadline && c.targets.length)!;
    const li = root.querySelector(`[data-item-id="${withDeadline.id}"]`)!;
    expect(li.textContent).toContain(`期限: ${withDeadline.deadline}`);
    expect(li.querySelectorAll('.target')).toHaveLength(withDeadline.targets.length);
    expect(li.querySelector(`.strength-${withDeadline.strength}`)).not.toBeNull();
    (li.querySelector('[data-action="watch"]') as HTMLButtonElement).click();
    expect(onWatch).toHaveBeenCalledWith(withDeadline, true);
    const target = sections[sections.length - 1].id;
    show(<CommitmentList {...props} section={target} />);
    expect(all('.commitments > li')).toHaveLength(x.commitments.filter((c) => sectionOf.get(c.id) === target).length);
  });

  it('CommitmentList shows watched commitments as such and filters to them', () => {
    const { sections, sectionOf } = commitmentSections(x);
    const [a, b] = x.commitments;
    const marks = new Map([[a.id, { watched: true, status: null, note: '' }], [b.id, { watched: false, status: 'progress' as const, note: '' }]]);
    const onMark = vi.fn();
    const props = {
      t, commitments: x.commitments, numbers: new Map(), sections, sectionOf, marks, section: '',
      onSection: () => {}, onReveal: () => {}, onWatch: () => {}, onStatus: () => {}, onMark,
    };
    show(<CommitmentList {...props} mark="" />);
    expect(root.querySelector(`[data-item-id="${a.id}"]`)?.classList.contains('watched')).toBe(true);
    expect(root.querySelector(`[data-item-id="${a.id}"] [data-action="watch"]`)?.getAttribute('aria-pressed')).toBe('true');
    const select = root.querySelector('select[data-filter="mark"]') as HTMLSelectElement;
    expect(Array.from(select.options).map((o) => o.textContent)).toEqual(['全部', '已关注（1）', '已标状态']);
    select.value = 'watched';
    act(() => { select.dispatchEvent(new Event('change', { bubbles: true })); });
    expect(onMark).toHaveBeenCalledWith('watched');
    show(<CommitmentList {...props} mark="watched" />);
    expect(all('.commitments > li').map((li) => li.getAttribute('data-item-id'))).toEqual([a.id]);
    show(<CommitmentList {...props} mark="status" />);
    expect(all('.commitments > li').map((li) => li.getAttribute('data-item-id'))).toEqual([b.id]);
  });

  it('NumberList filters by kind and searches indicators', () => {
    const base = { t, numbers: x.numbers, headings: new Map(x.headings.map((h) => [h.id, h])), onKind: () => {}, onQuery: () => {}, onReveal: () => {} };
    show(<NumberList {...base} kind="all" query="" />);
    expect(all('.numbers > li')).toHaveLength(x.numbers.length);
    show(<NumberList {...base} kind="percent" query="" />);
    expect(all('.numbers > li')).toHaveLength(x.numbers.filter((n) => n.kind === 'percent').length);
    const indicator = x.numbers.find((n) => n.indicator)!.indicator!;
    show(<NumberList {...base} kind="all" query={indicator} />);
    expect(all('.numbers > li').length).toBeGreaterThan(0);
    expect(all('.numbers .indicator').every((e) => e.textContent!.includes(indicator))).toBe(true);
    show(<NumberList {...base} kind="all" query="没有这个指标" />);
    expect(root.querySelector('.empty')?.textContent).toBe(t('emptyFiltered'));
  });

  it('NumberList groups measures before years and dates, and speaks the UI language', () => {
    const headings = new Map(x.headings.map((h) => [h.id, h]));
    const base = { numbers: x.numbers, headings, kind: 'all' as const, query: '', onKind: () => {}, onQuery: () => {}, onReveal: () => {} };
    show(<NumberList {...base} t={t} />);
    const groups = all('.figure-group').map((e) => e.getAttribute('data-group'));
    expect(groups.indexOf('measures')).toBeLessThan(groups.indexOf('time'));
    expect(all('.figure-group .group-title').map((e) => e.textContent)).toContain('年份与日期');
    // Years read as written: no value chip, so never "2,024 年".
    expect(all('[data-group="time"] .chip.value')).toHaveLength(0);
    expect(all('.chip.value').some((e) => /\d,\d{3} 年/.test(e.textContent ?? ''))).toBe(false);
    const en = translator(messages('en'));
    const twoYears = { ...x.numbers[0], id: 'd1', raw: 'two years', value: 2, unit: '年', kind: 'duration' as const, indicator: null };
    show(<NumberList {...base} t={en} numbers={[twoYears]} />);
    expect(root.querySelector('.chip.value')?.textContent).toBe('2 years');
    expect(root.querySelector('.group-title')?.textContent).toBe('Figures in the text');
  });

  it('ProblemList and NotesList: orphaned notes are shown as orphaned and cannot be revealed', () => {
    show(<ProblemList t={t} problems={x.problems} headings={new Map()} onReveal={() => {}} />);
    expect(all('.problems > li')).toHaveLength(x.problems.length);
    const onReveal = vi.fn();
    show(<NotesList t={t} onReveal={onReveal} onDelete={() => {}} onEdit={async () => {}} onAddPageNote={async () => {}} notes={[
      { id: 1, kind: 'note', exact: '还在的句子', note: '笔记', tags: ['跟进'], status: null, commitmentId: null, anchor: 'anchored', span: { start: 0, end: 5 }, createdAt: '2025-01-02T03:00:00.000Z', editedAt: null },
      { id: 2, kind: 'note', exact: '删掉的句子', note: '', tags: [], status: null, commitmentId: null, anchor: 'orphaned', span: null, createdAt: '2025-01-02T03:00:00.000Z', editedAt: null },
    ]} />);
    const [found, orphan] = all('.notes > li');
    expect(orphan.getAttribute('data-anchor')).toBe('orphaned');
    expect(orphan.textContent).toContain('失联');
    expect(orphan.querySelector('.item-link')).toBeNull();
    expect(found.textContent).toContain('#跟进');
    (found.querySelector('.item-link') as HTMLButtonElement).click();
    expect(onReveal).toHaveBeenCalledTimes(1);
  });
});

describe('error messages', () => {
  it('a full disk and other known failures read as clear, localized sentences', () => {
    expect(describeError(t, 'store-quota')).toBe(messages('zh_CN').errorQuota.message);
    expect(describeError(translator(messages('en')), 'store-quota')).toMatch(/^Storage is full: nothing was saved/);
    expect(describeError(t, 'selection-outside')).toContain('不在报告正文中');
    expect(describeError(t, 'something odd')).toBe('出错了：something odd');
  });
});

describe('locales', () => {
  it('zh_CN and en have the same keys, and every key the UI uses exists', () => {
    const zh = messages('zh_CN');
    const en = messages('en');
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    const dirs = ['../../components/', '../../entrypoints/sidepanel/', '../../entrypoints/popup/', '../../entrypoints/background/'];
    const used = new Set<string>();
    for (const dir of dirs) {
      const path = fileURLToPath(new NodeURL(dir, import.meta.url));
      for (const f of readdirSync(path).filter((n) => /\.tsx?$/.test(n))) {
        const src = readFileSync(path + f, 'utf8');
        for (const m of src.matchAll(/\bt\('([A-Za-z_]+)'|getMessage\('([A-Za-z_]+)'/g)) used.add(m[1] ?? m[2]);
      }
    }
    // Keys built from data (t(`kind_${kind}`)…): every member of each family.
    const families: Record<string, string[]> = {
      tab: ['outline', 'numbers', 'commitments', 'problems', 'notes'],
      docType: ['annual_report', 'work_report', 'work_plan', 'proposal_reply', 'other'],
      kind: ['count', 'percent', 'money', 'quantity', 'duration', 'year', 'date', 'doc_id', 'other'],
      approx: ['about', 'over', 'under', 'at_least', 'at_most', 'range'],
      role: ['achievements', 'problems', 'plans', 'duties'],
      strength: ['firm', 'soft'], status: ['fulfilled', 'progress', 'unaddressed', 'missed'],
      anchor: ['anchored', 'fuzzy', 'orphaned', 'page'], noteKind: ['watch', 'status'],
      count: ['headings', 'numbers', 'commitments', 'problems'], highlight: ['commitment', 'number', 'problem'],
    };
    for (const [prefix, members] of Object.entries(families)) for (const m of members) used.add(`${prefix}_${m}`);
    expect(used.size).toBeGreaterThan(80);
    expect([...used].filter((k) => !(k in en))).toEqual([]);
  });
});
