/**
 * Chinese units and qualifiers, as data. rules/numbers-zh.ts builds its patterns from these
 * tables, and the parsers look the matched words up here, so adding a unit is one line.
 */
import type { QualifierEntry, UnitEntry } from './types';

const count = (text: string, notBefore?: string): UnitEntry => ({ text, unit: text, kind: 'count', notBefore });
const quantity = (text: string, unit = text): UnitEntry => ({ text, unit, kind: 'quantity' });
const duration = (text: string, unit = text, notBefore?: string): UnitEntry => ({ text, unit, kind: 'duration', notBefore });

/**
 * Units after Arabic digits. notBefore keeps words that merely start with a measure word
 * out: 部门, 名单, 周边, 台账, 例如, 所属, 年级, 场所.
 */
export const ZH_UNITS: UnitEntry[] = [
  { text: '%', unit: '%', kind: 'percent' },
  { text: '‰', unit: '‰', kind: 'percent' },
  { text: '个百分点', unit: '个百分点', kind: 'percent' },
  { text: '百分点', unit: '个百分点', kind: 'percent' },
  { text: '元', unit: '元', kind: 'money' },
  { text: '美元', unit: '美元', kind: 'money' },
  { text: '欧元', unit: '欧元', kind: 'money' },
  { text: '港元', unit: '港元', kind: 'money' },
  { text: '日元', unit: '日元', kind: 'money' },
  duration('个工作日'), duration('工作日', '个工作日'), duration('个月'), duration('周年'),
  duration('个小时', '小时'), duration('小时'), duration('分钟'), duration('个季度', '季度'),
  duration('周', '周', '边围期末转到全'), duration('星期'), duration('天', '天', '然津空'),
  duration('日', '日', '报'), duration('年', '年', '级代轻薪'), duration('秒', '秒', '杀'),
  count('人次'), count('户次'), count('个次'), count('架次'), count('批次'), count('人', '民大员才'),
  count('个', '体'), count('项', '目'), count('次', '要序'), count('名', '单称录义'), count('件'),
  count('条', '例件款'), count('家', '庭'), count('场', '所景地'), count('起'), count('处', '理置罚室'),
  count('支', '持付出撑'), count('种', '植类子'), count('批', '准复示'), count('类'), count('道', '路德'),
  count('级', '别'), count('轮'), count('所', '属在有以得'), count('座'), count('户', '籍口'),
  count('套'), count('台', '账阶湾'), count('辆'), count('艘'), count('架'), count('本', '地级'),
  count('份', '额'), count('篇'), count('期', '间限'), count('部', '门分署'), count('张'), count('宗'),
  count('笔'), count('例', '如'), count('位', '于置'), count('门', '户槛'), count('栋'), count('幢'),
  count('间'), count('层', '级面'), count('枚'), count('册'), count('首'), count('株'), count('棵'),
  count('头'), count('只'), count('组', '织成建'), count('卷', '宗'), count('学分'), count('堂'),
  count('节', '约日点能省'), count('盏'), count('床', '位'), count('张床', '位'), count('所学校'),
  duration('学时'), duration('课时'),
  { text: '倍', unit: '倍', kind: 'other' },
  quantity('千瓦时'), quantity('千瓦'), quantity('兆瓦'), quantity('吉瓦'),
  quantity('吨标准煤'), quantity('吨'), quantity('公斤'), quantity('千克'), quantity('斤'),
  quantity('平方公里'), quantity('平方千米', '平方公里'), quantity('平方米'), quantity('立方米'),
  quantity('公里'), quantity('千米', '公里'), quantity('米'), quantity('亩'), quantity('公顷'),
  quantity('标箱'), quantity('岁'), quantity('周岁', '岁'), quantity('升'), quantity('毫米'),
];

/** Measure words that make a Chinese-numeral quantity (二十三个, 两次, 四名, 一周). */
export const ZH_NUMERAL_UNITS: UnitEntry[] = ZH_UNITS.filter((u) => [
  '个', '项', '次', '名', '人次', '人', '位', '件', '条', '家', '场', '起', '处', '支', '种', '批', '类',
  '道', '级', '轮', '所', '座', '户', '套', '台', '辆', '艘', '本', '份', '篇', '期', '部', '张', '宗',
  '周', '天', '年', '个月', '个工作日', '个小时', '小时', '周年', '个季度', '倍', '元', '个百分点', '%',
].includes(u.text));

/** Qualifiers written before the figure; longer words first so 不低于 wins over 低于 (order matters). */
export const ZH_BEFORE: QualifierEntry[] = [
  { text: '不少于', approx: 'at-least' }, { text: '不低于', approx: 'at-least' },
  { text: '不小于', approx: 'at-least' }, { text: '至少', approx: 'at-least' }, { text: '最少', approx: 'at-least' },
  { text: '不超过', approx: 'at-most' }, { text: '不多于', approx: 'at-most' }, { text: '不高于', approx: 'at-most' },
  { text: '最多', approx: 'at-most' }, { text: '至多', approx: 'at-most' },
  { text: '不足', approx: 'under' }, { text: '不到', approx: 'under' }, { text: '低于', approx: 'under' },
  { text: '少于', approx: 'under' },
  { text: '超过', approx: 'over' }, { text: '多于', approx: 'over' }, { text: '高于', approx: 'over' },
  { text: '逾', approx: 'over' }, { text: '超', approx: 'over', notAfter: '赶高' },
  { text: '大约', approx: 'about' }, { text: '约为', approx: 'about' },
  { text: '约', approx: 'about', notAfter: '签预节制履合违特邀公条集践守' },   // 签约3个项目 is "signed 3"
  { text: '将近', approx: 'about' }, { text: '接近', approx: 'about' },
  { text: '近', approx: 'about', notAfter: '最附靠临邻贴亲' },
];

/** Qualifiers written after the unit. 内 and 多 only count after a duration (7个工作日内, 3年多). */
export const ZH_AFTER: QualifierEntry[] = [
  { text: '以上', approx: 'at-least' }, { text: '及以上', approx: 'at-least' },
  { text: '以下', approx: 'at-most' }, { text: '以内', approx: 'at-most' }, { text: '之内', approx: 'at-most' },
  { text: '左右', approx: 'about' }, { text: '上下', approx: 'about' },
  { text: '内', approx: 'at-most' }, { text: '多', approx: 'over' },
];

/** Written between the number and its unit: 3000多人次, 70余项, 1万余件, 十余个. */
export const ZH_BETWEEN: QualifierEntry[] = [{ text: '余', approx: 'over' }, { text: '多', approx: 'over' }];

/** Qualifiers a few characters before the figure, across a verb: 至少参与两次. */
export const ZH_NEARBY_BEFORE: QualifierEntry[] = [
  { text: '至少', approx: 'at-least' }, { text: '不少于', approx: 'at-least' }, { text: '最少', approx: 'at-least' },
  { text: '最多', approx: 'at-most' }, { text: '不超过', approx: 'at-most' },
];
