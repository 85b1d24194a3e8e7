/**
 * A district work report written for the year-reading tests (delivery-years, timeless-headings):
 * title, delivery line and speaker, then a review heading and figures, a plans heading and plans.
 */
const body = (review: string, plans: string) => [
  '各位代表：',
  '现在，我代表区人民政府向大会报告工作，请予审议，并请区政协委员提出意见。',
  review,
  '过去一年，全区地区生产总值增长5.1%，一般公共预算收入完成18.6亿元，新建改建道路42公里。',
  plans,
  '全年地区生产总值增长6%左右，城镇新增就业1.2万人。我们将加快推进老旧小区改造，年内完成改造120个小区。',
].join('\n');

export const workReport = (delivery: string, review: string, plans: string, title = '政府工作报告') =>
  `${title}\n${delivery}\n区长 某某\n${body(review, plans)}`;
