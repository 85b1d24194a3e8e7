/**
 * Issue 11, item 4: lines that label, date or address a document are never commitments,
 * wherever they stand: a field and its value (签发人：…, 主送：…, 牵头单位：…, 完成时限：…,
 * a contact line in brackets), a date or an editorial note that fills its bracketed line, a
 * signature and date set between the covering notice and the plan. Texts written for these
 * tests, modelled on plans, notices and replies of several cities and counties (a Beijing
 * office's key points of 2016, Anhui and Zhejiang replies, county task lists).
 */
import { describe, expect, it } from 'vitest';
import { run } from './helpers';

const commitmentTexts = (text: string) => run(text).commitments.map((c) => c.text);
const PLAN = '东湖市2024年营商环境工作要点\n一、优化政务服务\n各部门要推行一件事一次办。';
const PLAN_ACTIONS = ['优化政务服务', '各部门要推行一件事一次办'];

describe('fields, bracketed lines and signatures are no commitments', () => {
  it.each([
    ['a contact line in brackets after the signature and date',
      `${PLAN}\n东湖市人民政府办公室\n2024年2月1日\n（联系人：王敏，联系电话：0551-63201234）`],
    ['the signer\'s field above the signing office', `${PLAN}\n签发人：李明\n东湖市司法局\n2024年2月20日`],
    ['主送 and 抄送 fields at the end', `${PLAN}\n主送：各县（市、区）人民政府，市政府各部门\n抄送：市委办公室，市人大常委会办公室\n东湖市人民政府办公室\n2024年2月1日`],
    ['a date in brackets under the last section', `${PLAN}\n（2024年1月16日）`],
    ['an editorial note filling its bracketed line', `${PLAN}\n（此稿为东湖市第十六届人民代表大会第三次会议审议稿）`],
    ['a lead unit after the task, on its own line', `${PLAN}\n牵头单位：市政务服务中心\n配合单位：市发展改革委、市市场监管局`],
    ['a lead unit and a time limit after the task, on one line', `${PLAN}\n责任单位：市政务服务中心；完成时限：2024年12月底前`],
    ['contact lines without brackets after the signature', `${PLAN}\n东湖市司法局\n2024年2月20日\n联系人：陈静\n联系电话：0517-83214567`],
    ['a printing line with its seal and copy count', `${PLAN}\n东湖市人民政府办公室 2024年2月2日印发\n（共印20份）`],
  ])('%s', (_name, text) => {
    expect(commitmentTexts(text)).toEqual(PLAN_ACTIONS);
  });

  it('a signature and date between a covering notice and the plan it issues', () => {
    const text = '东岭市人民政府办公厅关于印发〈东岭市2019年政务公开工作要点〉的通知\n东政办发〔2019〕21号\n各区人民政府，市政府各委、办、局：\n《东岭市2019年政务公开工作要点》已经市政府同意，现印发给你们，请结合实际认真贯彻落实。\n东岭市人民政府办公厅\n2019年4月26日\n一、围绕稳增长推进公开\n各区各部门要及时发布政策。';
    expect(commitmentTexts(text)).toEqual(['围绕稳增长推进公开', '各区各部门要及时发布政策']);
  });

  it('a reply\'s class and signer fields above the greeting', () => {
    const text = '对区政协五届三次会议第0056号提案的答复\n类别：A\n签发人：张华\n尊敬的张丽委员：\n您提出的关于加强老旧小区加装电梯的提案收悉，现答复如下：\n2022年，我区完成加装电梯46部。下一步，我局将继续简化审批流程。\n北塘区住房和城乡建设局\n2022年8月12日\n（联系人：陈静 联系电话：0517-83214567）';
    expect(commitmentTexts(text)).toEqual(['下一步，我局将继续简化审批流程']);
  });

  it('a task item that ends with its lead unit in brackets is still a commitment', () => {
    const text = `${PLAN}\n（一）推行证照联办（牵头单位：市市场监管局）\n9月底前实现全市通办。`;
    expect(commitmentTexts(text)).toEqual([...PLAN_ACTIONS, '推行证照联办(牵头单位：市市场监管局)', '9月底前实现全市通办']);
  });
});
