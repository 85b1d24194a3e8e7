/**
 * The pages the e2e run serves: a Chinese county report built from the sample in samples/
 * inside a gov CMS template (navigation, breadcrumb, footer, an inline script and an image
 * the snapshot must sanitize away), the same report with one sentence removed, an English
 * report, a Chinese news page (not a report), and the GBK fixture as raw bytes.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const read = (rel: string) => readFileSync(fileURLToPath(new URL(`../../${rel}`, import.meta.url)));
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The sentence the annotation test marks, and that the changed page drops. */
export const ANNOTATED = '组织行政机关工作人员旁听庭审6场，参加人员达到300余人次';

/** A gov-style HTML page for a plain-text report (first line: title; second: date/source line). */
export function reportHtml(text: string, drop?: string): string {
  const [title, info, ...body] = text.split('\n').filter((l) => l.trim());
  const paragraphs = body
    .map((line) => (drop ? line.split(/(?<=[。；])/).filter((s) => !s.includes(drop)).join('') : line))
    .filter(Boolean)
    .map((line) => `<p>${escape(line)}</p>`).join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>${escape(title)}_政务公开_青禾县人民政府</title>
<meta name="ArticleTitle" content="${escape(title)}">
<meta name="PubDate" content="2025-01-20 09:30">
<meta name="ContentSource" content="青禾县司法局">
<meta name="SiteName" content="青禾县人民政府">
<meta name="ColumnName" content="法治政府建设">
<style>body{font-family:sans-serif;max-width:760px;margin:0 auto;line-height:1.7}</style>
</head><body>
<div class="header"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/hdjl/">互动交流</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 法治政府建设</div>
<div class="article">
<h1>${escape(title)}</h1>
<div class="info">${escape(info)}</div>
<div id="zoom">
${paragraphs}
<p><img src="/pixel.png" onerror="window.__plSnapshotXss = 1" alt="图"></p>
<script>window.__pagescript = 1;</script>
</div></div>
<div class="footer">主办：青禾县人民政府办公室　版权所有</div>
</body></html>`;
}

export const zhReportText = () => read('samples/qinghe-2024.zh.txt').toString('utf8');
export const enReportHtml = () => read('test/fixtures/pages/report-en.html').toString('utf8');
export const newsHtml = () => read('test/fixtures/pages/news-zh.html').toString('utf8');
export const gbkBytes = () => read('test/fixtures/gbk-page/input.html');

/**
 * A long English performance report (generated, 12 programme areas): three-digit counts of
 * figures and commitments, as a real city or agency report has them.
 */
export function longEnReportHtml(): string {
  const areas = ['Roads', 'Parks', 'Libraries', 'Housing', 'Transit', 'Water', 'Public Safety', 'Health', 'Schools', 'Permits', 'Waste', 'Energy'];
  const section = (name: string, i: number) => {
    const done = Array.from({ length: 6 }, (_, k) => `<p>In FY 2024 the ${name} team completed ${120 + i * 7 + k} projects, ${k + 3} percent more than in FY 2023, at a cost of $${(i + 1) * (k + 2)}.${k} million.</p>`);
    const plans = Array.from({ length: 9 }, (_, k) => `<li>We will deliver ${40 + i + k} ${name.toLowerCase()} upgrades in district ${k + 1} by June 30, 2025.</li>`);
    return `<h2>${i + 1}. ${name}</h2>\n${done.join('\n')}\n<h3>Priorities for 2025</h3>\n<ul>${plans.join('')}</ul>`;
  };
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>FY 2024 Annual Performance Report | City of Harbour Bay</title></head>
<body><main><h1>FY 2024 Annual Performance Report</h1>
<p>This Annual Performance Report presents the results the City of Harbour Bay achieved in fiscal year 2024 and its performance goals for 2025.</p>
${areas.map(section).join('\n')}
<h2>13. Challenges</h2><p>Vacancies in inspection staff remained high, which slowed permit reviews. Data on water quality arrive late, which limits timely evaluation.</p>
</main></body></html>`;
}
