import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { htmlToPage } from '../../lib/extract/page';
import { decodeBytes } from '../../lib/text/decode';
import type { PageInput } from '../../lib/extract/types';

const read = (path: string) => readFileSync(fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url)));

/** Both parsers the product uses: linkedom (CLI) and a DOMParser (happy-dom stands in for the browser). */
const PARSERS: [string, (html: string) => Document][] = [
  ['linkedom', (html) => parseHTML(html).document as unknown as Document],
  ['happy-dom', (html) => new new Window().DOMParser().parseFromString(html, 'text/html') as unknown as Document],
];

const texts = (page: PageInput, kind?: 'heading' | 'paragraph') =>
  page.blocks.filter((b) => !kind || b.kind === kind).map((b) => b.text);

describe.each(PARSERS)('htmlToPage with %s', (_name, parse) => {
  const gbk = decodeBytes(read('gbk-page/input.html')).text;

  it('reads the decoded GBK gov page: title, meta tags, chrome', () => {
    const page = htmlToPage(parse(gbk), 'http://www.yunxi.gov.cn/zwgk/fzzfjs/202401/t20240118_1.html');
    expect(page.title).toBe('云溪县人民政府2023年度法治政府建设工作报告');
    expect(page.url).toContain('yunxi.gov.cn');
    expect(page.metaTags).toMatchObject({
      articletitle: '云溪县人民政府2023年度法治政府建设工作报告',
      pubdate: '2024-01-18 09:30',
      contentsource: '云溪县司法局',
      sitename: '云溪县人民政府',
      columnname: '法治政府建设',
      keywords: '法治政府,年度报告',
    });
    expect(page.metaTags).not.toHaveProperty('viewport');
    expect(page.chrome).toEqual(expect.arrayContaining([
      expect.stringMatching(/^您现在的位置/),
      expect.stringMatching(/^发布时间：2024-01-18 09:30 信息来源：云溪县司法局/),
      '扫一扫打开当前页',
      '相关文章',
    ]));
  });

  it('keeps the article and drops nav, share box, related links and footer', () => {
    const all = texts(htmlToPage(parse(gbk))).join('\n');
    expect(all).toContain('现将有关情况报告如下');
    expect(all).toContain('2024年1月16日');
    for (const junk of ['走进云溪', '互动交流', '扫一扫', '分享到', '2022年度法治政府建设工作报告', '推进会', '版权所有', '网站标识码', 'siteId']) {
      expect(all).not.toContain(junk);
    }
  });

  it('marks headings (h1–h6 with level, all-bold paragraphs without) and bold run-in leads', () => {
    const page = htmlToPage(parse(gbk));
    const headings = page.blocks.filter((b) => b.kind === 'heading').map((b) => [b.text, b.level]);
    expect(headings).toEqual([
      ['云溪县人民政府2023年度法治政府建设工作报告', 1],
      ['一、主要举措和成效', undefined],
      ['（一）依法全面履行政府职能', 3],
      ['（二）完善依法行政制度体系', 3],
      ['二、存在的不足', undefined],
      ['三、2024年工作安排', undefined],
    ]);
    expect(page.blocks.filter((b) => b.lead).map((b) => b.lead)).toEqual([
      '深化“放管服”改革。', '优化法治化营商环境。', '严格规范性文件管理。',
    ]);
    for (const b of page.blocks) if (b.lead) expect(b.text.startsWith(b.lead)).toBe(true);
  });

  it('splits <br> lines, table rows and list items into blocks', () => {
    const all = texts(htmlToPage(parse(gbk)));
    expect(all).toContain('对群众反映强烈的3件文件及时启动评估程序。');
    expect(all).toContain('行政复议案件 | 41件 | 37件');
    expect(all).toContain('行政诉讼败诉率 | 4.8% | 2.1%');
    expect(all).toContain('加快推进乡镇综合行政执法改革，年底前完成执法人员全员轮训。');
  });

  it('does not touch the document it is handed', () => {
    const doc = parse(gbk);
    const before = doc.documentElement.outerHTML;
    htmlToPage(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('reads Word-exported markup: bold spans, punctuation outside the bold, emphasis that is no lead', () => {
    const html = `<html><head><title>关于2023年工作总结的报告 - 云溪县民政局</title></head><body><div class="Section1">
      <p class="MsoNormal"><b><span style="font-family:黑体">一、总体情况</span></b></p>
      <p class="MsoNormal"><b><span>加强组织领导</span></b><span>。成立工作专班，${'定期研究部署民政重点工作，'.repeat(8)}全年召开专题会议12次。</span></p>
      <p class="MsoNormal"><span>全年办理救助申请<b>320件</b>，${'按时办结率保持较高水平，'.repeat(8)}群众满意度较高。</span></p>
      <p class="MsoNormal"><b>2023年</b>，${'我局持续推进社会救助改革，'.repeat(8)}取得积极成效。</p>
      <p class="MsoNormal"><strong>${'全面完成年度目标任务并取得显著成效，'.repeat(5)}</strong></p>
    </div></body></html>`;
    const page = htmlToPage(parse(html));
    expect(page.title).toBe('关于2023年工作总结的报告');
    expect(page.blocks[0]).toEqual({ text: '一、总体情况', kind: 'heading' });
    expect(page.blocks[1].lead).toBe('加强组织领导。');
    expect(page.blocks.slice(2).map((b) => [b.kind, b.lead])).toEqual([
      ['paragraph', undefined], ['paragraph', undefined], ['paragraph', undefined],
    ]);
  });

  it('a <b> left unclosed at the top of the article (everything bold): bold marks nothing, the page reads as without it', () => {
    const unclosed = gbk.replace(/(<div[^>]*id="zoom"[^>]*>)/i, '$1<b><font color="red">');
    expect(unclosed).not.toBe(gbk);
    const plain = htmlToPage(parse(gbk.replace(/<\/?(b|strong)>/gi, '').replace(/font-weight:\s*bold/gi, '')));
    const bold = htmlToPage(parse(unclosed));
    expect(bold.blocks.map((b) => [b.text, b.kind, b.level, b.lead])).toEqual(plain.blocks.map((b) => [b.text, b.kind, b.level, b.lead]));
    // The control: with its bold intact, the page's bold headings and leads are read as such.
    expect(htmlToPage(parse(gbk)).blocks.filter((b) => b.kind === 'heading' && !b.level).length).toBe(3);
  });

  it('finds the article in a layout table and keeps <br>-separated marker lines', () => {
    const body = Array.from({ length: 6 }, (_, i) => `${'一二三四五六'[i]}、第${i + 1}项工作<br>${'围绕年度目标扎实推进各项任务落实，'.repeat(4)}<br>`).join('');
    const html = `<html><body><table width="960"><tr><td class="left"><a href="/">首页</a><br><a href="/a">机构概况</a><br><a href="/b">政务公开</a></td>
      <td class="main">${body}</td></tr></table></body></html>`;
    const page = htmlToPage(parse(html));
    expect(texts(page).filter((t) => /^[一二三四五六]、/.test(t))).toHaveLength(6);
    expect(texts(page).join('')).not.toContain('机构概况');
  });

  it('survives empty and body-less documents', () => {
    expect(htmlToPage(parse('')).blocks).toEqual([]);
    expect(htmlToPage(parse('<html><head><title>仅标题_某某县人民政府</title></head></html>')).title).toBe('仅标题');
  });

  it('survives broken, moderately deep markup', () => {
    const html = `<html><body>${'<div><span><p><b>'.repeat(250)}一、深层标题${'</i></td>'.repeat(50)}<p>${'正文内容，'.repeat(50)}</p></body></html>`;
    const page = htmlToPage(parse(html));
    expect(texts(page).join('\n')).toContain('正文内容');
  });
});

describe('htmlToPage on pathological input (linkedom)', () => {
  it('does not overflow the stack on 10k-deep nesting', () => {
    const depth = 10000;
    const html = `<html><head><title>深层页面</title></head><body>${'<div><span>'.repeat(depth / 2)}一、主要工作<p>${'扎实推进各项工作。'.repeat(40)}</p></body></html>`;
    const doc = parseHTML(html).document as unknown as Document;
    const page = htmlToPage(doc);
    expect(page.title).toBe('深层页面');
    expect(texts(page).join('\n')).toContain('扎实推进各项工作。');
  });

  it('reads bare fragments (linkedom keeps them without <html>) and leaves them untouched', () => {
    const doc = parseHTML('<p>一、主要工作</p><p>全年办结案件49件。</p>').document as unknown as Document;
    const before = String(doc);
    expect(texts(htmlToPage(doc))).toEqual(['一、主要工作', '全年办结案件49件。']);
    expect(String(doc)).toBe(before);
    expect(texts(htmlToPage(parseHTML('plain words only').document as unknown as Document))).toEqual(['plain words only']);
  });

  it('reads an English .gov report page', () => {
    const html = read('pages/report-en.html').toString('utf8');
    const page = htmlToPage(parseHTML(html).document as unknown as Document);
    expect(page.title).toBe('FY 2023 Annual Performance Report');
    expect(page.metaTags['dc.date.issued']).toBe('2024-02-15');
    expect(page.blocks.filter((b) => b.kind === 'heading').map((b) => `${b.level}:${b.text}`)).toEqual([
      '1:FY 2023 Annual Performance Report', '2:I. Overview', '2:II. Performance Results',
      '3:Strategic Goal 1: Expand access to broadband', '3:Strategic Goal 2: Improve rural health outcomes',
      '2:III. Challenges', '2:IV. Looking Ahead: FY 2024 Targets',
    ]);
    expect(texts(page)).toContain('We will reduce average grant processing time to 45 days or less.');
    expect(page.chrome).toContain('Home › Reports › FY 2023 Annual Performance Report');
  });
});
