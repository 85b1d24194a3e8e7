/**
 * Detection: is this page a government report? Cheap enough for every page (the content
 * script runs it on each load): reads the URL, the title, meta tags and at most the first
 * DETECT_TEXT_LIMIT characters of text, against the rule table in rules.ts. Imports nothing
 * heavy: no Readability, no compromise.
 */
import type { Detection } from '../extract/types';
import {
  GROUP_CAPS, MIN_SENTENCES, NO_PROSE_WEIGHT, REPORT_THRESHOLD, RULES, SENTENCE_END,
  type DetectRule, type RuleField, type RuleGroup,
} from './rules';

/** What detection reads: all cheap to get on any page. */
export interface DetectInput {
  url?: string;
  title: string | null;
  metaTags: Record<string, string>;
  /** Page text; only the first DETECT_TEXT_LIMIT characters are read. */
  text: string;
}

/** Characters of page text detection reads (the start: title, intro, first headings). */
export const DETECT_TEXT_LIMIT = 3000;
/** The cover is read in this much of the text, up to its first line longer than COVER_LINE. */
const COVER_CHARS = 600;
const COVER_LINE = 80;
/** A sample shorter than this is too short to call "not prose". */
const PROSE_SAMPLE_MIN = 300;

export { REPORT_THRESHOLD, RULES } from './rules';

/** Scores a page 0..1 and names the rules that fired (`field:id`, e.g. 'title:工作报告'). */
export function detect(input: DetectInput): Detection {
  const fields = fieldsOf(input);
  const signals: string[] = [];
  const sums: Record<RuleGroup, number> = { site: 0, title: 0, text: 0, structure: 0, negative: 0 };
  const fired = RULES.filter((rule) => rule.weight > 0 && fires(rule, fields[rule.on]));
  const doctypeTitle = fired.some((r) => r.doctype);
  const negatives = RULES.filter((rule) => rule.weight < 0 && !(rule.unlessDoctype && doctypeTitle) && fires(rule, fields[rule.on]));
  for (const rule of [...fired, ...negatives]) {
    sums[groupOf(rule)] += rule.weight;
    signals.push(`${rule.on === 'host' || rule.on === 'path' ? 'url' : rule.on}:${rule.id}`);
  }
  if (isNotProse(fields.text)) {
    sums.negative += NO_PROSE_WEIGHT;
    signals.push('structure:no-prose');
  }
  let score = sums.negative;
  for (const group of Object.keys(GROUP_CAPS) as (keyof typeof GROUP_CAPS)[]) score += Math.min(sums[group], GROUP_CAPS[group]);
  score = Math.round(Math.min(1, Math.max(0, score)) * 100) / 100;
  return { isReport: score >= REPORT_THRESHOLD, score, signals };
}

/** The strings each rule field reads. */
function fieldsOf(input: DetectInput): Record<RuleField, string> {
  const { host, path } = splitUrl(input.url);
  const meta = Object.entries(input.metaTags ?? {}).map(([k, v]) => `${k.toLowerCase()}=${v}`).join('\n');
  const titles = [input.title, input.metaTags?.articletitle].filter(Boolean).join('\n');
  const text = (input.text ?? '').slice(0, DETECT_TEXT_LIMIT);
  return { host, path, meta, title: titles, cover: `${titles}\n${coverOf(text)}`, text, structure: text };
}

/**
 * The short lines an English text opens with, before its first long line: a printed report's
 * cover, whose title is set over several lines under a letterhead ("GOVERNMENT OF INDIA /
 * BUDGET 2024-2025 / SPEECH"). Chinese covers are left to the title rules.
 */
function coverOf(text: string): string {
  const lines = text.slice(0, COVER_CHARS).split('\n');
  const end = lines.findIndex((l) => l.length > COVER_LINE);
  const cover = (end < 0 ? lines : lines.slice(0, end)).join('\n');
  return /[\u4e00-\u9fff]/.test(cover) ? '' : cover;
}

function splitUrl(url: string | undefined): { host: string; path: string } {
  // A regex, not `new URL`: file paths and odd strings must not throw.
  const m = url ? /^[a-z][\w+.-]*:\/\/([^/?#:]*)[^/?#]*([^?#]*)/i.exec(url) : null;
  return m ? { host: m[1].toLowerCase(), path: m[2] } : { host: '', path: '' };
}

function fires(rule: DetectRule, value: string): boolean {
  if (!value) return false;
  if (rule.min === undefined) {
    rule.pattern.lastIndex = 0;
    return rule.pattern.test(value);
  }
  const distinct = new Set<string>();
  for (const m of value.matchAll(rule.pattern)) {
    distinct.add(m[1] ?? m[0]);
    if (distinct.size >= rule.min) return true;
  }
  return false;
}

function groupOf(rule: DetectRule): RuleGroup {
  if (rule.weight < 0) return 'negative';
  if (rule.on === 'host' || rule.on === 'path' || rule.on === 'meta') return 'site';
  return rule.on === 'cover' ? 'title' : rule.on;
}

/** A long sample with almost no sentence ends: a list of links, a menu, a table of contents. */
function isNotProse(sample: string): boolean {
  if (sample.length < PROSE_SAMPLE_MIN) return false;
  let ends = 0;
  for (const _ of sample.matchAll(SENTENCE_END)) if (++ends >= MIN_SENTENCES) return false;
  return true;
}
