/**
 * Small synthetic reports for the export tests: two years of one county, extracted and
 * diffed with the real pipeline, saved as records the way lib/store saves them.
 */
import { createHash } from 'node:crypto';
import { describeRange } from '../../lib/anchor/index';
import { diff } from '../../lib/diff/index';
import { extractText } from '../../lib/extract/index';
import type { Extraction } from '../../lib/extract/types';
import type { BundleAnnotation, BundleSnapshot, Override } from '../../lib/export/types';

export const sha = (text: string) => createHash('sha256').update(text).digest('hex');

export const OLDER_TEXT = [
  '灌南县2022年度法治政府建设情况报告',
  '一、主要成效',
  '全年办理行政审批事项3万件，群众满意率达到98.5%。',
  '二、存在的问题',
  '行政执法人员专业素质有待提高。',
  '三、2023年工作安排',
  '年底前建成县级行政执法监督平台。',
  '组建县行政复议中心，力争办结率不低于95%。',
  '探索"行政复议+调解"机制，推广"=SUM(A1)"式台账。',
].join('\n');

export const NEWER_TEXT = [
  '灌南县2023年度法治政府建设情况报告',
  '一、主要成效',
  '县级行政执法监督平台于5月建成并上线运行。',
  '县行政复议中心组建方案已报批，正在筹建，办结率达到96%。',
  '二、2024年工作安排',
  '巩固提升法治政府建设成果。',
].join('\n');

export const OLDER_URL = 'http://127.0.0.1:8080/guannan/2022.html';
export const NEWER_URL = 'http://127.0.0.1:8080/guannan/2023.html';

export const older: Extraction = extractText(OLDER_TEXT, { sha256: sha(`<html>${OLDER_TEXT}`), url: OLDER_URL });
export const newer: Extraction = extractText(NEWER_TEXT, { sha256: sha(`<html>${NEWER_TEXT}`), url: NEWER_URL });
export const pairDiff = diff(older, newer);

export function snapshotOf(ex: Extraction, url: string, savedAt: string, tags: string[] = []): BundleSnapshot {
  return {
    sha256: sha(ex.text), url, title: ex.source.title, savedAt, extractorVersion: ex.extractorVersion, extraction: ex,
    html: `<p>${ex.text.replace(/\n/g, '</p><p>')}</p>`, text: ex.text,
    issuer: ex.meta.issuer, docType: ex.meta.docType, coversYear: ex.meta.coversYear, tags,
  };
}

export const olderSnapshot = snapshotOf(older, OLDER_URL, '2024-03-01T08:00:00.000Z', ['法治']);
export const newerSnapshot = snapshotOf(newer, NEWER_URL, '2024-03-02T09:30:00.000Z');

/** A note on the passage `quote` of the older report. */
export function noteOn(quote: string, note: string, extra: Partial<BundleAnnotation> = {}): BundleAnnotation {
  const start = OLDER_TEXT.indexOf(quote);
  if (start < 0) throw new Error(`fixture quote not found: ${quote}`);
  return {
    url: OLDER_URL, snapshotSha: olderSnapshot.sha256, selectors: describeRange(older.text, start, start + quote.length),
    kind: 'note', note, tags: [], commitmentId: null, status: null,
    createdAt: '2024-03-01T08:05:00.000Z', updatedAt: '2024-03-01T08:05:00.000Z', ...extra,
  };
}

export const notes: BundleAnnotation[] = [
  noteOn('县级行政执法监督平台', '跟踪平台建设, "进度" 见附件', { tags: ['平台', '监督'] }),
  noteOn('办结率不低于95%', '=HYPERLINK("http://x")\n第二行'),
];

export const overrides: Override[] = [{
  olderSha256: olderSnapshot.sha256, newerSha256: newerSnapshot.sha256,
  commitmentId: pairDiff.items[pairDiff.items.length - 1].commitmentId, status: 'progress',
  note: '县司法局确认已试点', createdAt: '2024-03-05T10:00:00.000Z',
}];

export const ENGLISH_TEXT = [
  'Westshire County Council Annual Report 2023',
  '1. Achievements',
  'We processed 12,000 applications, up 5.2 percent on 2022.',
  '2. Priorities for 2024',
  'We will open 3 new service centres by June 30, 2024.',
  'We will cut average waiting times to under 10 days.',
].join('\n');
export const english: Extraction = extractText(ENGLISH_TEXT, { sha256: sha(ENGLISH_TEXT), url: 'https://westshire.example.gov.uk/report-2023' });
