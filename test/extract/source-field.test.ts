/**
 * A reply's title names the congress it answers (对…第31号建议的答复), so its issuer comes from the
 * page's own fields. Held-out pages put the 来源 field after the date on one line
 * ("发布时间:2023-07-21    来源:交通局 打印", a city's transport bureau, 2023) or run the date
 * into the source's name ("来源:岳阳市司法局2023-03-10 11:29", a city's justice bureau, 2023):
 * the source rule read only a line that opens with 来源 and a name followed by a space, so the
 * reply had no issuer. Fixtures written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { run } from './helpers';

const reply = (field: string) => [
  '首页 > 政务公开 > 建议提案',
  '对南岭市第九届人民代表大会第三次会议第31号建议的答复',
  field,
  '对南岭市第九届人民代表大会第三次会议第31号建议的答复',
  '王明等3名代表:',
  '您提出的关于改造老城区道路的建议收悉。我局高度重视,现答复如下:',
  '近年来,我局不断加大农村公路建设、养护力度。经与白塔镇共同研究,该路段已列入省厅项目库,待审批后实施。',
  '感谢您对我局工作的关心和支持!',
  '2023年7月18日',
].join('\n');

describe('the 来源 field where a page sets it', () => {
  it.each([
    ['after the date, with 打印 after it', '发布时间:2023-07-21    来源:交通局 打印', '交通局'],
    ['the date run into the name', '来源:东湖市司法局2023-03-10 11:29', '东湖市司法局'],
    ['between the date and a view count', '时间:2021-05-06 来源:市自然资源和规划局 浏览次数:12', '市自然资源和规划局'],
    ['信息来源 after the date, 分享到 after it', '发布日期:2020-05-26 信息来源:区卫生健康委 分享到:', '区卫生健康委'],
    ['after the author field', '作者:办公室 来源:县教育体育局 发布时间:2022-11-02', '县教育体育局'],
    ['cells set apart by bars', '发布时间:2021-09-01|来源:南岭县农业农村局|浏览次数:30', '南岭县农业农村局'],
    ['full-width colon, then the date field', '来源：北塘区住房和城乡建设局　发布日期：2022-06-30', '北塘区住房和城乡建设局'],
    ['after a font-size switch', '发布时间:2023-04-11 【字体:大 中 小】 来源:县水利局 打印本页', '县水利局'],
  ])('%s', (_name, field, issuer) => {
    expect(run(reply(field)).meta.issuer).toBe(issuer);
  });

  it('a news agency as the source is no issuing body', () => {
    expect(run(reply('发布时间:2023-07-21 来源:新华社 打印')).meta.issuer).toBeNull();
  });

  it('a source of funds inside the text is no source field', () => {
    const text = reply('发布时间:2023-07-21').replace('待审批后实施。', '待审批后实施,资金来源:县财政局统筹安排。');
    expect(run(text).meta.issuer).toBeNull();
  });
});
