/**
 * Document-sharing sites cut a report into pages and number each at its start ("2、", "3、"),
 * wherever the cut falls, often mid-sentence. Such a number is no heading; a list's "1、" after
 * a colon, a full stop or a heading still is. Fixtures written for this test, modelled on a
 * county report and a district plan as such sites show them.
 */
import { describe, expect, it } from 'vitest';
import { outline } from './helpers';

describe('a page number a sharing site sets mid-sentence is no heading', () => {
  it.each([
    ['a county report cut twice inside its review',
      '南岭县2022年法治政府建设年度报告\n一、主要举措和成效\n2022年，南岭县坚持依法行政，全面推进法治政府建设，全年共审查规范性文件36件，办理行政复议案件\n2、45件，纠错率下降到8%。全县行政执法人员全部持证上岗，组织开展执法案卷评查两次，重点评查行政处罚和行政许可\n3、案卷，评查合格率达到96%。\n二、存在的问题\n执法人员专业素质有待提高。\n三、下一步工作安排\n持续推进严格规范公正文明执法，主要做好以下工作：\n1、加强执法人员培训。\n2、完善执法监督机制。',
      ['1 一、主要举措和成效 achievements', '1 二、存在的问题 problems', '1 三、下一步工作安排 plans', '2 1、加强执法人员培训 plans', '2 2、完善执法监督机制 plans']],
    ['a district plan cut inside an item, its own items after a heading',
      '青禾区2024年政务公开工作要点\n一、深化重点领域信息公开\n1、公开重大项目信息。区发展改革局要在9月底前公开全区重大项目清单，同步公开项目审批、核准、备案和实施进展等信息，方便群众\n2、查询和监督。\n2、做好民生信息公开。区民政局要按季度公开低保、特困供养等救助信息。\n二、加强政策解读回应',
      ['1 一、深化重点领域信息公开 plans', '2 1、公开重大项目信息 plans', '2 2、做好民生信息公开 plans', '1 二、加强政策解读回应 plans']],
  ])('%s', (_name, text, expected) => {
    expect(outline(text)).toEqual(expected);
  });
});
