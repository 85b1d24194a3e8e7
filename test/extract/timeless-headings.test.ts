/**
 * "主要工作" says what kind of work a section holds, not when: in a work report given in January
 * 2024 that reviews 2023, "二、2024年主要工作" and "二、今年主要工作" are its plans, and their year
 * never becomes the reviewed one. Where no time says otherwise ("一、2023年主要工作" before
 * "三、2024年工作打算") the words still read as a review. Fixtures are written for this test.
 */
import { describe, expect, it } from 'vitest';
import { run } from './helpers';
import { workReport as GWR } from './work-report-fixture';

const cases: Array<{ name: string; text: string; covers: number; plan: number; roles: string[] }> = [
  { name: 'Jan 2024: 二、2024年主要工作', covers: 2023, plan: 2024, roles: ['achievements', 'plans'],
    text: GWR('——2024年1月9日在南湖区第八届人民代表大会第三次会议上', '一、2023年工作回顾', '二、2024年主要工作') },
  { name: 'Jan 2024: 二、今年主要工作', covers: 2023, plan: 2024, roles: ['achievements', 'plans'],
    text: GWR('——2024年1月12日在江北县第十八届人民代表大会第三次会议上', '一、2023年工作回顾', '二、今年主要工作') },
  { name: 'Feb 2020: 二、2020年主要工作 (another issuer and year)', covers: 2019, plan: 2020, roles: ['achievements', 'plans'],
    text: GWR('——2020年2月18日在云岭市第七届人民代表大会第四次会议上', '一、2019年工作回顾', '二、2020年主要工作') },
  { name: 'Jan 2017: 二、今年工作安排', covers: 2016, plan: 2017, roles: ['achievements', 'plans'],
    text: GWR('——2017年1月5日在白石区第四届人民代表大会第一次会议上', '一、2016年工作回顾', '二、今年工作安排') },
  { name: 'Jan 2022: 二、2022年主要工作', covers: 2021, plan: 2022, roles: ['achievements', 'plans'],
    text: GWR('——2022年1月14日在石门区第二届人民代表大会第一次会议上', '一、2021年工作回顾', '二、2022年主要工作') },
  { name: 'Mar 2019, no years: 二、今年主要工作', covers: 2018, plan: 2019, roles: ['achievements', 'plans'],
    text: GWR('——2019年3月1日在平川县第十六届人民代表大会第四次会议上', '一、过去一年工作回顾', '二、今年主要工作') },
  { name: 'Jan 2023: 二、2023年主要工作任务 (plan words already)', covers: 2022, plan: 2023, roles: ['achievements', 'plans'],
    text: GWR('——2023年1月6日在东岭市第十届人民代表大会第二次会议上', '一、2022年工作回顾', '二、2023年主要工作任务') },
  { name: 'rule-of-law report: 一、2023年主要工作 is still its review', covers: 2023, plan: 2024, roles: ['achievements', 'problems', 'plans'],
    text: ['青山县2023年法治政府建设情况报告', '一、2023年主要工作', '全年审查规范性文件31件，办理行政复议案件58件。',
      '二、存在的问题', '基层执法人员专业能力仍有不足。', '三、2024年工作打算', '我们将继续推进行政执法规范化建设，年内培训执法人员600人次。'].join('\n') },
];

describe('a 主要工作 heading takes its time from its year', () => {
  it.each(cases)('$name', ({ text, covers, plan, roles }) => {
    const x = run(text);
    expect({ covers: x.meta.coversYear, plan: x.meta.planYear }).toEqual({ covers, plan });
    expect(x.headings.filter((h) => h.depth === 1).map((h) => h.role)).toEqual(roles);
  });
});
