/**
 * Words that make a promise recurring: a task done every year (全年培训…, 保持100%, each
 * year). A recurring promise reported done and promised again is done again, year after
 * year; a one-off promise (建成…, 实现全覆盖) reported done yet promised again in the same
 * words was not done — the report's own plans say so. Each rule carries examples from
 * different issuers and years (test/chains/rules.test.ts checks them).
 */
export interface ChainRule { id: string; pattern: RegExp; examples: string[] }

export const RECURRING: ChainRule[] = [
  { id: 'zh-every-year', pattern: /全年|每年|年度|常态化|定期|每季度|每月/, examples: ['全年培训执法人员不少于500人次', '每年组织一次行政执法案卷评查', '公布年度重大行政决策事项目录'] },
  { id: 'zh-keep', pattern: /保持|稳定在|控制在|持续开展/, examples: ['行政机关负责人出庭应诉率保持100%', '城镇登记失业率控制在4.6%以内', '持续开展“法律进乡村”活动'] },
  { id: 'en-every-year', pattern: /\b(?:each|every|per) (?:year|quarter|month)\b|\bannual(?:ly)?\b/i, examples: ['We will inspect every bridge each year.', 'We will publish an annual equality report.', 'Grants will be reviewed annually.'] },
  { id: 'en-keep', pattern: /\b(?:maintain|keep|sustain|continue to)\b/i, examples: ['We will maintain a 95 percent collection rate.', 'The department will continue to fund school meals.', 'We will keep all libraries open six days a week.'] },
];

export function isRecurring(text: string): boolean {
  return RECURRING.some((r) => r.pattern.test(text));
}
