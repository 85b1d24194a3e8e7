/**
 * Small shape checks for untrusted JSON (an imported bundle). Each check returns null or
 * the first failure: where it is (a path like `snapshots[2].sha256`) and what was expected,
 * so the message can say exactly what is wrong in English and Chinese. Checks stop at the
 * first failure, so a huge array of junk costs one element, not the whole array.
 */

/** What a value should have been, in both languages. Example: `sha256` → '64 lowercase hex characters'. */
export const EXPECTED = {
  object: { en: 'an object', zh: '对象' },
  array: { en: 'a list', zh: '列表' },
  string: { en: 'a string', zh: '字符串' },
  number: { en: 'a finite number', zh: '有限数值' },
  integer: { en: 'a whole number ≥ 0', zh: '非负整数' },
  boolean: { en: 'true or false', zh: '布尔值' },
  sha256: { en: '64 lowercase hex characters (a sha256)', zh: '64位小写十六进制（sha256）' },
  date: { en: 'an ISO 8601 date-time that exists, such as 2024-05-01T08:00:00.000Z', zh: '真实存在的 ISO 8601 时间，如 2024-05-01T08:00:00.000Z' },
  day: { en: 'a date written YYYY-MM-DD', zh: '格式为 YYYY-MM-DD 的日期' },
  url: { en: 'an http(s) or file URL', zh: 'http(s) 或 file 网址' },
  enum: { en: 'one of the allowed values', zh: '允许的取值之一' },
  span: { en: 'an offset range inside the text (0 ≤ start ≤ end ≤ length)', zh: '文本内的偏移区间（0 ≤ start ≤ end ≤ 长度）' },
  tooLong: { en: 'shorter', zh: '更短' },
  tooMany: { en: 'a shorter list', zh: '更短的列表' },
  present: { en: 'present', zh: '存在' },
  tree: { en: 'the id of another heading of this report, never leading back to itself (headings form a tree)', zh: '本报告另一标题的 id，且不能绕回自身（标题须构成树）' },
  unique: { en: 'an id no other heading of this report has', zh: '本报告中唯一的标题 id' },
} as const;

export type Expected = keyof typeof EXPECTED;
export interface Failure { path: string; expected: Expected; detail?: string }
export type Check = (value: unknown, path: string) => Failure | null;

/** The longest string a bundle field may hold: 50 M characters (a very long report is ~1 M). */
export const MAX_STRING = 50_000_000;

const fail = (path: string, expected: Expected, detail?: string): Failure => ({ path, expected, ...(detail ? { detail } : {}) });

export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);

export function str(max = MAX_STRING): Check {
  return (v, path) => (typeof v !== 'string' ? fail(path, 'string') : v.length > max ? fail(path, 'tooLong', `≤ ${max}`) : null);
}

export const num: Check = (v, path) => (typeof v === 'number' && Number.isFinite(v) ? null : fail(path, 'number'));
export const int: Check = (v, path) => (Number.isSafeInteger(v) && (v as number) >= 0 ? null : fail(path, 'integer'));
export const bool: Check = (v, path) => (typeof v === 'boolean' ? null : fail(path, 'boolean'));

const SHA256 = /^[0-9a-f]{64}$/;
export const sha256: Check = (v, path) => (typeof v === 'string' && SHA256.test(v) ? null : fail(path, 'sha256'));

/** What Date#toISOString writes, or the same with a ±hh:mm offset; the date must exist. */
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * True when the day exists in that month of that year. Date.parse alone is not enough:
 * V8 rolls 2024-02-30 over to March 1st instead of refusing it (issue 16).
 */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export const isoDateTime: Check = (v, path) => {
  const m = typeof v === 'string' ? ISO_DATE_TIME.exec(v) : null;
  if (!m) return fail(path, 'date');
  const [hour, minute, second, offsetHours, offsetMinutes] = [m[4], m[5], m[6] ?? '0', m[7] ?? '0', m[8] ?? '0'].map(Number);
  const inRange = hour < 24 && minute < 60 && second < 60 && offsetHours < 24 && offsetMinutes < 60;
  return inRange && isRealDate(Number(m[1]), Number(m[2]), Number(m[3])) ? null : fail(path, 'date');
};

/**
 * A date written YYYY-MM-DD with a month 01–12 and a day 01–31 (an extraction's publishedAt).
 * Not checked against the calendar: the extractor copies the date a page prints, and a page
 * that misprints 2月30日 must not make its whole bundle impossible to import.
 */
export const isoDate: Check = (v, path) => {
  const m = typeof v === 'string' ? ISO_DATE.exec(v) : null;
  const [month, day] = m ? [Number(m[2]), Number(m[3])] : [0, 0];
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? null : fail(path, 'day');
};

/**
 * Page addresses. Only http(s) and file: a `javascript:` or `data:` address in a crafted
 * bundle would otherwise become a link in the library that runs code when clicked.
 */
const SAFE_URL = /^(?:https?:\/\/[^\s]+|file:\/\/[^\s]*)$/i;
export const pageUrl: Check = (v, path) => (typeof v === 'string' && v.length <= 8192 && SAFE_URL.test(v) ? null : fail(path, 'url'));

export function oneOf(values: readonly unknown[]): Check {
  return (v, path) => (values.includes(v) ? null : fail(path, 'enum', values.map((x) => JSON.stringify(x)).join(' | ')));
}

export function nullable(check: Check): Check {
  return (v, path) => (v === null ? null : check(v, path));
}

export function arrayOf(check: Check, max: number): Check {
  return (v, path) => {
    if (!Array.isArray(v)) return fail(path, 'array');
    if (v.length > max) return fail(path, 'tooMany', `≤ ${max}`);
    for (let i = 0; i < v.length; i++) {
      const f = check(v[i], `${path}[${i}]`);
      if (f) return f;
    }
    return null;
  };
}

/** An object with these fields (required unless listed in `optional`); other fields are allowed. */
export function shape(fields: Record<string, Check>, optional: Record<string, Check> = {}): Check {
  return (v, path) => {
    if (!isPlainObject(v)) return fail(path, 'object');
    for (const [key, check] of Object.entries(fields)) {
      if (!Object.hasOwn(v, key)) return fail(`${path}.${key}`, 'present');
      const f = check(v[key], `${path}.${key}`);
      if (f) return f;
    }
    for (const [key, check] of Object.entries(optional)) {
      const f = Object.hasOwn(v, key) && v[key] !== undefined ? check(v[key], `${path}.${key}`) : null;
      if (f) return f;
    }
    return null;
  };
}

/** Runs checks in order (shape first, then cross-field rules); the first failure wins. */
export function all(...checks: Check[]): Check {
  return (v, path) => {
    for (const check of checks) {
      const f = check(v, path);
      if (f) return f;
    }
    return null;
  };
}

/** Keys that mean nothing in a bundle and could reach an object's prototype if merged naively. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** A bundle nests about ten levels deep; far deeper is junk (and would overflow a recursive reader). */
export const MAX_DEPTH = 64;

/**
 * Walks parsed JSON without recursion (so 100,000 nested brackets cannot overflow the stack)
 * and reports the first unsafe key or nesting beyond MAX_DEPTH.
 */
export function scanJson(root: unknown): { unsafeKey: string | null; tooDeep: boolean } {
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length) {
    const [value, depth] = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > MAX_DEPTH) return { unsafeKey: null, tooDeep: true };
    const children = Array.isArray(value) ? value : Object.values(value);
    if (!Array.isArray(value)) {
      const bad = Object.keys(value).find((k) => UNSAFE_KEYS.has(k));
      if (bad !== undefined) return { unsafeKey: bad, tooDeep: false };
    }
    for (const child of children) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return { unsafeKey: null, tooDeep: false };
}

/** `path should be …` in English, `path 应为…` in Chinese. */
export function describeFailure(f: Failure): { en: string; zh: string } {
  const e = EXPECTED[f.expected];
  const detail = f.detail ? ` (${f.detail})` : '';
  if (f.expected === 'present') return { en: `${f.path} is missing`, zh: `缺少 ${f.path}` };
  return { en: `${f.path} should be ${e.en}${detail}`, zh: `${f.path} 应为${e.zh}${detail}` };
}
