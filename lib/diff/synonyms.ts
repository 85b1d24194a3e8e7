/**
 * Synonyms for matching a commitment with the newer report: the same indicator or object
 * written another way (居民消费价格涨幅 / 居民消费价格上涨 / CPI; 城镇新增就业 / 新增城镇就业).
 * Both texts are rewritten to one canonical form before terms are taken, so BM25 and the
 * target matcher see one word. Each rule carries examples from different reports and years
 * (test/diff/synonyms.test.ts checks every rule against them).
 *
 * Patterns are plain alternations of fixed words (no nested quantifiers): linear time.
 */
export interface SynonymRule { id: string; canonical: string; pattern: RegExp; examples: string[] }

export const SYNONYMS: SynonymRule[] = [
  // Indicators of a year's main targets.
  { id: 'cpi', canonical: '物价涨幅', pattern: /居民消费价格(?:总水平)?(?:指数)?(?:比上年|比去年|同比)?(?:涨幅|上涨|上升|升幅|增长)|消费价格(?:指数)?涨幅|\bCPI\b/g, examples: ['居民消费价格总水平涨幅控制在4%左右', '居民消费价格上涨2.1%', 'CPI上涨0.2%', '全年居民消费价格比上年上涨2.5%', '居民消费价格指数增长1.8%'] },
  { id: 'price-level', canonical: '物价', pattern: /物价总水平|价格总水平/g, examples: ['保持物价总水平基本稳定', '价格总水平涨幅得到控制'] },
  { id: 'gdp', canonical: '国内生产总值', pattern: /国内生产总值|地区生产总值|\bGDP\b/g, examples: ['国内生产总值增长5%左右', '地区生产总值增长6%', 'GDP增长5.2%'] },
  { id: 'gdp-growth', canonical: '国内生产总值增长', pattern: /经济增长(?=[预目\d，,。；;]|率|$)/g, examples: ['经济增长预期目标为7%左右', '经济增长8%左右', '经济增长率达到9.1%'] },
  { id: 'new-jobs', canonical: '城镇新增就业', pattern: /城镇新增就业|新增城镇就业|城镇新就业/g, examples: ['城镇新增就业900万人以上', '新增城镇就业1100万人以上'] },
  { id: 'registered-unemployment', canonical: '城镇登记失业率', pattern: /城镇登记失业率|登记失业率/g, examples: ['城镇登记失业率控制在4.6%以内', '登记失业率4.1%'] },
  { id: 'surveyed-unemployment', canonical: '城镇调查失业率', pattern: /城镇调查失业率|调查失业率/g, examples: ['城镇调查失业率5.5%左右', '全年调查失业率平均5.2%'] },
  { id: 'm2', canonical: '广义货币', pattern: /广义货币(?:供应量)?(?:M2)?|\bM2\b/g, examples: ['广义货币增长17%左右', '广义货币M2增长17％左右', 'M2余额增长8.3%'] },
  { id: 'energy-intensity', canonical: '单位产值能耗', pattern: /单位(?:国内|地区)生产总值(?:能耗|能源消耗)|单位GDP能耗|万元(?:国内|地区)?生产总值能耗/g, examples: ['单位国内生产总值能耗降低4%左右', '单位地区生产总值能耗下降3%', '单位GDP能耗降低2.5%'] },
  // Programmes and objects that reports name in short and in full.
  { id: 'sannong', canonical: '三农', pattern: /“三农”|"三农"|三农|农业农村农民|农业、农村、农民/g, examples: ['中央财政用于“三农”的支出7253亿元', '“三农”投入9884.5亿元'] },
  { id: 'rural-coop-medical', canonical: '新农合', pattern: /新型农村合作医疗|新农合/g, examples: ['新型农村合作医疗试点县扩大到40%', '新农合补助标准提高到200元'] },
  { id: 'rural-pension', canonical: '新农保', pattern: /新型农村社会养老保险|新农保/g, examples: ['新型农村社会养老保险试点范围扩大到23%的县', '新农保试点覆盖面扩大'] },
  { id: 'drinking-water', canonical: '饮水安全', pattern: /饮水安全|安全饮水/g, examples: ['再解决6000万农村人口的安全饮水问题', '农村饮水安全工程使6069万农民受益'] },
  { id: 'tech-upgrade', canonical: '技术改造', pattern: /技术改造|技改/g, examples: ['支持企业技术改造', '安排200亿元技改专项资金'] },
  { id: 'affordable-housing', canonical: '保障性住房', pattern: /保障性安居工程|保障性住房|保障房/g, examples: ['开工建设保障性住房1000万套', '保障性安居工程新开工700万套'] },
  { id: 'shanty-towns', canonical: '棚户区改造', pattern: /棚户区改造|棚改/g, examples: ['棚户区改造住房280万套', '完成棚改580万套'] },
  { id: 'dilapidated-rural-houses', canonical: '农村危房改造', pattern: /农村危房改造|改造农村危房|农村危房/g, examples: ['改造农村危房150万户', '农村危房改造260万户'] },
  { id: 'tax-threshold', canonical: '个税起征点', pattern: /个人所得税(?:工薪所得)?(?:减除|扣除)?费用(?:扣除|减除)?标准|个人所得税起征点|个税起征点/g, examples: ['提高个人所得税工薪所得费用扣除标准', '个人所得税起征点从2000元提高到3500元', '个人所得税减除费用标准提高到每月5000元'] },
  { id: 'small-firms', canonical: '中小企业', pattern: /中小微企业|小微企业|中小企业/g, examples: ['中小企业发展资金从39亿元增加到96亿元', '支持小微企业融资'] },
  { id: 'legal-advisers', canonical: '法律顾问', pattern: /法律顾问|法律顾问团/g, examples: ['村级法律顾问覆盖率达到100%', '推行政府法律顾问制度'] },
  { id: 'court-appearance', canonical: '出庭应诉', pattern: /出庭应诉|出庭率|应诉出庭/g, examples: ['行政机关负责人出庭应诉率保持100%', '负责人出庭率达96.5%'] },
  // "中央财政用于科技的支出" is "中央财政科技支出": the purpose moves in front of the noun.
  { id: 'used-for', canonical: '$1', pattern: /用于([^，。；、的]{1,8})的(?=支出|投入|资金|经费)/g, examples: ['中央财政用于教育的支出1981亿元', '中央财政用于科技的支出1512亿元'] },
  // Money words: an allocation is 投入, 支出, 资金 or 安排 by turns.
  { id: 'outlay', canonical: '投入', pattern: /支出|投入|资金投入|经费投入/g, examples: ['中央财政科技投入1461亿元', '中央财政用于科技的支出1512亿元'] },
  // English.
  { id: 'en-inflation', canonical: 'inflation', pattern: /\b(?:consumer price (?:index|inflation)|headline inflation|inflation rate|CPI inflation)\b/gi, examples: ['consumer price inflation of 2.3 per cent', 'headline inflation eased to 2.4%'] },
  { id: 'en-gdp', canonical: 'gdp', pattern: /\b(?:gross domestic product|real GDP)\b/gi, examples: ['real GDP growth of 1 to 3 per cent', 'gross domestic product (GDP) growth at 1.0% to 3.0%'] },
  // A speech says its economy grew where the target named GDP growth.
  { id: 'en-economy-grew', canonical: 'gdp growth', pattern: /\b(?:economic growth|(?:the|our|its|the national|the state) economy (?:grew|expanded))\b/gi, examples: ['the economy grew by 4.4 per cent', 'Our economy grew by 2.1% last year', 'economic growth of 6.5 per cent'] },
  { id: 'en-deficit', canonical: 'fiscal deficit', pattern: /\b(?:fiscal deficit|budget deficit|overall deficit)\b/gi, examples: ['a fiscal deficit of 4.9 per cent of GDP', 'the overall deficit narrowed'] },
];

/** One pass of all rules of a language: an alternation of the rules, in table order. */
interface Compiled { pattern: RegExp; rules: { rule: SynonymRule; group: number; groups: number }[] }

function compile(rules: SynonymRule[], flags: string): Compiled {
  let group = 1;
  const entries = rules.map((rule) => {
    const groups = new RegExp(`${rule.pattern.source}|`).exec('')!.length - 1;
    const entry = { rule, group, groups };
    group += groups + 1;
    return entry;
  });
  return { pattern: new RegExp(entries.map((e) => `(${e.rule.pattern.source})`).join('|'), flags), rules: entries };
}

const isLatinRule = (r: SynonymRule) => r.id.startsWith('en-');
const ZH = compile(SYNONYMS.filter((r) => !isLatinRule(r)), 'g');
const EN = compile(SYNONYMS.filter(isLatinRule), 'gi');

function rewrite(text: string, c: Compiled): string {
  return text.replace(c.pattern, (...m: (string | undefined)[]) => {
    const e = c.rules.find((x) => m[x.group] !== undefined)!;
    return e.rule.canonical.replace(/\$(\d)/g, (_, k: string) => m[e.group + Number(k)] ?? '');
  });
}

/**
 * The text with every synonym rewritten to its canonical form: Chinese rules for a text with
 * Chinese characters, English rules otherwise. Two passes, so that a rewrite can feed another
 * (用于“三农”的支出 → 用于三农的支出 → 三农投入).
 */
export function canonicalize(text: string): string {
  let out = memo.get(text);
  if (out === undefined) {
    const c = /[\u4e00-\u9fff]/.test(text) ? ZH : EN;
    out = rewrite(rewrite(text, c), c);
    // A bounded memo (the same commitment and measure texts are rewritten several times a diff).
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(text, out);
  }
  return out;
}

const MEMO_LIMIT = 8192;
const memo = new Map<string, string>();
