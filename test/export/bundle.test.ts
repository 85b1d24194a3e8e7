import { describe, expect, it } from 'vitest';
import { buildBundle, exportBundle, parseBundle } from '../../lib/export/bundle';
import { BUNDLE_MIGRATIONS } from '../../lib/export/bundle-migrations';
import { BUNDLE_SCHEMA, type Bundle } from '../../lib/export/types';
import { newerSnapshot, notes, olderSnapshot, overrides, pairDiff } from './fixtures';

const opts = { now: new Date('2024-03-10T12:00:00Z'), appVersion: '0.1.0' };
const input = { snapshots: [olderSnapshot, newerSnapshot], annotations: notes, diffs: [pairDiff], overrides };
const exported = exportBundle(input, opts);

/** The exported bundle as a plain object, edited by `edit` and written back as text. */
function tampered(edit: (b: Record<string, any>) => void): string {
  const b = JSON.parse(exported);
  edit(b);
  return JSON.stringify(b);
}

describe('exportBundle', () => {
  it('writes schema, exportedAt, appVersion and every part', () => {
    const b = JSON.parse(exported) as Bundle;
    expect(b.schema).toBe(BUNDLE_SCHEMA);
    expect(b.exportedAt).toBe('2024-03-10T12:00:00.000Z');
    expect(b.appVersion).toBe('0.1.0');
    expect([b.snapshots.length, b.annotations.length, b.diffs.length, b.overrides.length]).toEqual([2, 2, 1, 1]);
    expect(exported.endsWith('\n')).toBe(true);
  });

  it('is deterministic: same records, same bytes', () => {
    expect(exportBundle(input, opts)).toBe(exported);
  });

  it('drops database ids and fields a bundle does not carry', () => {
    const stored = { ...olderSnapshot, id: 7, terms: ['灌南'] };
    const b = buildBundle({ snapshots: [stored], annotations: [{ ...notes[0], id: 3 } as typeof notes[0]] }, opts);
    expect(b.snapshots[0]).toEqual(olderSnapshot);
    expect('id' in b.snapshots[0]).toBe(false);
    expect('id' in b.annotations[0]).toBe(false);
    expect(b.diffs).toEqual([]);
    expect(b.overrides).toEqual([]);
  });
});

describe('parseBundle: round trip', () => {
  it('gives back the same content, deep equal, with no warnings', () => {
    const parsed = parseBundle(exported);
    expect(parsed).toEqual({ ok: true, value: buildBundle(input, opts), warnings: [] });
    if (parsed.ok) expect(exportBundle(parsed.value, opts)).toBe(exported);
  });

  it('keeps Chinese text, notes with quotes and line breaks, and tags exactly', () => {
    const parsed = parseBundle(exported);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value.snapshots[0].text).toBe(olderSnapshot.text);
    expect(parsed.value.annotations.map((a) => a.note)).toEqual(notes.map((a) => a.note));
    expect(parsed.value.annotations[0].tags).toEqual(['平台', '监督']);
    expect(parsed.value.diffs[0]).toEqual(pairDiff);
  });

  it('accepts a byte order mark in front (saved by some editors)', () => {
    expect(parseBundle(`\uFEFF${exported}`).ok).toBe(true);
  });

  it('drops a stray id inside a record and warns about unknown top-level fields', () => {
    const parsed = parseBundle(tampered((b) => { b.snapshots[0].id = 99; b.annotations[0].id = 5; b.comment = 'hi'; }));
    if (!parsed.ok) throw new Error(parsed.error);
    expect('id' in parsed.value.snapshots[0]).toBe(false);
    expect('id' in parsed.value.annotations[0]).toBe(false);
    expect(parsed.warnings).toEqual(['Ignored fields this version does not know: comment. 已忽略未知字段：comment。']);
  });

  it('keeps fields the contract added to an extraction (they may be added, never dropped)', () => {
    const parsed = parseBundle(tampered((b) => { b.snapshots[0].extraction.numbers[0].note = 'later field'; }));
    expect(parsed.ok && (parsed.value.snapshots[0].extraction.numbers[0] as unknown as { note: string }).note).toBe('later field');
  });

  it('keeps a report\'s document number (发文字号), and refuses one that is not text', () => {
    const numbered = parseBundle(tampered((b) => { b.snapshots[0].extraction.meta.docNumber = '灌政报〔2023〕5号'; }));
    expect(numbered.ok && numbered.value.snapshots[0].extraction.meta.docNumber).toBe('灌政报〔2023〕5号');
    const bad = parseBundle(tampered((b) => { b.snapshots[0].extraction.meta.docNumber = 5; }));
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toContain('docNumber');
  });
});

describe('parseBundle: older schemas', () => {
  it('replays the example of every migration', () => {
    for (const m of BUNDLE_MIGRATIONS) expect(m.migrate(m.example.before)).toEqual(m.example.after);
  });

  it('imports a bundle@0 (no diffs or overrides, annotations without kind or tags) with a warning', () => {
    const v0 = tampered((b) => {
      b.schema = 'promise-ledger/bundle@0';
      delete b.diffs;
      delete b.overrides;
      for (const a of b.annotations) { delete a.kind; delete a.tags; delete a.commitmentId; delete a.status; }
    });
    const parsed = parseBundle(v0);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.warnings).toEqual(['Converted from the older format promise-ledger/bundle@0. 已从旧格式 promise-ledger/bundle@0 转换。']);
    expect(parsed.value.schema).toBe(BUNDLE_SCHEMA);
    expect(parsed.value.diffs).toEqual([]);
    expect(parsed.value.overrides).toEqual([]);
    expect(parsed.value.annotations[0]).toEqual({ ...notes[0], tags: [] });
    expect(parsed.value.snapshots).toEqual([olderSnapshot, newerSnapshot]);
  });

  it('still checks a migrated bundle strictly', () => {
    const parsed = parseBundle(tampered((b) => { b.schema = 'promise-ledger/bundle@0'; b.annotations[0].note = 42; }));
    expect(parsed).toEqual({ ok: false, error: expect.stringContaining('bundle.annotations[0].note should be a string') });
  });
});
