/**
 * The invariants every Extraction and Diff must satisfy whatever the input (issue 6). Each
 * check throws an Error naming the record and the broken rule, so a failing property's
 * report says what went wrong, not just "false".
 */
import type { Diff } from '../../lib/diff/index';
import type { Extraction } from '../../lib/extract/types';

function fail(what: string, record: unknown): never {
  throw new Error(`${what}: ${JSON.stringify(record)?.slice(0, 400)}`);
}

/**
 * 0 ≤ start ≤ end ≤ text.length, and the span reads exactly `expected`, which is not blank
 * and stays on one line (titles, figures and sentences never cross a line end).
 */
function checkSpan(text: string, r: { start: number; end: number }, expected: string, what: string): void {
  const { start, end } = r;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end > text.length) {
    fail(`${what}: offsets out of range (text length ${text.length})`, r);
  }
  if (text.slice(start, end) !== expected) fail(`${what}: text.slice(start, end) ${JSON.stringify(text.slice(start, end))} differs`, r);
  if (!expected.trim()) fail(`${what}: blank span`, r);
  if (expected.includes('\n')) fail(`${what}: span crosses a line end`, r);
}

/** Offsets, ids, heading tree, references and value sanity of one extraction. */
export function checkExtraction(x: Extraction): void {
  const { text } = x;
  if (typeof text !== 'string') fail('text is not a string', x.text);
  x.headings.forEach((h) => checkSpan(text, h, h.title, `heading ${h.id}`));
  x.numbers.forEach((n) => checkSpan(text, n, n.raw, `number ${n.id}`));
  x.commitments.forEach((c) => checkSpan(text, c, c.text, `commitment ${c.id}`));
  x.problems.forEach((p) => checkSpan(text, p, p.text, `problem ${p.id}`));
  checkIds(x);
  checkInOrder(x.headings, 'headings');
  checkInOrder(x.numbers, 'numbers');
  checkHeadingTree(x);
  checkReferences(x);
  checkValues(x);
}

function checkIds(x: Extraction): void {
  const seen = new Set<string>();
  for (const r of [...x.headings, ...x.numbers, ...x.commitments, ...x.problems]) {
    if (typeof r.id !== 'string' || !r.id) fail('record without an id', r);
    if (seen.has(r.id)) fail(`duplicate id ${r.id}`, r);
    seen.add(r.id);
  }
}

/** Records of one kind come in document order and do not overlap. */
function checkInOrder(records: { id: string; start: number; end: number }[], what: string): void {
  for (let i = 1; i < records.length; i++) {
    if (records[i].start < records[i - 1].end) fail(`${what}: ${records[i].id} overlaps or precedes ${records[i - 1].id}`, [records[i - 1], records[i]]);
  }
}

/** Depth 1..5; a parent is an earlier heading of smaller depth; depth 1 has no parent. */
function checkHeadingTree(x: Extraction): void {
  const earlier = new Map<string, Extraction['headings'][number]>();
  for (const h of x.headings) {
    if (!Number.isInteger(h.depth) || h.depth < 1 || h.depth > 5) fail(`heading ${h.id}: depth out of 1..5`, h);
    if (h.parentId === null) {
      if (h.depth !== 1) fail(`heading ${h.id}: no parent at depth ${h.depth}`, h);
    } else {
      const parent = earlier.get(h.parentId);
      if (!parent) fail(`heading ${h.id}: parent ${h.parentId} is not an earlier heading`, h);
      if (parent.depth >= h.depth) fail(`heading ${h.id}: parent ${parent.id} is not shallower`, h);
    }
    earlier.set(h.id, h);
  }
}

/** headingId and targets point at records that exist. */
function checkReferences(x: Extraction): void {
  const headingIds = new Set(x.headings.map((h) => h.id));
  for (const r of [...x.numbers, ...x.commitments, ...x.problems]) {
    if (r.headingId !== null && !headingIds.has(r.headingId)) fail(`${r.id}: unknown headingId ${r.headingId}`, r);
  }
  const numbers = new Map(x.numbers.map((n) => [n.id, n]));
  for (const c of x.commitments) {
    for (const t of c.targets) {
      const n = numbers.get(t);
      if (!n) fail(`${c.id}: unknown target ${t}`, c);
      if (n.start < c.start || n.end > c.end) fail(`${c.id}: target ${t} lies outside the commitment`, { c, n });
    }
    if (c.deadline !== null && !c.text.includes(c.deadline)) fail(`${c.id}: deadline is not as written in its text`, c);
  }
}

const KINDS = new Set(['count', 'percent', 'money', 'quantity', 'duration', 'year', 'date', 'doc-id', 'other']);
const APPROX = new Set([null, 'about', 'over', 'under', 'at-least', 'at-most', 'range']);
const ROLES = new Set(['achievements', 'problems', 'plans', 'duties', 'other']);

/** Enumerations hold contract values; figures survive JSON (no NaN or Infinity); score in 0..1. */
function checkValues(x: Extraction): void {
  for (const h of x.headings) if (!ROLES.has(h.role)) fail(`heading ${h.id}: role ${h.role}`, h);
  for (const n of x.numbers) {
    if (!KINDS.has(n.kind) || !APPROX.has(n.approx)) fail(`number ${n.id}: kind or approx outside the contract`, n);
    if (n.value !== null && !Number.isFinite(n.value)) fail(`number ${n.id}: value is not finite`, { ...n, value: String(n.value) });
    if (n.upper !== undefined && n.upper !== null && !Number.isFinite(n.upper)) fail(`number ${n.id}: upper is not finite`, { ...n, upper: String(n.upper) });
  }
  const { score } = x.detection;
  if (!(score >= 0 && score <= 1)) fail('detection score outside 0..1', x.detection);
}

/** One item per older commitment, in order; evidence and actuals are spans of the newer text. */
export function checkDiff(d: Diff, older: Extraction, newer: Extraction): void {
  if (d.items.length !== older.commitments.length) fail('items do not match older commitments', d.items.length);
  d.items.forEach((item, i) => {
    const c = older.commitments[i];
    if (item.commitmentId !== c.id || item.text !== c.text) fail(`item ${i} is not commitment ${c.id}`, item);
    if (!(item.confidence >= 0 && item.confidence <= 1)) fail(`item ${i}: confidence outside 0..1`, item);
    item.evidence.forEach((e, j) => checkSpan(newer.text, e, e.text, `item ${i} evidence ${j}`));
    if (item.evidence.some((e, j) => j > 0 && e.score > item.evidence[j - 1].score)) fail(`item ${i}: evidence not best first`, item.evidence);
    item.targets.forEach((t, j) => { if (t.actual) checkSpan(newer.text, t.actual, t.actual.raw, `item ${i} target ${j} actual`); });
  });
  const s = d.summary;
  if (s.fulfilled + s.progress + s.unaddressed + s.missed !== d.items.length) fail('summary does not add up', s);
}

/** Runs `produce` twice and requires byte-identical JSON (determinism), returning the first. */
export function twiceIdentical<T>(produce: () => T): T {
  const first = produce();
  const again = produce();
  if (JSON.stringify(first) !== JSON.stringify(again)) fail('second run differs from the first', 'output not deterministic');
  return first;
}
