/**
 * The JSON bundle: selected snapshots with their annotations, diffs and overrides, for backup
 * and for moving a library to another browser. `exportBundle` writes it; `parseBundle` reads
 * one back, checking every field before anything may be written (issue 6: a malformed file
 * gives one clear message and writes nothing), and upgrades older bundle schemas.
 *
 * Example: `parseBundle(exportBundle({snapshots}, {now, appVersion: '0.1.0'}))` gives
 * `{ok: true, value, warnings: []}` with `value` deep-equal to the exported bundle.
 */
import type { Diff } from '../diff/types';
import { bundleCheck } from './bundle-checks';
import { bundleVersion, migrateBundle } from './bundle-migrations';
import { describeFailure, isPlainObject, MAX_DEPTH, scanJson } from './check';
import {
  ANNOTATION_FIELDS, BUNDLE_SCHEMA, OVERRIDE_FIELDS, SNAPSHOT_FIELDS,
  type Bundle, type BundleAnnotation, type BundleSnapshot, type Override, type ParseResult,
} from './types';

export interface BundleInput {
  /** Stored records (their `id` is dropped) or bundle snapshots. */
  snapshots: BundleSnapshot[];
  annotations?: BundleAnnotation[];
  diffs?: Diff[];
  overrides?: Override[];
}

export interface BundleOptions { now: Date; appVersion: string }

/** The bundle object for these records (ids and fields a bundle does not carry are left out). */
export function buildBundle(input: BundleInput, { now, appVersion }: BundleOptions): Bundle {
  return assemble(now.toISOString(), appVersion, input);
}

function assemble(exportedAt: string, appVersion: string, input: BundleInput): Bundle {
  return {
    schema: BUNDLE_SCHEMA,
    exportedAt,
    appVersion,
    snapshots: input.snapshots.map((s) => pick(s, SNAPSHOT_FIELDS)),
    annotations: (input.annotations ?? []).map((a) => pick(a, ANNOTATION_FIELDS)),
    diffs: input.diffs ?? [],
    overrides: (input.overrides ?? []).map((o) => pick(o, OVERRIDE_FIELDS)),
  };
}

/** The file's text: compact JSON (snapshots carry whole pages) ending with a newline. */
export function serializeBundle(bundle: Bundle): string {
  return `${JSON.stringify(bundle)}\n`;
}

/** `buildBundle` then `serializeBundle`: what the download button writes. */
export function exportBundle(input: BundleInput, opts: BundleOptions): string {
  return serializeBundle(buildBundle(input, opts));
}

/** Copies only the listed fields, so database ids and derived fields never travel. */
function pick<T extends object, K extends keyof T>(record: T, fields: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const f of fields) out[f] = record[f];
  return out;
}

/** One sentence in each language, saying that nothing was imported. */
export function importError(en: string, zh: string): { ok: false; error: string } {
  return { ok: false, error: `Cannot import this file: ${en}; nothing was imported. 无法导入此文件：${zh}，未导入任何内容。` };
}

/** Reads a bundle. Never throws: every problem is an `{ok: false, error}` with a clear sentence. */
export function parseBundle(text: string): ParseResult {
  try {
    return parseUnchecked(text);
  } catch (err) {
    // JSON too deeply nested for the engine, out of memory for a string…: still one sentence.
    return importError(`it could not be read (${String((err as Error)?.message ?? err).slice(0, 120)})`, '无法读取');
  }
}

function parseUnchecked(text: string): ParseResult {
  if (typeof text !== 'string') return importError('it is not text', '内容不是文本');
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return importError('it is empty', '文件为空');
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (err) {
    return importError(`it is not valid JSON (${String((err as Error).message).slice(0, 120)})`, '不是有效的 JSON');
  }
  if (!isPlainObject(raw)) return notABundle();
  // JSON.parse keeps "__proto__" as a plain own key, harmless until some later naive merge
  // (Object.assign, a deep merge) turns it into a prototype change: refuse it here.
  const { unsafeKey, tooDeep } = scanJson(raw);
  if (unsafeKey !== null) return importError(`it contains the key "${unsafeKey}", which no bundle has`, `含有导出包中不会出现的键 "${unsafeKey}"`);
  if (tooDeep) return importError(`it is nested more than ${MAX_DEPTH} levels deep, which no bundle is`, `嵌套超过 ${MAX_DEPTH} 层，不是导出包`);
  return readSchema(raw);
}

/** Text from the file, made safe to quote in a one-line message: no control characters, short. */
function forMessage(text: string): string {
  const clean = text.replace(/[\p{Cc}\p{Cf}]/gu, ' ');
  return clean.length > 60 ? `${clean.slice(0, 60)}…` : clean;
}

function notABundle(): { ok: false; error: string } {
  return importError(`it is not a Promise Ledger bundle (a JSON object with "schema": "${BUNDLE_SCHEMA}")`,
    `不是承诺台账导出包（应为含 "schema": "${BUNDLE_SCHEMA}" 的 JSON 对象）`);
}

/** Accepts the current schema and older ones (migrated); refuses newer and unrelated ones. */
function readSchema(raw: Record<string, unknown>): ParseResult {
  const version = bundleVersion(raw.schema);
  if (version === null) {
    if (typeof raw.schema === 'string' && raw.schema.startsWith('promise-ledger/')) {
      const schema = forMessage(raw.schema);
      return importError(`it is a ${schema} file, not a bundle (export a bundle from the library)`, `这是 ${schema} 文件而非导出包（请在资料库中导出）`);
    }
    return notABundle();
  }
  if (version > (bundleVersion(BUNDLE_SCHEMA) as number)) {
    return importError(`it was written by a newer Promise Ledger (${raw.schema}); update the extension to import it`,
      `该文件由较新版本的承诺台账导出（${raw.schema}），请更新扩展后再导入`);
  }
  const { bundle, steps } = migrateBundle(raw);
  if (bundle.schema !== BUNDLE_SCHEMA) {
    return importError(`its format ${raw.schema} is no longer supported`, `格式 ${raw.schema} 已不再支持`);
  }
  return readChecked(bundle, steps);
}

function readChecked(raw: Record<string, unknown>, steps: string[]): ParseResult {
  const failure = bundleCheck(raw, 'bundle');
  if (failure) {
    const { en, zh } = describeFailure(failure);
    return importError(en, zh);
  }
  const warnings = steps.map((from) => `Converted from the older format ${from}. 已从旧格式 ${from} 转换。`);
  const known = new Set(['schema', 'exportedAt', 'appVersion', 'snapshots', 'annotations', 'diffs', 'overrides']);
  const unknown = Object.keys(raw).filter((k) => !known.has(k));
  if (unknown.length) {
    const list = unknown.slice(0, 10).map(forMessage).join(', ');
    warnings.push(`Ignored fields this version does not know: ${list}. 已忽略未知字段：${list}。`);
  }
  // Rebuilt from known fields only, so a stray `id` in a record is never written.
  const checked = raw as unknown as Bundle;
  return { ok: true, value: assemble(checked.exportedAt, checked.appVersion, checked), warnings };
}
