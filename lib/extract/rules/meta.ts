/** Rule tables for document metadata: document type, issuer names, publication dates. */
import type { DocType } from '../types';
import { EN_SPEECH_GENRE } from './meta-en';

export interface DocTypeRule { id: string; docType: DocType; pattern: RegExp; example: string }

/** Read against the title (then the first lines); the first match wins. */
export const DOC_TYPE_RULES: DocTypeRule[] = [
  { id: 'proposal-reply', docType: 'proposal-reply', pattern: /(提案|建议|议案).{0,12}(的)?(答复|回复)|答复(函|意见)?$|Reply to (the )?(Proposal|Suggestion)/i, example: '关于对市政协十届四次会议第14343号提案的答复' },
  { id: 'work-report', docType: 'work-report', pattern: /^(20\d\d年)?(.{0,12}(省|市|县|区|自治区))?(人民)?政府工作报告|Report on the Work of the Government|向大会报告政府工作|report to you on the work of the government/i, example: '政府工作报告' },
  // A budget statement, a policy or State of the City address reviews the year and plans the next, as a work report does.
  { id: 'en-address', docType: 'work-report', pattern: EN_SPEECH_GENRE, example: 'BUDGET 2024-2025\nSPEECH; Budget Statement 2025; 2024 State of the City Address' },
  // A year's summary with next year's plan reviews, then plans: the shape of an annual report.
  { id: 'summary-and-plan', docType: 'annual-report', pattern: /工作总结(及|和|暨|与|以及).{0,10}(计划|打算|安排|思路)$/, example: '某区司法局2023年工作总结及2024年工作计划' },
  { id: 'work-plan', docType: 'work-plan', pattern: /工作要点|规划|安排|工作计划|实施方案|行动方案|工作方案|Performance Plan|Work Plan|Action Plan/i, example: '民政局深化依法行政规划安排' },
  { id: 'annual-report', docType: 'annual-report', pattern: /(年度|工作|情况|建设|执行|实施)(情况)?的?报告|工作总结|Annual Report|Performance Report|Progress Report/i, example: '灌南县人民政府2020年度法治政府建设工作报告' },
];

/** An administrative unit, optionally followed by an organ ("灌南县人民政府", "台儿庄区发展和改革局"). */
const PLACE_UNIT = '[\\u4e00-\\u9fa5]{1,10}?(?:省|自治区|市|自治州|州|盟|县|自治县|旗|区|镇|乡|街道)';
/** A unit inside the first ("天津市" + "静海区"); never one that runs over an organ word ("市人民政府关于某区"). */
const SUB_PLACE = '(?:(?!人民|政府|关于|办公)[\\u4e00-\\u9fa5]){1,8}?(?:市|自治州|州|盟|县|自治县|旗|区|镇|乡|街道)';
const PLACE = `${PLACE_UNIT}(?:${SUB_PLACE}){0,2}`;
const ORGAN = '(?:人民政府|政府|[\\u4e00-\\u9fa5]{0,8}?(?:局|委员会|委|办公室|办|厅|署|院|中心))?';
/** Issuer at the start of a title: a place with an optional organ, or an organ alone. */
export const ZH_ISSUER_AT_START = new RegExp(`^(?:${PLACE}${ORGAN}|[\\u4e00-\\u9fa5]{1,10}?(?:局|委员会|厅|部|署|办公室))`);
/** "我代表国务院" / "受市人民政府委托": the speaker's government. */
export const ZH_ISSUER_ON_BEHALF = /(?:代表|受)((?:国务院)|[\u4e00-\u9fa5]{1,12}?人民政府)/;
export const EN_ISSUER_ON_BEHALF = /[Oo]n behalf of the (State Council|[A-Z][\w ]{2,60}?(Government|Council|Ministry|Department))/;
export const EN_ISSUER_AT_START = /^(?:The )?((?:Ministry|Department|Office|Government|State Council|Council|Agency) (?:of|for) [A-Z][\w ]{2,50}?)(?= (?:Annual|Performance|Report|Plan|\d{4}))/;

/** An opening line that is just the issuing body ("Northshire Department of Transport"). */
export const EN_ISSUER_LINE = /^(?:The )?(?:[A-Z][\w'’&-]*\s)*(?:Department|Ministry|Office|Agency|Council|Government|Authority|Commission|Administration|Bureau)(?:\s(?:of|for|and|the|[A-Z][\w'’&-]*))*$/;

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
