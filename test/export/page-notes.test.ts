/**
 * A note on the report as a whole (kind 'page', selectors null) wherever notes are exported:
 * the JSON bundle (and back in), W3C Web Annotations and Hypothesis's file (the page itself as
 * the target, no selector, as Hypothesis writes page notes), the commitments CSV (it belongs
 * to no commitment).
 */
import { describe, expect, it } from 'vitest';
import { exportBundle, parseBundle } from '../../lib/export/bundle';
import { commitmentsCsv } from '../../lib/export/csv';
import { annotationKey, planImport } from '../../lib/export/import-plan';
import type { BundleAnnotation } from '../../lib/export/types';
import { annotationId, hypothesisExport, toWebAnnotation } from '../../lib/export/web-annotation';
import { notes, older, olderSnapshot, OLDER_URL } from './fixtures';

const pageNote: BundleAnnotation = {
  url: OLDER_URL, snapshotSha: olderSnapshot.sha256, selectors: null, kind: 'page', note: '全文比上年少了问题部分', tags: ['总体'],
  commitmentId: null, status: null, createdAt: '2024-03-02T08:00:00.000Z', updatedAt: '2024-03-04T09:00:00.000Z',
};
const opts = { now: new Date('2024-03-10T12:00:00Z'), appVersion: '0.1.0' };

describe('page notes in exports', () => {
  it('go out in the JSON bundle and come back in', () => {
    const text = exportBundle({ snapshots: [olderSnapshot], annotations: [...notes, pageNote], diffs: [], overrides: [] }, opts);
    const parsed = parseBundle(text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value.annotations).toContainEqual(pageNote);
    const plan = planImport({ sha256s: new Set(), annotationKeys: new Set() }, parsed.value);
    expect(plan.annotations.add).toContainEqual(pageNote);
    // Two page notes with different text are two notes; the same one twice is one.
    expect(annotationKey({ ...pageNote, note: '另一条' })).not.toBe(annotationKey(pageNote));
    expect(annotationKey({ ...pageNote })).toBe(annotationKey(pageNote));
  });

  it('a bundle whose page note has a passage, or whose passage note has none, is refused', () => {
    const bad = (a: object) => exportBundle({ snapshots: [olderSnapshot], annotations: [a as BundleAnnotation], diffs: [], overrides: [] }, opts);
    expect(parseBundle(bad({ ...pageNote, selectors: notes[0].selectors })).ok).toBe(false);
    expect(parseBundle(bad({ ...notes[0], selectors: null })).ok).toBe(false);
  });

  it('are W3C annotations on the page itself, commenting, and Hypothesis page notes', () => {
    const a = toWebAnnotation(pageNote);
    expect(a.target).toEqual({ type: 'SpecificResource', source: OLDER_URL });
    expect(a.motivation).toBe('commenting');
    expect(a).toMatchObject({ created: pageNote.createdAt, modified: pageNote.updatedAt });
    expect(a.body).toEqual([
      { type: 'TextualBody', value: pageNote.note, format: 'text/plain', purpose: 'commenting' },
      { type: 'TextualBody', value: '总体', purpose: 'tagging' },
    ]);
    expect(annotationId(pageNote)).not.toBe(annotationId({ ...pageNote, createdAt: '2024-03-03T00:00:00.000Z' }));
    const [h] = hypothesisExport([pageNote], opts.now).annotations;
    expect(h).toMatchObject({ uri: OLDER_URL, text: pageNote.note, tags: ['总体'], target: [{ source: OLDER_URL }] });
    expect(h.target[0]).not.toHaveProperty('selector');
  });

  it('belong to no commitment in the commitments CSV', () => {
    const csv = commitmentsCsv([{ extraction: older, annotations: [pageNote] }]);
    expect(csv).not.toContain(pageNote.note);
  });
});
