/**
 * Issue 16, high 2: a bundle whose headings link in a cycle (h1's parent h3, h3's parent h1).
 * Import refuses it, and every walk up the outline ends anyway: the side panel's and reader's
 * sections, the CSV's section column and the diff's section (the compare view) each climbed
 * until a heading had no parent, forever on a cycle.
 */
import { describe, expect, it } from 'vitest';
import { diff } from '../../lib/diff/index';
import { exportBundle, parseBundle } from '../../lib/export/bundle';
import { commitmentsCsv, numbersCsv } from '../../lib/export/csv';
import { headingTreeFault, topHeading } from '../../lib/extract/heading-tree';
import type { Extraction, Heading } from '../../lib/extract/types';
import { commitmentSections } from '../../lib/page-agent/panel-model';
import { newer, older, olderSnapshot } from './fixtures';

const link = (id: string, parentId: string | null) => ({ id, parentId });

/**
 * The older report with h1 ⇄ h3 (its commitments sit under h3). Each parentId read is counted
 * and throws past 100,000, so a walk that never ends fails the test instead of hanging it.
 */
function cyclic(): Extraction {
  let reads = 0;
  const parents: Record<string, string | null> = { h1: 'h3', h2: null, h3: 'h1' };
  const headings = older.headings.map((h) => {
    const copy = { ...h } as Heading;
    Object.defineProperty(copy, 'parentId', {
      enumerable: true,
      get: () => {
        if (++reads > 100_000) throw new Error('a walk up the headings did not end');
        return parents[h.id];
      },
    });
    return copy;
  });
  return { ...older, headings };
}

describe('headingTreeFault', () => {
  it.each([
    ['a tree', [link('h1', null), link('h2', 'h1'), link('h3', 'h2'), link('h4', 'h1')], null],
    ['no headings', [], null],
    ['a parent listed after its child', [link('h2', 'h1'), link('h1', null)], null],
    ['a two-heading cycle', [link('h1', 'h2'), link('h2', 'h1')], { index: 0, fault: 'cycle' }],
    ['a heading its own parent', [link('h1', null), link('h2', 'h2')], { index: 1, fault: 'cycle' }],
    ['a three-heading cycle beside a root', [link('h1', null), link('h2', 'h4'), link('h3', 'h2'), link('h4', 'h3')], { index: 1, fault: 'cycle' }],
    ['a parent that is no heading', [link('h1', null), link('h2', 'h9')], { index: 1, fault: 'unknown-parent' }],
    ['one id twice', [link('h1', null), link('h1', null)], { index: 1, fault: 'duplicate-id' }],
  ])('%s', (_name, headings, fault) => expect(headingTreeFault(headings)).toEqual(fault));

  it('is linear: a chain of 200,000 headings listed child first', () => {
    const chain = Array.from({ length: 200_000 }, (_, i) => link(`h${i}`, i === 199_999 ? null : `h${i + 1}`));
    const started = performance.now();
    expect(headingTreeFault(chain)).toBeNull();
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('topHeading', () => {
  const byId = new Map([link('h1', null), link('h2', 'h1'), link('h3', 'h2'), link('c1', 'c2'), link('c2', 'c1'), link('d1', 'gone')].map((h) => [h.id, h]));
  it.each([
    ['h3', 'h1'], ['h1', 'h1'], ['d1', 'd1'], [null, undefined], ['nope', undefined],
  ])('%s → %s', (id, top) => expect(topHeading(id, byId)?.id).toBe(top));

  it('ends on a cycle', () => expect(['c1', 'c2']).toContain(topHeading('c1', byId)?.id));
});

describe('a heading cycle', () => {
  it('is refused on import with one sentence', () => {
    const bundle = JSON.parse(exportBundle({ snapshots: [olderSnapshot] }, { now: new Date('2024-03-10T12:00:00Z'), appVersion: '0.1.0' }));
    bundle.snapshots[0].extraction.headings[0].parentId = 'h3';
    bundle.snapshots[0].extraction.headings[2].parentId = 'h1';
    const parsed = parseBundle(JSON.stringify(bundle));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toContain('bundle.snapshots[0].extraction.headings[0].parentId should be the id of another heading of this report, never leading back to itself');
    expect(!parsed.ok && parsed.error).toContain('标题须构成树');
  });

  it('does not freeze the side panel or reader sections', () => {
    const { sections, sectionOf } = commitmentSections(cyclic());
    expect(sections.length).toBeGreaterThan(0);
    expect(sectionOf.size).toBe(older.commitments.length);
  });

  it('does not freeze the CSV exports', () => {
    expect(commitmentsCsv([{ extraction: cyclic() }]).split('\n').length).toBeGreaterThan(older.commitments.length);
    expect(numbersCsv([{ extraction: cyclic() }]).length).toBeGreaterThan(0);
  });

  it('does not freeze the compare view', () => {
    const d = diff(cyclic(), newer);
    expect(d.items).toHaveLength(older.commitments.length);
    expect(d.items.every((item) => item.section === '一、主要成效' || item.section === '三、2023年工作安排')).toBe(true);
  });
});
