/**
 * A work report's years from when it was given: one delivered in November or December reviews
 * that year ("今年以来") and plans the next; one delivered in January–March reviews the year
 * before and plans its own. Fixtures are written for this test.
 */
import { describe, expect, it } from 'vitest';
import { run } from './helpers';
import { workReport as GWR } from './work-report-fixture';

const cases: Array<{ name: string; text: string; covers: number; plan: number }> = [
  { name: 'district, given 2022-12-21, 今年/明年 headings', covers: 2022, plan: 2023,
    text: GWR('——2022年12月21日在青河区第三届人民代表大会第二次会议上', '一、今年工作回顾', '二、明年工作安排') },
  { name: 'county, given 2019-11-28, year-named review heading', covers: 2019, plan: 2020,
    text: GWR('——2019年11月28日在安平县第十七届人民代表大会第五次会议上', '一、2019年工作回顾', '二、2020年工作安排') },
  { name: 'city district, given 2023-12-26, review heading names its year only', covers: 2023, plan: 2024,
    text: GWR('——2023年12月26日在东岭区第二届人民代表大会第四次会议上', '一、2023年工作回顾', '二、明年重点工作') },
  { name: 'delivery date in parentheses, December 2021', covers: 2021, plan: 2022,
    text: GWR('（2021年12月15日在南塘区第五届人民代表大会第一次会议上）', '一、过去一年工作回顾', '二、明年工作任务') },
  { name: 'January delivery keeps today\'s answer (2024)', covers: 2023, plan: 2024,
    text: GWR('——2024年1月10日在北川市第十六届人民代表大会第三次会议上', '一、2023年工作回顾', '二、2024年工作安排') },
  { name: 'February delivery with 去年/今年 headings (2018)', covers: 2017, plan: 2018,
    text: GWR('——2018年2月6日在西林县第十届人民代表大会第二次会议上', '一、过去一年工作回顾', '二、今年工作安排') },
  { name: 'March delivery, no year in the headings (2021)', covers: 2020, plan: 2021,
    text: GWR('——2021年3月2日在河口市第九届人民代表大会第五次会议上', '一、过去一年工作回顾', '二、今年重点工作') },
  { name: 'December delivery under a title that names the plan year', covers: 2022, plan: 2023,
    text: GWR('——2022年12月20日在临江区第一届人民代表大会第二次会议上', '一、今年工作回顾', '二、明年工作安排', '2023年临江区政府工作报告') },
];

describe('work-report years from the delivery date', () => {
  it.each(cases)('$name', ({ text, covers, plan }) => {
    const x = run(text);
    expect(x.meta.docType).toBe('work-report');
    expect({ covers: x.meta.coversYear, plan: x.meta.planYear }).toEqual({ covers, plan });
    expect(x.headings.filter((h) => h.depth === 1).map((h) => h.role)).toEqual(['achievements', 'plans']);
  });
});
