import { describe, expect, it } from 'vitest';
import { raws } from './find';

/**
 * Text that looks like a figure but is not one: fixed names, slogans, ordinals, the
 * article-like 一, model names. The right column is what must be found (usually nothing).
 */
const ZH_CASES: [string, string[]][] = [
  ['全面推行行政执法三项制度。', []],
  ['行政执法“三项制度”全覆盖。', []],
  ['推进政务服务一网通办。', []],
  ['编制十四五规划。', []],
  ['开展七五普法总结验收。', []],
  ['增强“四个意识”、坚定“四个自信”、做到“两个维护”。', []],
  ['增强四个意识，做到两个维护。', []],
  ['破解两高一低问题，推动三源融合。', []],
  ['以“三个代表”重要思想为指导。', []],
  ['运用监督执纪“四种形态”。', []],
  ['实现“一次办好”，加快“最多跑一次”改革。', []],
  ['坚持“进一个门、找一个人、一套资料”。', []],
  ['进一步加强执法监督，打造一支过硬队伍。', []],
  ['这是一项重要制度，推出一批典型案例。', []],
  ['市政协十届四次会议。', []],
  ['第一批清单，第三方评估，第十一届联席会议。', []],
  ['党的十九大和十九届二中全会精神。', []],
  ['深入开展规范化建设三年行动。', []],
  ['过去一年，新的一年，一年来我们坚持。', []],
  ['较上一年度下降，同一天办结。', []],
  ['二级巡视员，二次开发。', []],
  ['统筹国内国际两个市场两种资源。', []],
  ['和平共处五项原则。', []],
  ['5G用户普及率，国产大飞机C919，细颗粒物(PM2.5)浓度。', []],
  ['1完善行政决策机制。2提高行政决策水平。', []],
  ['《三年行动计划》印发实施。', []],
  ['千家万户，千方百计，万人空巷。', []],
  // year digits inside a name are still a year; the name's numeral part is not a number
  ['《2020年优化营商环境行动计划》与“十四五”时期。', ['2020年']],
];

const EN_CASES: [string, string[]][] = [
  ['the goals of the 14th Five-Year Plan', []],
  ['the 20th CPC National Congress and the 4th-generation nuclear power units', []],
  ['5G penetration and the C919 airliner, PM2.5 density', []],
  ['the Covid-19 pandemic', []],
  ['2. We promoted industrial upgrading.', []],
  ['one of the most important tasks', []],
];

describe('not numbers (zh)', () => {
  it.each(ZH_CASES)('%s', (text, expected) => {
    expect(raws(text)).toEqual(expected);
  });
});

describe('not numbers (en)', () => {
  it.each(EN_CASES)('%s', (text, expected) => {
    expect(raws(text, 'en')).toEqual(expected);
  });
});
