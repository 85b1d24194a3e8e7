/**
 * 分别 ("respectively"): 民间投资、产业投资占比分别达到73.7%、63.3% lists two subjects and
 * two figures in the same order, so 73.7% measures 民间投资占比 and 63.3% 产业投资占比. The
 * indicator finder reads only the clause before each figure and gave both the last subject;
 * this pass deals the subjects out in order. A second run in the same sentence with no
 * subject of its own (…，较上年分别提高2.1、3.5个百分点) takes the first run's, in order.
 */
import type { NumberFound } from './types';
import { ZH_CHANGE_WORD, trimZhIndicator } from '../indicator';

const MEASURED = new Set(['count', 'percent', 'money', 'quantity', 'duration']);
/** What may stand between two figures of one run: 73.7%、63.3%, 8和10个. */
const RUN_JOINER = /^\s*(?:[、和及与]|以及)\s*$/;
/** Where the clause holding 分别 starts: any break but the list comma 、. */
const CLAUSE_BREAK = /[，,；;。：:！!？?\n]/;
/** How far back the subjects are looked for. */
const WINDOW = 48;
/** Separators between listed subjects. */
const SUBJECTS = /[、和与及]/;
/** A sentence end: a run after one never inherits from a run before it. */
const SENTENCE_END = /[。；;！!？?\n]/;

interface Run { from: number; to: number; subjects: string[] | null }

/** The figures with their 分别 subjects dealt out; others unchanged. `found` is in text order. */
export function dealRespectively(text: string, found: NumberFound[]): NumberFound[] {
  if (!text.includes('分别')) return found;
  const out = found.slice();
  let previous: Run | null = null;
  for (const run of runsOf(text, out)) {
    const k = run.to - run.from;
    const clauseStart = startOfClause(text, out[run.from].start);
    const clause = text.slice(clauseStart, out[run.from].start);
    const at = clause.lastIndexOf('分别');
    if (at < 0) continue;
    const verb = clause.slice(at + 2).trim();
    // A change verb is part of what is measured (增长); 提高到 names a level, not a change.
    const verbWord = ZH_CHANGE_WORD.exec(verb)?.[0] ?? '';
    const change = /^[到至]/.test(verb.slice(verbWord.length)) ? '' : verbWord;
    const subjects = listedSubjects(clause.slice(0, at), k);
    const names: string[] | null = subjects ?? inheritedSubjects(text, out, previous, run, clause.slice(0, at));
    if (names) for (let i = 0; i < k; i++) out[run.from + i] = { ...out[run.from + i], indicator: names[i] + change };
    previous = { ...run, subjects: names };
  }
  return out;
}

/**
 * A run with no subjects of its own before 分别 (only scene words: 较上年) takes those of the
 * run before it in the same sentence, when both have as many figures; their change verb goes.
 */
function inheritedSubjects(text: string, found: NumberFound[], previous: Run | null, run: Run, before: string): string[] | null {
  if (!previous?.subjects || previous.to - previous.from !== run.to - run.from || trimZhIndicator(before) !== '') return null;
  if (SENTENCE_END.test(text.slice(found[previous.to - 1].end, found[run.from].start))) return null;
  return previous.subjects.map((s) => s.replace(CHANGE_TAIL, ''));
}

const CHANGE_TAIL = new RegExp(`(?:${ZH_CHANGE_WORD.source.slice(1)})$`);

/** Runs of two or more measured figures joined by 、/和/及/与. */
function runsOf(text: string, found: NumberFound[]): Run[] {
  const runs: Run[] = [];
  let from = 0;
  for (let i = 1; i <= found.length; i++) {
    const joined = i < found.length && MEASURED.has(found[i].kind) && MEASURED.has(found[i - 1].kind)
      && RUN_JOINER.test(text.slice(found[i - 1].end, found[i].start));
    if (joined) continue;
    if (i - from >= 2) runs.push({ from, to: i, subjects: null });
    from = i;
  }
  return runs;
}

function startOfClause(text: string, at: number): number {
  for (let i = at - 1; i >= Math.max(0, at - WINDOW); i--) if (CLAUSE_BREAK.test(text[i])) return i + 1;
  return Math.max(0, at - WINDOW);
}

/**
 * The subjects listed before 分别, one per figure, or null. The last subject carries the
 * words they share ("民间投资、产业投资占比": 占比). Where its own part ends is read from the
 * subject before it, the items of such lists being parallel: it ends as that one does
 * (高技术制造业、装备制造业增加值: 业), else after as many characters (城镇、农村居民收入).
 */
function listedSubjects(before: string, k: number): string[] | null {
  const items = before.split(SUBJECTS).map((s) => s.trim());
  if (items.length !== k || items.some((s) => !s)) return null;
  const tail = sharedTail(items[k - 2], items[k - 1]);
  const names = items.map((s, i) => trimZhIndicator(i === k - 1 ? s : s + tail));
  return names.every(Boolean) ? names : null;
}

function sharedTail(model: string, last: string): string {
  for (const n of [2, 1]) {
    if (model.length < n) continue;
    const at = last.indexOf(model.slice(-n), 1);
    if (at >= 0) return last.slice(at + n);
  }
  return last.length > model.length ? last.slice(model.length) : '';
}
