/**
 * Synthetic county reports for the library bench: 250 fictional issuers × 20 years, each a
 * short annual report (≈ 400 characters; real ones run 5,000–20,000) drawn from sentence
 * templates with a seeded generator, so the same index always gives the same text. Phrases
 * occur at set rates for the searches the bench times: 法治政府建设 in every report, 数字政府
 * in about one in eight, 智慧河长 in about one in a hundred.
 */

const FIRST = '青云石白金玉清长安平东西南北宁永新兴华丰';
const SECOND = '禾溪门山河川湖泉林岭阳';
export const ISSUERS = 250;
export const YEARS = 20;

/** A small deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function issuerName(i: number): string {
  const a = FIRST[i % FIRST.length];
  const b = SECOND[Math.floor(i / FIRST.length) % SECOND.length];
  const c = FIRST[Math.floor(i / (FIRST.length * SECOND.length)) % FIRST.length];
  return `${a}${b}${i >= FIRST.length * SECOND.length ? c : ''}县人民政府`;
}

const ACHIEVEMENTS = [
  '全县政务服务事项网上可办率达到$P%，较上年提高$S个百分点。',
  '组织行政执法人员培训$N期，培训$M人次，人均参训$H学时。',
  '办理行政复议案件$N件，纠错率$S%，行政复议中心规范化建设全面完成。',
  '完成$N项重大行政决策事项的合法性审查，全部履行公众参与和风险评估程序。',
  '推进“一网通办”提质扩面，新增“一件事一次办”套餐$N个。',
  '深化数字政府建设，建成统一的执法监督平台，归集执法数据$M条。',
  '聘请法律顾问$N名，村级法律服务室覆盖率达到$P%。',
  '开展智慧河长试点，$N条河道实现在线巡查。',
];
const PROBLEMS = [
  '基层行政执法人员专业素质有待提高。',
  '部分重大行政决策公众参与不够充分。',
  '行政诉讼败诉率仍然偏高，源头治理有待加强。',
];
const PLANS = [
  '年底前完成县级行政执法事项清单动态调整。',
  '力争政务服务事项网上可办率达到$P%以上。',
  '确保行政诉讼败诉率控制在$S%以内。',
  '全面推进数字政府建设，6月底前建成一体化政务服务平台。',
  '组织行政机关工作人员旁听庭审不少于$N场。',
  '推进智慧河长平台建设，实现县乡村三级全覆盖。',
];

function fill(template: string, r: () => number): string {
  return template
    .replace('$P', String(85 + Math.floor(r() * 15)))
    .replace('$S', (r() * 9 + 1).toFixed(1))
    .replace('$N', String(2 + Math.floor(r() * 40)))
    .replace('$M', String(100 + Math.floor(r() * 9000)))
    .replace('$H', String(20 + Math.floor(r() * 40)));
}

/** Picks `n` distinct lines; a phrase's rate is tuned by whether its template may be picked. */
function pick(lines: string[], n: number, r: () => number, allow: (line: string) => boolean): string[] {
  const pool = lines.filter(allow);
  const out: string[] = [];
  while (out.length < n && pool.length) out.push(pool.splice(Math.floor(r() * pool.length), 1)[0]);
  return out;
}

export interface SyntheticReport { text: string; url: string; savedAt: string; tags: string[] }

/** Report number `i` (0 … ISSUERS × YEARS − 1). */
export function syntheticReport(i: number): SyntheticReport {
  const r = rng(i + 1);
  const issuer = issuerName(i % ISSUERS);
  const year = 2005 + Math.floor(i / ISSUERS) % YEARS;
  const digital = r() < 0.125;
  const river = r() < 0.01;
  const allow = (line: string) => !line.includes('数字政府') && !line.includes('智慧河长');
  const lines = [
    `${issuer}${year}年度法治政府建设情况报告`,
    `${year}年，${issuer.replace('人民政府', '')}坚持以习近平法治思想为指导，认真落实法治政府建设实施纲要，围绕全县经济社会发展大局，坚持把依法行政贯穿政府工作全过程，法治政府建设取得新的进展。现将有关情况报告如下：`,
    '一、主要举措和成效',
    ...pick(ACHIEVEMENTS, 4, r, allow).map((t) => fill(t, r)),
    '二、存在的问题',
    ...pick(PROBLEMS, 2, r, () => true),
    `三、${year + 1}年工作安排`,
    ...pick(PLANS, 3, r, allow).map((t) => fill(t, r)),
    ...(digital ? ['全面推进数字政府建设，6月底前建成一体化政务服务平台。'] : []),
    ...(river ? ['推进智慧河长平台建设，实现县乡村三级全覆盖。'] : []),
    `${issuer}`,
    `${year + 1}年1月${10 + (i % 18)}日`,
  ];
  const day = String(1 + (i % 28)).padStart(2, '0');
  return {
    text: lines.join('\n'),
    url: `http://127.0.0.1/bench/${i % ISSUERS}/${year}.html`,
    savedAt: `${year + 1}-02-${day}T0${i % 10}:00:00.000Z`,
    tags: i % 50 === 0 ? ['抽查'] : [],
  };
}
