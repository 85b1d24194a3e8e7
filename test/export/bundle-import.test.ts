import { describe, expect, it } from 'vitest';
import { exportBundle, parseBundle } from '../../lib/export/bundle';
import { LIMITS } from '../../lib/export/bundle-checks';
import { annotationKey, describePlan, overrideKey, planCounts, planImport } from '../../lib/export/import-plan';
import type { ExistingKeys, ImportPlan } from '../../lib/export/types';
import { newerSnapshot, notes, olderSnapshot, overrides, pairDiff } from './fixtures';

const opts = { now: new Date('2024-03-10T12:00:00Z'), appVersion: '0.1.0' };
const exported = exportBundle({ snapshots: [olderSnapshot, newerSnapshot], annotations: notes, diffs: [pairDiff], overrides }, opts);
const none = (): ExistingKeys => ({ sha256s: new Set(), annotationKeys: new Set() });

function tampered(edit: (b: Record<string, any>) => void): string {
  const b = JSON.parse(exported);
  edit(b);
  return JSON.stringify(b);
}

/** What the import button does: parse, and plan only when the file is good. */
function importPlanFor(text: string, existing = none()): ImportPlan | null {
  const parsed = parseBundle(text);
  return parsed.ok ? planImport(existing, parsed.value) : null;
}

// [case, file text, what the message must say]
const MALFORMED: [string, string, string][] = [
  ['not JSON', '{"schema": "promise-ledger/bundle@1", ', 'it is not valid JSON'],
  ['empty file', '', 'it is empty'],
  ['only whitespace', ' \n\t', 'it is empty'],
  ['a JSON array', '[]', 'it is not a Promise Ledger bundle'],
  ['JSON null', 'null', 'it is not a Promise Ledger bundle'],
  ['a JSON string', '"promise-ledger/bundle@1"', 'it is not a Promise Ledger bundle'],
  ['no schema', '{"snapshots": []}', 'it is not a Promise Ledger bundle'],
  ['another schema', tampered((b) => { b.schema = 'zotero/export@1'; }), 'it is not a Promise Ledger bundle'],
  ['an extraction, not a bundle', tampered((b) => { b.schema = 'promise-ledger/extraction@1'; }), 'it is a promise-ledger/extraction@1 file, not a bundle'],
  ['a schema with a line break', tampered((b) => { b.schema = `promise-ledger/x\n${'y'.repeat(200)}`; }), 'it is a promise-ledger/x yyyy'],
  ['a newer bundle', tampered((b) => { b.schema = 'promise-ledger/bundle@2'; }), 'written by a newer Promise Ledger (promise-ledger/bundle@2)'],
  ['missing snapshots', tampered((b) => { delete b.snapshots; }), 'bundle.snapshots is missing'],
  ['missing text', tampered((b) => { delete b.snapshots[1].text; }), 'bundle.snapshots[1].text is missing'],
  ['exportedAt a number', tampered((b) => { b.exportedAt = 5; }), 'bundle.exportedAt should be an ISO 8601 date-time'],
  ['impossible date', tampered((b) => { b.overrides[0].createdAt = '2024-13-45T99:00:00Z'; }), 'bundle.overrides[0].createdAt should be an ISO 8601'],
  ['snapshots an object', tampered((b) => { b.snapshots = {}; }), 'bundle.snapshots should be a list'],
  ['tags not a list', tampered((b) => { b.snapshots[0].tags = '法治'; }), 'bundle.snapshots[0].tags should be a list'],
  ['bad sha256', tampered((b) => { b.snapshots[0].sha256 = 'abc123'; }), 'bundle.snapshots[0].sha256 should be 64 lowercase hex characters'],
  ['upper-case sha256', tampered((b) => { b.overrides[0].olderSha256 = b.overrides[0].olderSha256.toUpperCase(); }), 'bundle.overrides[0].olderSha256 should be 64 lowercase hex'],
  ['bad diff sha256', tampered((b) => { b.diffs[0].newer.sha256 = 'n'; }), 'bundle.diffs[0].newer.sha256 should be 64'],
  ['unknown status', tampered((b) => { b.overrides[0].status = 'done'; }), 'bundle.overrides[0].status should be one of the allowed values ("fulfilled" | "progress" | "unaddressed" | "missed")'],
  ['NaN-like confidence', tampered((b) => { b.diffs[0].items[0].confidence = '0.9'; }), 'bundle.diffs[0].items[0].confidence should be a finite number'],
  ['negative offset', tampered((b) => { b.annotations[0].selectors.position.start = -1; }), 'bundle.annotations[0].selectors.position.start should be a whole number'],
  ['position start after end', tampered((b) => { b.annotations[0].selectors.position.start = 9e6; }), 'bundle.annotations[0].selectors.position should be an offset range'],
  ['figure beyond the text', tampered((b) => { b.snapshots[0].extraction.numbers[2].end = 1e6; }), 'bundle.snapshots[0].extraction.numbers[2] should be an offset range'],
  ['javascript: page address', tampered((b) => { b.snapshots[0].url = 'javascript:alert(1)'; }), 'bundle.snapshots[0].url should be an http(s) or file URL'],
  ['data: page address', tampered((b) => { b.annotations[1].url = 'data:text/html,<script>1</script>'; }), 'bundle.annotations[1].url should be an http(s) or file URL'],
  ['heading depth 9', tampered((b) => { b.snapshots[1].extraction.headings[0].depth = 9; }), 'bundle.snapshots[1].extraction.headings[0].depth should be one of'],
  ['huge array of junk', tampered((b) => { b.annotations = Array.from({ length: 50_000 }, (_, i) => ({ junk: i })); }), 'bundle.annotations[0].url is missing'],
  ['too many annotations', tampered((b) => { b.annotations = new Array(LIMITS.annotations + 1).fill(0); }), 'bundle.annotations should be a shorter list (≤ 200000)'],
  ['junk strings in a list', tampered((b) => { b.overrides = new Array(1000).fill('x'.repeat(100)); }), 'bundle.overrides[0] should be an object'],
  ['__proto__ at the top', exported.replace('{', '{"__proto__": {"polluted": true},'), 'it contains the key "__proto__"'],
  ['__proto__ deep inside', exported.replace('"selectors":{', '"selectors":{"__proto__":{"isAdmin":true},'), 'it contains the key "__proto__"'],
  ['__proto__ written with escapes', exported.replace('{', '{"\\u005f_proto__": {"polluted": true},'), 'it contains the key "__proto__"'],
  ['constructor key', tampered((b) => { b.diffs[0].constructor = { prototype: { polluted: true } }; }), 'it contains the key "'],
  ['nested 100,000 deep', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'it is not a Promise Ledger bundle'],
  ['deep nesting inside a field', exported.replace('"tags":["法治"]', `"tags":${'['.repeat(5000)}${']'.repeat(5000)}`), 'it is nested more than 64 levels deep'],
];

describe('parseBundle: malformed files give one clear sentence and nothing is planned', () => {
  it.each(MALFORMED)('%s', (_name, text, message) => {
    const parsed = parseBundle(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error).toContain(message);
    expect(parsed.error).toMatch(/^Cannot import this file: .+; nothing was imported\. 无法导入此文件：.+，未导入任何内容。$/);
    expect(parsed.error).not.toContain('\n');
    expect(importPlanFor(text)).toBeNull();
  });

  it('never pollutes Object.prototype', () => {
    for (const [, text] of MALFORMED) parseBundle(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('never throws, even for input that is not a string', () => {
    for (const bad of [undefined, null, 42, {}, ['x']]) {
      expect(parseBundle(bad as unknown as string)).toEqual({ ok: false, error: expect.stringContaining('it is not text') });
    }
  });

  it('refuses a huge array of junk quickly (stops at the first bad element)', () => {
    const text = tampered((b) => { b.annotations = Array.from({ length: 150_000 }, () => ({ url: 'http://x/', junk: true })); });
    const t0 = performance.now();
    expect(parseBundle(text).ok).toBe(false);
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('says in Chinese what is wrong too', () => {
    const parsed = parseBundle(tampered((b) => { b.snapshots[0].sha256 = 'abc'; }));
    expect(!parsed.ok && parsed.error).toContain('bundle.snapshots[0].sha256 应为64位小写十六进制（sha256）');
  });
});

describe('planImport', () => {
  const parsed = parseBundle(exported);
  if (!parsed.ok) throw new Error(parsed.error);
  const bundle = parsed.value;

  it('adds everything to an empty library', () => {
    const plan = planImport(none(), bundle);
    expect(planCounts(plan)).toEqual({
      add: { snapshots: 2, annotations: 2, diffs: 1, overrides: 1 },
      skip: { snapshots: 0, annotations: 0, diffs: 0, overrides: 0 },
    });
    expect(describePlan(plan, 'zh')).toBe('将导入 2 份快照、2 条批注、1 份对照、1 条人工判定。');
    expect(describePlan(plan, 'en')).toBe('Will import 2 snapshots, 2 notes, 1 comparison and 1 override.');
  });

  it('merges by sha256: a stored snapshot is skipped, its notes still come in', () => {
    const plan = planImport({ sha256s: new Set([olderSnapshot.sha256]), annotationKeys: new Set() }, bundle);
    expect(plan.snapshots.add.map((s) => s.sha256)).toEqual([newerSnapshot.sha256]);
    expect(plan.snapshots.skip).toEqual([{ item: olderSnapshot, reason: 'already-stored' }]);
    expect(plan.annotations.add).toHaveLength(2);
  });

  it('skips an annotation with the same page, quote, position and note; a changed note is new', () => {
    const plan = planImport({ sha256s: new Set(), annotationKeys: new Set([annotationKey(notes[0])]) }, bundle);
    expect(plan.annotations.skip.map((s) => s.reason)).toEqual(['already-stored']);
    expect(annotationKey({ ...notes[0], note: '改过' })).not.toBe(annotationKey(notes[0]));
  });

  it('writes repeats inside the bundle once', () => {
    const doubled = { ...bundle, snapshots: [...bundle.snapshots, olderSnapshot], annotations: [...bundle.annotations, notes[1]] };
    const plan = planImport(none(), doubled);
    expect(plan.snapshots.add).toHaveLength(2);
    expect(plan.snapshots.skip).toEqual([{ item: olderSnapshot, reason: 'duplicate-in-bundle' }]);
    expect(plan.annotations.skip).toEqual([{ item: notes[1], reason: 'duplicate-in-bundle' }]);
  });

  it('keeps the stored override for the same commitment and pair', () => {
    const plan = planImport({ ...none(), overrideKeys: new Set([overrideKey(overrides[0])]) }, bundle);
    expect(plan.overrides.add).toEqual([]);
    expect(describePlan(plan, 'en')).toBe('Will import 2 snapshots, 2 notes and 1 comparison; will skip 1 override already stored or repeated.');
  });

  it('importing the same bundle twice plans nothing the second time', () => {
    const existing: ExistingKeys = {
      sha256s: new Set(bundle.snapshots.map((s) => s.sha256)),
      annotationKeys: new Set(bundle.annotations.map(annotationKey)),
      overrideKeys: new Set(bundle.overrides.map(overrideKey)),
      diffKeys: new Set([JSON.stringify([pairDiff.older.sha256, pairDiff.newer.sha256])]),
    };
    const plan = planImport(existing, bundle);
    expect(planCounts(plan).add).toEqual({ snapshots: 0, annotations: 0, diffs: 0, overrides: 0 });
    expect(describePlan(plan, 'zh')).toBe('没有需要导入的新内容；跳过已有或重复的 2 份快照、2 条批注、1 份对照、1 条人工判定。');
  });
});
