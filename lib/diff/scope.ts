/**
 * Which figures of the newer report can be actuals of last year's targets: those its review
 * states for the year under review. A sentence that sets a new plan (拟安排…, 预期目标…) or a
 * figure for several years (五年来…, 年均…, 累计…) is no actual, however well its words
 * match. Each rule has examples from several reports and years.
 */
export interface ScopeRule { id: string; pattern: RegExp; examples: string[] }

/** A sentence of the newer report that sets plans (its figures are plans, not results). */
export const PLAN_SENTENCE: ScopeRule[] = [
  { id: 'zh-proposed', pattern: /拟(?:安排|投入|发行|下达|新增|提高|将|按)|目标(?:是|为)|预期(?:增长|为|在)|今年(?!以来|上半年以来)|明年|力争|计划(?:安排|新增|投资|完成|开工)/, examples: ['今年拟安排财政赤字9000亿元', '今年国内生产总值预期目标为5%左右', '明年力争新增就业5万人', '广义货币预期增长14%'] },
  { id: 'zh-target-list', pattern: /(?:左右|以上|以内|不低于\d[^；;]{0,6})[；;]/, examples: ['国内生产总值增长7.5%；城镇新增就业900万人以上，城镇登记失业率控制在4.6%以内；居民消费价格涨幅控制在4%左右', '地区生产总值增长6%左右；城镇新增就业5万人以上'] },
  { id: 'zh-must', pattern: /要(?:再)?(?:安排|新增|提高|完成|解决|达到|开工|改造|建设)/, examples: ['今年要再开工建设保障性住房1000万套', '全年要完成造林1.2万亩'] },
  { id: 'en-future', pattern: /\b(?:will|shall|plan(?:s|ned)? to|aims? to|is projected|are projected|is budgeted|are budgeted|next year|for the coming year)\b/i, examples: ['We will set aside $2 billion for the fund', 'Capital expenditure is budgeted at 11.2 lakh crore', 'The deficit is projected to fall next year'] },
];

/** A figure over several years: its clause (or the sentence's opening) says so. */
export const MULTI_YEAR: ScopeRule[] = [
  { id: 'zh-years-since', pattern: /[两三四五六七八九十]年(?:来|间|中|累计)|过去[两三四五]年|近[两三四五]年|前[两三四五]年|连续\d+年|\d+年(?:来|间)|年均|平均每年/, examples: ['五年来，城镇新增就业5100多万人', '近两年关停小火电机组2157万千瓦', '连续7年提高基本养老金，年均增长10%'] },
  { id: 'zh-plan-period', pattern: /[“"]?十[一二三四五]五[”"]?(?:期间|时期|以来)|\d{4}[-—～至到]\d{4}年|\d{4}年以来|(?<!全年)累计(?:完成|投入|安排|新增|解决|建成)?/, examples: ['“十一五”期间累计完成投资8万亿元', '2003年以来中央财政累计投入1.2万亿元', '2021—2025年全区累计新增就业3万人'] },
  { id: 'en-years', pattern: /\b(?:over the (?:past|last) (?:two|three|four|five|ten|\d+) years|since \d{4}|cumulative(?:ly)?|a year on average|annual average|per year on average)\b/i, examples: ['Over the past five years, we created 300,000 jobs', 'Since 2019 the fund has disbursed $4 billion', 'an annual average of 3.2 per cent'] },
];

/** An opening that puts the whole sentence in a multi-year frame ("五年来，…"). */
const MULTI_YEAR_OPENING = /^(?:[两三四五六七八九十]年来|这[两三四五]年|过去[两三四五]年|近[两三四五]年|[“"]?十[一二三四五]五[”"]?(?:期间|时期)|Over the (?:past|last) \w+ years)/i;

/** Clause breaks inside a sentence. */
const CLAUSE_BREAK = /[，,；;。！？!?]/;

/**
 * The sentence sets plans. In English only its first clause is read: a review sentence may add
 * a next step ("Work on the plan is under way and a draft will go to consultation in spring").
 */
export function setsPlans(sentence: string): boolean {
  const latin = !/[\u4e00-\u9fff]/.test(sentence);
  const text = latin ? sentence.split(/[;,]\s|\s(?:and|but|while)\s/).find((c) => c.trim().split(/\s+/).length >= 3) ?? sentence : sentence;
  return PLAN_SENTENCE.some((r) => r.pattern.test(text));
}

/** True when the figure at [start, end) of `sentence` (offsets within it) is a multi-year figure. */
export function isMultiYear(sentence: string, start: number, end: number): boolean {
  if (MULTI_YEAR_OPENING.test(sentence.trimStart())) return true;
  let from = start;
  while (from > 0 && !CLAUSE_BREAK.test(sentence[from - 1])) from--;
  let to = end;
  while (to < sentence.length && !CLAUSE_BREAK.test(sentence[to])) to++;
  const clause = sentence.slice(from, to);
  return MULTI_YEAR.some((r) => r.pattern.test(clause)) || comparesAcrossYears(sentence, clause);
}

const COMPARED_YEAR = /比(\d{4})年|(?:compared with|than|over|since) (\d{4})\b/i;
const NAMED_YEAR = /(\d{4})年|\b(?:in|for) (\d{4})\b/gi;

/**
 * "2007年，国内生产总值达到24.66万亿元，比2002年增长65.5%": a change measured against a year
 * two or more years before another year the sentence names spans those years.
 */
function comparesAcrossYears(sentence: string, clause: string): boolean {
  const m = COMPARED_YEAR.exec(clause);
  if (!m) return false;
  const base = Number(m[1] ?? m[2]);
  for (const y of sentence.matchAll(NAMED_YEAR)) if (Number(y[1] ?? y[2]) - base >= 2) return true;
  return false;
}

/**
 * What a sentence of the newer report speaks about: the year under review ('year'), several
 * years ('years'), plans ('plan') or shortcomings ('problem'). A paragraph starts in its
 * section's scope (a review, a five-year review, plans); an opening such as 五年来 or 过去一年
 * sets the scope for the rest of the paragraph (a plans section often opens with a look back:
 * "过去一年，…国内生产总值增长10.3%…"); a sentence naming the reviewed year is about it.
 */
export type Scope = 'year' | 'years' | 'plan' | 'problem';

export interface ScopedSentence { start: number; end: number; text: string; role: string; sectionTitle: string }

/** A section whose title names several years: a five-year or plan-period review. */
const MULTI_YEAR_TITLE = /[两三四五六七八九十]年|十[一二三四五]五|\d{4}\s*[-—～至到]\s*\d{4}|past (?:two|three|four|five|\d+) years/i;
/** An opening that looks back at the last year alone. */
const LAST_YEAR_OPENING = /^(?:过去一年|去年|上一年|一年来|Last year|In the past year)/i;

export function sentenceScopes(text: string, sentences: ScopedSentence[], reviewedYear: number | null): Scope[] {
  const namesYear = reviewedYear === null ? /去年|过去一年|上一年|一年来/ : new RegExp(`去年|过去一年|上一年|一年来|${reviewedYear}年(?!以来|[-—～至到])`);
  const plans = sentences.map((s) => setsPlans(s.text));
  const paragraphOf = sentences.map((s) => text.lastIndexOf('\n', s.start - 1) + 1);
  // A paragraph that sets a plan anywhere is a plans paragraph, whatever its section's role.
  const planParagraphs = new Set(paragraphOf.filter((_, i) => plans[i]));
  const out: Scope[] = [];
  let paragraph = -1;
  let current: Scope = 'year';
  sentences.forEach((s, i) => {
    if (paragraphOf[i] !== paragraph) {
      paragraph = paragraphOf[i];
      current = sectionScope(s);
      if (current !== 'problem' && planParagraphs.has(paragraph)) current = 'plan';
    }
    if (current === 'problem') { out.push('problem'); return; }
    const opening = s.text.trimStart();
    if (MULTI_YEAR_OPENING.test(opening)) current = 'years';
    else if (LAST_YEAR_OPENING.test(opening)) current = 'year';
    // In plans, only an opening looks back; a 去年 inside a plans sentence is its baseline.
    out.push(plans[i] ? 'plan' : current !== 'plan' && namesYear.test(s.text) ? 'year' : current);
  });
  return out;
}

function sectionScope(s: ScopedSentence): Scope {
  if (s.role === 'plans') return 'plan';
  if (s.role === 'problems') return 'problem';
  return MULTI_YEAR_TITLE.test(s.sectionTitle) ? 'years' : 'year';
}
