/**
 * Atomic commitments: a sentence that sets several things becomes one commitment per thing,
 * so that each carries its own targets and is judged on its own evidence. Reports write a
 * year's targets as one sentence ("国内生产总值增长5%左右；城镇新增就业1200万人以上，城镇调查
 * 失业率5.5%左右；…"): kept whole, one target's actual gets paired with another's indicator.
 *
 * How sentences are built, not vocabulary, decides: semicolons separate the items of a list;
 * inside an item, a comma clause that names its own measure and its own figure starts a new
 * target, while a clause that only qualifies the figure before it (比上年增加…, 增长…%) stays
 * with it. A lead-in that only opens a list ("今年的主要预期目标是：") is no commitment at all.
 */
import type { Language, NumberMention, Span } from './types';

/** Pieces shorter than this (Chinese characters or letters) are fragments, kept with a neighbour. */
const MIN_PIECE = 4;

/**
 * A lead-in: a unit followed by a colon, or ending in words that announce what follows,
 * with no figure of its own. Examples from several reports and years.
 */
export const LEAD_IN_ENDINGS: { id: string; pattern: RegExp; examples: string[] }[] = [
  { id: 'zh-lead-is', pattern: /(目标|任务|要求|安排|重点|措施|原则|思路)(主要)?(是|为|有)$/, examples: ['今年经济社会发展的主要预期目标是', '明年工作的总体要求是'] },
  { id: 'zh-lead-following', pattern: /(如下|以下(几|各)?(个|项|方面)?(工作|方面|任务|重点|措施)|以下几(个|项)|下列(工作|事项))$/, examples: ['重点抓好以下几个方面', '现将2024年工作安排如下', '重点做好以下工作'] },
  { id: 'en-lead-following', pattern: /\b(as follows|the following|are|include|includes)$/i, examples: ['Our priorities for the coming year are as follows', 'The main measures this year include'] },
];

/** A clause that only qualifies the figure before it: a change against last year, a share. */
const QUALIFIER_CLAUSE = /^(比上年|比去年|较上年|较去年|同比|比\d{4}年|增长|增加|提高|下降|减少|降低)/;
/** Qualifier words after a figure that name nothing: 以上, 左右 … */
const AFTER_QUALIFIER = /^(以上|以下|以内|左右|多|余|上下|的?目标)/;

export interface FigureSpan extends Span { kind: NumberMention['kind'] }

/** True when the unit only opens a list: a colon follows it (or ends it), or it announces what follows. */
export function isLeadIn(text: string, following: string, hasFigure: boolean): boolean {
  if (hasFigure) return false;
  const bare = text.replace(/[\s：:，,]+$/, '');
  if (/^[\s]*[：:]/.test(following) || /[：:]\s*$/.test(text)) return true;
  return LEAD_IN_ENDINGS.some((r) => r.pattern.test(bare));
}

/**
 * The atomic pieces of one commitment unit [start, end) of `text`, given the target figures
 * inside it (text order). One piece when nothing needs splitting.
 */
export function atomicPieces(text: string, whole: Span, figures: FigureSpan[], language: Language): Span[] {
  const unit = withoutLeadIn(text, whole, figures);
  const items = splitAt(text, unit, language === 'zh' ? /[；;]/g : /;/g);
  // English: only a list of targets is split at semicolons (each item then has its own figure).
  if (language === 'en' && items.filter((p) => figuresIn(figures, p).length > 0).length < 2) return [unit];
  const pieces = mergeFragments(text, items);
  return language === 'zh' ? pieces.flatMap((p) => splitTargets(text, p, figuresIn(figures, p))) : pieces;
}

/** "今年的主要预期目标是：地区生产总值增长…": the words before the colon open the list, they set nothing. */
function withoutLeadIn(text: string, unit: Span, figures: FigureSpan[]): Span {
  const colon = /：|:(?=\s)/.exec(text.slice(unit.start, unit.end));
  if (!colon) return unit;
  const at = unit.start + colon.index;
  const rest = trim(text, at + colon[0].length, unit.end);
  if (figures.some((f) => f.start < at) || !hasLetters(text.slice(rest.start, rest.end), MIN_PIECE)) return unit;
  return rest;
}

/** Spans of `unit` between separators, trimmed of spaces and the separators themselves. */
function splitAt(text: string, unit: Span, separator: RegExp): Span[] {
  const out: Span[] = [];
  let from = unit.start;
  const body = text.slice(unit.start, unit.end);
  for (const m of body.matchAll(separator)) {
    out.push(trim(text, from, unit.start + m.index!));
    from = unit.start + m.index! + m[0].length;
  }
  out.push(trim(text, from, unit.end));
  return out.filter((s) => s.end > s.start);
}

function trim(text: string, start: number, end: number): Span {
  while (start < end && /[\s，,、；;：:]/.test(text[start])) start++;
  while (end > start && /[\s，,、；;：:]/.test(text[end - 1])) end--;
  return { start, end };
}

/** Joins pieces too short to stand alone to the piece before them (or after, for the first). */
function mergeFragments(text: string, pieces: Span[]): Span[] {
  const out: Span[] = [];
  for (const p of pieces) {
    const substantial = hasLetters(text.slice(p.start, p.end), MIN_PIECE);
    if (!substantial && out.length) out[out.length - 1] = { start: out[out.length - 1].start, end: p.end };
    else out.push({ ...p });
  }
  if (out.length > 1 && !hasLetters(text.slice(out[0].start, out[0].end), MIN_PIECE)) {
    out.splice(0, 2, { start: out[0].start, end: out[1].end });
  }
  return out;
}

const LETTER = /\p{L}/gu;

/** `s` has at least `n` letters; stops counting at the n-th (pieces are tested many times). */
function hasLetters(s: string, n: number): boolean {
  LETTER.lastIndex = 0;
  for (let found = 0; found < n; found++) if (!LETTER.exec(s)) return false;
  return true;
}

function figuresIn(figures: FigureSpan[], span: Span): FigureSpan[] {
  return figures.filter((f) => f.start >= span.start && f.end <= span.end);
}

/**
 * One piece per comma clause that names its own measure and figure; clauses without a figure
 * and qualifying clauses stay with the target before them (leading ones with the first target).
 */
function splitTargets(text: string, piece: Span, figures: FigureSpan[]): Span[] {
  if (figures.length < 2) return [piece];
  const clauses = splitAt(text, piece, /[，,]/g);
  const starts: number[] = [];
  let seenTarget = false;
  for (const c of clauses) {
    const own = figuresIn(figures, c);
    if (own.length === 0) continue;
    const lead = text.slice(c.start, own[0].start);
    // 增加500万沼气用户: a noun after the figure names the measure even after a change verb.
    const after = text.slice(own[own.length - 1].end, c.end).replace(AFTER_QUALIFIER, '');
    const namesMeasure = (hasLetters(lead, 2) && !QUALIFIER_CLAUSE.test(lead)) || hasLetters(after, 2);
    if (seenTarget && namesMeasure) starts.push(c.start);
    seenTarget = true;
  }
  if (starts.length === 0) return [piece];
  const bounds = [piece.start, ...starts, piece.end];
  return bounds.slice(0, -1).map((from, i) => trim(text, from, bounds[i + 1]));
}
