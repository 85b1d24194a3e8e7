/**
 * The shape of a `promise-ledger/bundle@1`, as checks (check.ts). Every field the library
 * reads is checked for type and range; offsets must lie inside the text they point into, so
 * a crafted bundle cannot make a highlight or a slice run off its text. Fields the contract
 * adds later are allowed (CONTRACT.md: fields may be added, never renamed).
 */
import { headingTreeFault } from '../extract/heading-tree';
import type { Approx, DocType, Heading, NumberKind, Role } from '../extract/types';
import { EXTRACTION_SCHEMA } from '../extract/types';
import { DIFF_SCHEMA, type Outcome, type Status } from '../diff/types';
import { BUNDLE_SCHEMA } from './types';
import {
  all, arrayOf, bool, int, isoDate, isoDateTime, MAX_STRING, nullable, num, oneOf, pageUrl, sha256, shape, str,
  type Check,
} from './check';

/** Upper bounds on list lengths: far above real use, low enough that junk is refused early. */
export const LIMITS = {
  snapshots: 20_000, annotations: 200_000, diffs: 20_000, overrides: 200_000,
  /** Headings, figures, commitments or problems of one report. */
  records: 200_000,
  tags: 200, smallList: 1_000,
} as const;

// Written as records so the compiler says when a value is added to one of these types.
const keys = <K extends string>(r: Record<K, 1>) => Object.keys(r) as K[];
const DOC_TYPES = keys<DocType>({ 'annual-report': 1, 'work-report': 1, 'work-plan': 1, 'proposal-reply': 1, other: 1 });
const ROLES = keys<Role>({ achievements: 1, problems: 1, plans: 1, duties: 1, other: 1 });
const KINDS = keys<NumberKind>({ count: 1, percent: 1, money: 1, quantity: 1, duration: 1, year: 1, date: 1, 'doc-id': 1, other: 1 });
const APPROX: Approx[] = [...keys<NonNullable<Approx>>({ about: 1, over: 1, under: 1, 'at-least': 1, 'at-most': 1, range: 1 }), null];
export const STATUSES = keys<Status>({ fulfilled: 1, progress: 1, unaddressed: 1, missed: 1 });
const OUTCOMES = keys<Outcome>({ met: 1, missed: 1, 'off-target': 1, 'no-actual': 1 });

const id = str(200);
const shortText = str(10_000);
const text = str(MAX_STRING);
const strings = (max: number, each = shortText) => arrayOf(each, max);

const span = { start: int, end: int };

/** start ≤ end, and both inside `text` of the enclosing extraction. */
function spansWithin(lists: string[]): Check {
  return (v, path) => {
    const ex = v as Record<string, unknown>;
    const length = (ex.text as string).length;
    for (const list of lists) {
      const items = ex[list] as { start: number; end: number }[];
      const bad = items.findIndex((s) => s.start > s.end || s.end > length);
      if (bad >= 0) return { path: `${path}.${list}[${bad}]`, expected: 'span' };
    }
    return null;
  };
}

/** Heading parents form a tree: a cycle would make every walk up the outline endless. */
const headingTree: Check = (v, path) => {
  const found = headingTreeFault((v as { headings: Heading[] }).headings);
  if (!found) return null;
  const at = `${path}.headings[${found.index}]`;
  return found.fault === 'duplicate-id' ? { path: `${at}.id`, expected: 'unique' } : { path: `${at}.parentId`, expected: 'tree' };
};

const meta = shape({
  issuer: nullable(shortText), docType: oneOf(DOC_TYPES), coversYear: nullable(int), planYear: nullable(int), publishedAt: nullable(isoDate),
}, { docNumber: str(200) });

const heading = shape({
  id, depth: oneOf([1, 2, 3, 4, 5]), marker: shortText, title: text, ...span, role: oneOf(ROLES), parentId: nullable(id),
}, { rule: id });

const numberMention = shape({
  id, raw: shortText, value: nullable(num), unit: nullable(shortText), kind: oneOf(KINDS), approx: oneOf(APPROX),
  indicator: nullable(shortText), headingId: nullable(id), ...span,
}, { upper: nullable(num), rule: id });

const commitment = shape({
  id, text, headingId: nullable(id), ...span, actions: strings(LIMITS.smallList), deadline: nullable(shortText),
  targets: strings(LIMITS.smallList, id), strength: oneOf(['firm', 'soft']),
}, { rule: id });

const problem = shape({ id, text, headingId: nullable(id), ...span }, { rule: id });

export const extractionCheck: Check = all(shape({
  schema: oneOf([EXTRACTION_SCHEMA]),
  source: shape({ title: nullable(shortText), sha256 }, { file: shortText, url: pageUrl }),
  language: oneOf(['zh', 'en']),
  text,
  meta,
  detection: shape({ isReport: bool, score: num, signals: strings(LIMITS.smallList) }),
  headings: arrayOf(heading, LIMITS.records),
  numbers: arrayOf(numberMention, LIMITS.records),
  commitments: arrayOf(commitment, LIMITS.records),
  problems: arrayOf(problem, LIMITS.records),
  extractorVersion: id,
}), spansWithin(['headings', 'numbers', 'commitments', 'problems']), headingTree);

export const snapshotCheck: Check = shape({
  sha256, url: pageUrl, title: nullable(shortText), savedAt: isoDateTime, extractorVersion: id, extraction: extractionCheck,
  html: text, text, issuer: nullable(shortText), docType: oneOf(DOC_TYPES), coversYear: nullable(int), tags: strings(LIMITS.tags, str(200)),
});

const startBeforeEnd: Check = (v, path) => {
  const s = v as { start: number; end: number };
  return s.start <= s.end ? null : { path, expected: 'span' };
};

const selectors = shape({
  quote: shape({ type: oneOf(['TextQuoteSelector']), exact: text, prefix: shortText, suffix: shortText }),
  position: all(shape({ type: oneOf(['TextPositionSelector']), ...span }), startBeforeEnd),
});

/** A page note (on the report as a whole) has no selectors, and only a page note. */
const passageUnlessPage: Check = (v, path) => {
  const a = v as { kind: string; selectors: unknown };
  return (a.kind === 'page') === (a.selectors === null) ? null : { path: `${path}.kind`, expected: 'enum' };
};

export const annotationCheck: Check = all(shape({
  url: pageUrl, snapshotSha: nullable(sha256), selectors: nullable(selectors), kind: oneOf(['note', 'page', 'watch', 'status']), note: str(1_000_000),
  tags: strings(LIMITS.tags, str(200)), commitmentId: nullable(id), status: nullable(oneOf(STATUSES)), createdAt: isoDateTime, updatedAt: isoDateTime,
}), passageUnlessPage);

const figure = { raw: shortText, value: nullable(num), unit: nullable(shortText) };
const targetCheck = shape({
  indicator: nullable(shortText),
  target: shape({ ...figure, approx: oneOf(APPROX) }, { upper: nullable(num) }),
  actual: nullable(shape({ ...figure, ...span })),
  outcome: oneOf(OUTCOMES),
}, { direction: nullable(oneOf(['above', 'below'])) });

const diffItem = shape({
  commitmentId: id, text, status: oneOf(STATUSES), confidence: num,
  evidence: arrayOf(all(shape({ text, ...span, score: num }), startBeforeEnd), LIMITS.smallList),
  targets: arrayOf(targetCheck, LIMITS.smallList), section: nullable(shortText),
  why: shape({ terms: strings(LIMITS.smallList), rules: strings(LIMITS.smallList) }),
});

const reportRef = shape({ sha256, title: nullable(shortText), meta });

export const diffCheck: Check = shape({
  schema: oneOf([DIFF_SCHEMA]), older: reportRef, newer: reportRef, items: arrayOf(diffItem, LIMITS.records),
  summary: shape({ fulfilled: int, progress: int, unaddressed: int, missed: int }),
});

export const overrideCheck: Check = shape({
  olderSha256: sha256, newerSha256: sha256, commitmentId: id, status: oneOf(STATUSES), note: str(1_000_000), createdAt: isoDateTime,
});

export const bundleCheck: Check = shape({
  schema: oneOf([BUNDLE_SCHEMA]), exportedAt: isoDateTime, appVersion: str(100),
  snapshots: arrayOf(snapshotCheck, LIMITS.snapshots),
  annotations: arrayOf(annotationCheck, LIMITS.annotations),
  diffs: arrayOf(diffCheck, LIMITS.diffs),
  overrides: arrayOf(overrideCheck, LIMITS.overrides),
});

