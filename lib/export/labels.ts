/**
 * Human labels for an Extraction's fields, in the report's own language: a Chinese report
 * is read by people who read Chinese. Used by the Markdown export and the demo.
 */
import type { Approx, DocType, Language, NumberKind, Role } from '../extract/types';

/** Every label a human-readable rendering of an Extraction needs. */
export interface ReportLabels {
  untitled: string; title: string;
  /** Label–value separator: full-width in Chinese text. */
  colon: string;
  issuer: string; docType: string; coversYear: string; planYear: string; publishedAt: string; docNumber: string;
  detection: string; source: string; yes: string; no: string; none: string;
  /** Where the report was read: its address, else its file, and the day (every export: source.ts). */
  sourceUrl: string; file: string; accessed: string;
  outline: string; numbers: string; commitments: string; problems: string;
  deadline: string; targets: string; strength: string; listSeparator: string;
  numberColumns: string[];
  docTypes: Record<DocType, string>;
  roles: Record<Role, string>;
  kinds: Record<NumberKind, string>;
  approx: Record<NonNullable<Approx>, string>;
  strengths: Record<'firm' | 'soft', string>;
}

const ZH: ReportLabels = {
  untitled: '（无标题）', title: '标题', colon: '：',
  issuer: '发布机关', docType: '文件类型', coversYear: '总结年度', planYear: '计划年度', publishedAt: '发布日期', docNumber: '发文字号',
  detection: '识别为报告', source: '来源', yes: '是', no: '否', none: '无',
  sourceUrl: '来源网址', file: '文件', accessed: '访问日期',
  outline: '提纲', numbers: '数字', commitments: '承诺', problems: '问题与不足',
  deadline: '期限', targets: '目标', strength: '力度', listSeparator: '、',
  numberColumns: ['原文', '数值', '单位', '类别', '限定', '指标', '所在标题'],
  docTypes: { 'annual-report': '年度报告', 'work-report': '工作报告', 'work-plan': '工作计划/要点', 'proposal-reply': '建议提案答复', other: '其他' },
  roles: { achievements: '成效', problems: '问题', plans: '计划', duties: '职责履行', other: '其他' },
  kinds: {
    count: '计数', percent: '百分比', money: '金额', quantity: '数量', duration: '时长',
    year: '年份', date: '日期', 'doc-id': '文号', other: '其他',
  },
  approx: { about: '约', over: '超过', under: '不足', 'at-least': '不低于', 'at-most': '不超过', range: '区间' },
  strengths: { firm: '刚性（确保/要）', soft: '弹性（力争/探索）' },
};

const EN: ReportLabels = {
  untitled: '(untitled)', title: 'Title', colon: ': ',
  issuer: 'Issuer', docType: 'Document type', coversYear: 'Year reviewed', planYear: 'Year planned', publishedAt: 'Published', docNumber: 'Document number',
  detection: 'Detected as a report', source: 'Source', yes: 'yes', no: 'no', none: 'none',
  sourceUrl: 'Source URL', file: 'File', accessed: 'Accessed',
  outline: 'Outline', numbers: 'Figures', commitments: 'Commitments', problems: 'Problems acknowledged',
  deadline: 'Deadline', targets: 'Targets', strength: 'Strength', listSeparator: ', ',
  numberColumns: ['As written', 'Value', 'Unit', 'Kind', 'Qualifier', 'Indicator', 'Under heading'],
  docTypes: { 'annual-report': 'annual report', 'work-report': 'work report', 'work-plan': 'work plan', 'proposal-reply': 'reply to a proposal', other: 'other' },
  roles: { achievements: 'achievements', problems: 'problems', plans: 'plans', duties: 'duties', other: 'other' },
  kinds: {
    count: 'count', percent: 'percent', money: 'money', quantity: 'quantity', duration: 'duration',
    year: 'year', date: 'date', 'doc-id': 'document id', other: 'other',
  },
  approx: { about: 'about', over: 'over', under: 'under', 'at-least': 'at least', 'at-most': 'at most', range: 'range' },
  strengths: { firm: 'firm (will / must)', soft: 'soft (aim to / explore)' },
};

/** Labels for the report's language. */
export function labelsFor(language: Language): ReportLabels {
  return language === 'zh' ? ZH : EN;
}
