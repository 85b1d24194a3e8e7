/**
 * A Government Work Report as newspapers, speech archives and document sites set its title line:
 * a masthead run into it ("某日报/2025 年/1 月/20 日/第 005 版要闻政府工作报告"), the speaker first
 * ("某某市长在…会议的政府工作报告"), the place before the year ("某市2022年政府工作报告(19)").
 * Seen on held-out pages of a special-zone city (2022), a municipality (2025, 2026) and a
 * prefecture-level city (2022): each came out an annual report, and the issuer was read from the
 * masthead or the speaker's name. The head noun still says what the document is, and the
 * speaker says whose government it is (我代表…人民政府). Fixtures written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { run } from './helpers';

const speech = (title: string, place: string, year: number) => [
  title,
  `——${year} 年 1 月 16 日在${place}第九届人民代表大会第三次会议上`,
  '各位代表:',
  `现在,我代表${place}人民政府,向大会报告工作,请予审议,并请各位政协委员提出意见。`,
  `一、${year - 1} 年工作回顾`,
  `过去一年,全市生产总值增长 5.1%,城镇调查失业率平均为 4.6%。`,
  `二、${year}年主要任务`,
  '今年要扎实推进城市更新,新开工保障性住房 3000 套。',
].join('\n');

describe('a work report whose title line carries more than its name', () => {
  it.each([
    ['a masthead run into the title line', speech('东江日报/2025 年/1 月/20 日/第 005 版要闻政府工作报告', '东江市', 2025), '东江市人民政府'],
    ['a special-zone newspaper\'s masthead (its name ends in 区)', speech('南湾特区报/2022 年/4 月/21 日/第 A01 版政府工作报告', '南湾市', 2022), '南湾市人民政府'],
    ['the speaker before the congress', speech('李明市长在青川市第九届人民代表大会第三次会议的政府工作报告', '青川市', 2026), '青川市人民政府'],
    ['the speaker, with the year in brackets after', speech('王华区长在北塘区第九届人民代表大会第三次会议上的政府工作报告(2023年)', '北塘区', 2023), '北塘区人民政府'],
    ['a document site: place, then year, then a page number', speech('柳溪县2022年政府工作报告(19)', '柳溪县', 2022), '柳溪县人民政府'],
    ['a document site: file name with its extension', speech('2024政府工作报告_市政府工作报告_22.docx', '西岭市', 2024), '西岭市人民政府'],
    ['a site\'s region label before the title', speech('(东山省)东山省人民政府工作报告(2024年)', '东山省', 2024), '东山省人民政府'],
    ['全文 after the name', speech('2023年南岭县政府工作报告全文', '南岭县', 2023), '南岭县人民政府'],
  ])('%s', (_name, text, issuer) => {
    const meta = run(text).meta;
    expect(meta.docType).toBe('work-report');
    expect(meta.issuer).toBe(issuer);
  });
});

describe('titles that name a work report but are another document (unchanged)', () => {
  it.each([
    ['a report on the targets a work report set', '关于2022年政府工作报告确定的目标任务完成情况的报告\n现将有关情况报告如下：\n一、主要目标完成情况\n地区生产总值增长6%。', 'annual-report'],
    ['a notice issuing the task list of a work report', '关于印发2023年政府工作报告重点任务分工方案的通知\n各镇人民政府：\n现将分工方案印发给你们，请认真贯彻落实。\n一、分工安排\n各牵头单位要细化措施。', 'work-plan'],
    ['a commission reporting on behalf of the government keeps its own name', '东湖市发展和改革委员会关于2023年国民经济和社会发展计划执行情况的报告\n受市人民政府委托，现将2023年计划执行情况报告如下：\n一、2023年计划执行情况\n全市生产总值增长5.2%。', 'annual-report'],
  ])('%s', (_name, text, docType) => {
    expect(run(text).meta.docType).toBe(docType);
  });

  it('the commission, not the government that asked it to report, is the issuer', () => {
    const text = '东湖市发展和改革委员会关于2023年国民经济和社会发展计划执行情况的报告\n受市人民政府委托，现将2023年计划执行情况报告如下：\n一、2023年计划执行情况\n全市生产总值增长5.2%。';
    expect(run(text).meta.issuer).toBe('东湖市发展和改革委员会');
  });
});
