/** Rule tables for document metadata: document type, issuer names, publication dates. */
import type { DocType } from '../types';
import { EN_SPEECH_GENRE } from './meta-en';

export interface DocTypeRule { id: string; docType: DocType; pattern: RegExp; example: string; also?: string[] }

/**
 * Read against the title with its 《…》 names taken out. A Chinese title ends with its head
 * noun ("关于《…规划》实施情况的报告" is a report, "关于印发…方案的通知" issues a plan): the
 * rule whose match ends last wins, table order breaking ties.
 */
export const DOC_TYPE_RULES: DocTypeRule[] = [
  { id: 'proposal-reply', docType: 'proposal-reply', pattern: /(提案|建议|议案).{0,12}(的)?(答复|回复)|答复(函|意见)?$|Reply to (the )?(Proposal|Suggestion)/i, example: '关于对市政协十届四次会议第14343号提案的答复',
    also: ['对柳川市第九届人民代表大会第二次会议第45号建议的答复'] },
  // Anywhere in the title: a masthead, the speaker or a site's page number may come first
  // ("某日报/2025 年/1 月/20 日/第 005 版要闻政府工作报告", "某某市长在…会议的政府工作报告"); a
  // document about the report ends with its own head noun (…完成情况的报告, …分工方案的通知).
  { id: 'work-report', docType: 'work-report', pattern: /政府工作报告|Report on the Work of the Government|向大会报告政府工作|report to you on the work of the government/i, example: '政府工作报告',
    also: ['2025年青川省人民政府工作报告', '东江日报/2025 年/1 月/20 日/第 005 版要闻政府工作报告', '李明市长在青川市第九届人民代表大会第三次会议的政府工作报告', '柳溪县2022年政府工作报告(19)'] },
  // A budget statement, a policy or State of the City address reviews the year and plans the next, as a work report does.
  { id: 'en-address', docType: 'work-report', pattern: EN_SPEECH_GENRE, example: 'BUDGET 2024-2025\nSPEECH; Budget Statement 2025; 2024 State of the City Address' },
  // A year's summary with next year's plan reviews, then plans: the shape of an annual report.
  { id: 'summary-and-plan', docType: 'annual-report', pattern: /工作总结(及|和|暨|与|以及).{0,10}(计划|打算|安排|思路)$/, example: '某区司法局2023年工作总结及2024年工作计划',
    also: ['城关镇2022年工作总结和2023年工作打算'] },
  { id: 'work-plan', docType: 'work-plan', pattern: /工作要点|规划|安排|工作计划|方案|Performance Plan|Work Plan|Action Plan/i, example: '民政局深化依法行政规划安排',
    also: ['关于印发重点工作任务分工方案的通知', '东湖市2024年政务公开工作要点'] },
  // A notice directs: notice → tasks → requirements is the shape of a plan (its directives are commitments).
  { id: 'notice', docType: 'work-plan', pattern: /通知$/, example: '关于做好2023年度政务公开工作的通知',
    also: ['关于开展安全生产大检查的通知'] },
  { id: 'annual-report', docType: 'annual-report', pattern: /(年度|工作|情况|建设|执行|实施|评估)(情况)?的?报告|工作总结|Annual Report|Performance Report|Progress Report/i, example: '灌南县人民政府2020年度法治政府建设工作报告',
    also: ['关于实施情况的中期评估报告', '城关镇2023年工作总结'] },
];

/**
 * How a document without a telling title frames itself in its opening paragraphs (read with
 * its 《…》 names taken out): the speech to a congress, the report, the reply, the covering
 * notice of a plan. The earliest match in the opening wins.
 */
export const DOC_FRAMING_RULES: DocTypeRule[] = [
  { id: 'framing-gwr-speech', docType: 'work-report', pattern: /我代表(?:国务院|[\u4e00-\u9fa5]{0,12}?人民政府)[，,]?\s*(?:向[^。；\n]{0,30}?(?:大会|会议)[，,]?)?(?:(?:作|做)[^。；\n]{0,6}?报告|报告[^。；\n]{0,10}?工作)/,
    example: '现在，我代表国务院，向大会作政府工作报告，请予审议',
    also: ['我代表国务院，向第十三届全国人民代表大会第一次会议报告过去五年的工作', '现在，我代表县人民政府，向大会报告工作', '各位代表，现在，我代表国务院，作政府工作报告'] },
  { id: 'framing-gwr-en', docType: 'work-report', pattern: /report to you on the work of the government/i, example: 'On behalf of the State Council, I will now report to you on the work of the government',
    also: ['I now report to you on the work of the government for the past year'] },
  { id: 'framing-reply', docType: 'proposal-reply', pattern: /现答复如下|答复如下|收悉/, example: '您提出的关于改善农村道路的建议收悉，现答复如下：',
    also: ['王委员：您的提案收悉，经认真研究，现答复如下：'] },
  { id: 'framing-report', docType: 'annual-report', pattern: /(?:现|特)(?:将|就)[^。；\n]{0,30}?(?:情况|工作|成效|进展)[^。；\n]{0,6}?(?:报告|汇报)如下|特此报告/,
    example: '2021年，…法治政府建设取得新进展。现就有关工作情况报告如下：',
    also: ['现将2022年度环境状况和环境保护目标完成情况报告如下', '东湖市司法局…全面推进依法行政，现将有关情况汇报如下：'] },
  { id: 'framing-plan-notice', docType: 'work-plan', pattern: /印发给你们|制定本[\u4e00-\u9fa5]{0,4}?(?:要点|方案|计划|规划|办法)|(?:现|特)(?:将|就)[^。；\n]{0,30}?通知如下/,
    example: '《青禾区2023年政务公开工作要点》已经区政府同意，现印发给你们，请认真贯彻落实。',
    also: ['现将《重点工作任务分工方案》印发给你们', '结合我市实际，制定本方案。', '为做好防汛准备工作，现就有关事项通知如下：', '结合本市实际，制定本实施方案。'] },
];

/** An administrative unit, optionally followed by an organ ("灌南县人民政府", "台儿庄区发展和改革局"). */
const PLACE_UNIT = '[\\u4e00-\\u9fa5]{1,10}?(?:省|自治区|市|自治州|州|盟|县|自治县|旗|区|镇|乡|街道)';
/**
 * A unit inside the first ("天津市" + "静海区"); never one that runs over an organ word ("市人民政府关于某区")
 * nor over a reply's 对 ("东河县水利局对县十六届…": the office, not "东河县水利局对县").
 */
const SUB_PLACE = '(?:(?!人民|政府|关于|办公|局|委员会|对)[\\u4e00-\\u9fa5]){1,8}?(?:市|自治州|州|盟|县|自治县|旗|区|镇|乡|街道)';
const PLACE = `${PLACE_UNIT}(?:${SUB_PLACE}){0,2}`;
/** An organ after the place; a government's office before the government itself (东岭市人民政府办公厅). */
const ORGAN = '(?:(?:人民)?政府办公(?:厅|室)|人民政府|政府|[\\u4e00-\\u9fa5]{0,8}?(?:局|委员会|委|办公室|办|厅|署|院|中心))?';
/** Issuer at the start of a title: a place with an optional organ, or an organ alone. */
export const ZH_ISSUER_AT_START = new RegExp(`^(?:${PLACE}${ORGAN}|[\\u4e00-\\u9fa5]{1,10}?(?:局|委员会|厅|部|署|办公室))`);
export const EN_ISSUER_ON_BEHALF = /[Oo]n behalf of the (State Council|[A-Z][\w ]{2,60}?(Government|Council|Ministry|Department))/;


/** Full dates as people write them: 2020年03月31日, 2020-12-23, 2021/3/22, 2024年3月5日. */
/** A publication label before its date ("发布日期: | 2024-03-04", "更新时间:2021/03/29"): preferred over 成文日期 and clocks. */
export const PUBLISH_LABEL = /(?:发布|更新|公开|发表)(?:时间|日期)\s*[:：]?\s*\|?\s*/;
/** A site header's clock ("2019年10月31日 星期三"): never the publication date. */
export const CLOCK_DATE = /\d{4}年\d{1,2}月\d{1,2}日\s*(星期|周)[一二三四五六日天]/;
export const FULL_DATE = /(20\d\d|19\d\d)\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?/;
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** English dates: "12 July 2024", "July 12, 2024" (month names map to numbers in meta.ts). */
export const EN_DATE = new RegExp(`\\b(?:(\\d{1,2}) (${MONTHS})|(${MONTHS}) (\\d{1,2}),?) ((?:19|20)\\d\\d)\\b`);
export const MONTH_NAMES = MONTHS.split('|');
