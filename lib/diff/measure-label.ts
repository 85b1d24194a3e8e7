/**
 * How a Chinese figure's measure is named for a reader (the indicator on its target check).
 * A Chinese sentence often names its topic once and lets the next clause leave it out: "要逐年
 * 适当增加中央预算内经常性建设投资，今年拟先增加50亿元", "扎实推进新型农村社会养老保险试点，试点
 * 范围扩大到23%的县", "“十一五”期间关停5000万千瓦小火电机组，今年要关停1000万千瓦". The clause
 * of such a figure says only how much; the label then carries the clause that names the topic
 * (or a short run-in lead sentence just before: "一是积极推行新型农村合作医疗制度。试点范围…").
 * A clause with a measure of its own ("城镇登记失业率4.6%以内" after "城镇新增就业900万人以上")
 * is never led by its neighbour. Labels are for reading; matching uses the measure's phrase.
 */

/** Scene-setting and modal words a clause may open with before what it says. */
const OPENING = /^(?:今年|去年|全年|年内|要|将|拟|还|再|并|先|可|继续|力争|确保|争取|努力|同时|其中|每年|人均|平均|共|又)/;
/** After its opening, a clause that starts with these has left its subject or object to the clause before. */
const ELLIPTIC_START = /^(?:把|将|使|让|由|从|分别|为此|用于|对此)/;
/** A clause that only sets the scene: when, or besides what. */
const SCENE = /^(?:从今年起|今年|去年|同时|此外|为此|另外|其中|按可比(?:价格|口径)计算|除[^，,]{1,10}外|在[^，,]{0,24}(?:的同时|的基础上))$/;
/** The longest clause carried in front of a label, and the longest lead sentence. */
const TOPIC_MAX = 24;
const LEAD_MAX = 24;
/** Run-in markers taken off a lead sentence: 一是, 第一，, （一）. */
const LEAD_MARKER = /^(?:[一二三四五六七八九十]{1,3}是|第[一二三四五六七八九十]{1,3}[，,、]?|[（(][一二三四五六七八九十]{1,3}[）)])/;

function stripOpening(clause: string): string {
  let s = clause;
  for (let m = OPENING.exec(s); m && m[0]; m = OPENING.exec(s)) s = s.slice(m[0].length);
  return s;
}

/**
 * Whether the clause `own` (its words before the figure) leaves its topic to the clause
 * before: it says nothing but a verb ("要关停", "人均每年增长"), it starts by pointing back
 * (把…, 使…, 由…增加到, 分别…), or it opens with a word the previous clause (which has no figure of its
 * own: then it would be a sibling measure, not a topic) already named ("…试点，试点范围…").
 */
function leavesTopic(own: string, previous: string, specific: (s: string) => string): boolean {
  const rest = stripOpening(own.trim());
  if (rest.length <= 3 || ELLIPTIC_START.test(rest) || specific(rest).length < 2) return true;
  return !/\d/.test(previous) && rest.length >= 2 && previous.includes(rest.slice(0, 2));
}

/** The clause before the one starting at `from` in the same sentence (across ，only), scene-setting clauses skipped. */
function previousClause(text: string, from: number): string {
  let end = from - 1;
  for (let hops = 0; hops < 3 && end > 0 && /[，,]/.test(text[end]); hops++) {
    let start = end;
    while (start > 0 && end - start < 80 && !/[，,；;。：:！？!?\n]/.test(text[start - 1])) start--;
    const clause = text.slice(start, end).trim();
    if (!SCENE.test(clause)) return clause;
    end = start - 1;
  }
  return '';
}

/** A short run-in lead sentence right before the sentence starting at `from` ("一是积极推行…制度。"), or ''. */
function leadSentenceBefore(text: string, from: number): string {
  if (from === 0 || !/[。！？!?]/.test(text[from - 1])) return '';
  let start = from - 1;
  while (start > 0 && from - start <= LEAD_MAX + 2 && !/[。！？!?\n：:]/.test(text[start - 1])) start--;
  const sentence = text.slice(start, from - 1);
  if (start > 0 && !/[。！？!?\n：:]/.test(text[start - 1])) return '';
  return LEAD_MARKER.test(sentence) && !/[\d，,；;]/.test(sentence) ? sentence.replace(LEAD_MARKER, '') : '';
}

/**
 * The words of the clause before figure `n`'s own (figures taken out), for a figure whose own
 * clause names nothing: "单位国内生产总值能耗由前三年分别上升4.9％…，转为下降1.2%" measures the
 * energy intensity named one clause before.
 */
export function topicBefore(text: string, figureStart: number): string {
  let clauseStart = figureStart;
  while (clauseStart > 0 && figureStart - clauseStart < 80 && !/[，,；;。：:！？!?\n]/.test(text[clauseStart - 1])) clauseStart--;
  return stripOpening(previousClause(text, clauseStart).replace(/[\d.％%、]+/g, ' ')).trim();
}

/**
 * The label of a figure whose clause starts at `clauseStart` and reads `phrase`; `own` is the
 * clause's words before the figure; `specific` strips the words every measure uses.
 */
export function labelWithTopic(text: string, clauseStart: number, own: string, phrase: string, specific: (s: string) => string): string {
  const previous = previousClause(text, clauseStart);
  if (previous && (specific(phrase).length < 2 || leavesTopic(own, previous, specific))) return `${clip(stripOpening(previous))}…${phrase}`;
  const lead = previous ? '' : leadSentenceBefore(text, clauseStart);
  return lead ? `${clip(lead)}…${phrase}` : phrase;
}

function clip(s: string): string {
  return s.length > TOPIC_MAX ? s.slice(s.length - TOPIC_MAX) : s;
}
