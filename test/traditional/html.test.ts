/** A 繁體 HTML page: read through a folded copy of its DOM, the page itself untouched. */
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../lib/cli/html';
import { extractDocument } from '../../lib/extract/index';

const BODY = `<div id="zoom"><p>一、主要成效</p><p>全縣依法行政工作穩步推進，全年辦理行政複議案件36件。</p>
<p>二、存在的問題</p><p>基層執法力量不足，與先進地區相比還有差距。</p>
<p>三、2025年工作安排</p><p>我縣將繼續深化行政執法改革，確保年底前完成鄉鎮執法隊伍整合。</p></div>`;
const page = (body: string) => `<!doctype html><html><head><title>青溪縣人民政府2024年度法治政府建設情況報告</title>
<meta name="ContentSource" content="青溪縣司法局"></head><body>${body}</body></html>`;

describe('extractDocument on a traditional-script page', () => {
  it('reads it as a report and leaves the document as it was', () => {
    const doc = parseHtmlDocument(page(BODY), 'test.html');
    const before = doc.documentElement.outerHTML;
    const x = extractDocument(doc, { sha256: 't' });
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(x.detection.isReport).toBe(true);
    expect(x.source.title).toBe('青溪縣人民政府2024年度法治政府建設情況報告');
    expect(x.headings.filter((h) => h.depth === 1).map((h) => `${h.title} ${h.role}`)).toEqual(['主要成效 achievements', '存在的問題 problems', '2025年工作安排 plans']);
    expect(x.commitments.map((c) => c.text)).toContain('我縣將繼續深化行政執法改革，確保年底前完成鄉鎮執法隊伍整合');
  });

  it('walks a page nested 9,990 elements deep (the parser refuses deeper) without running out of stack', () => {
    const deep = `${'<div>'.repeat(9_990)}${BODY}${'</div>'.repeat(9_990)}`;
    const x = extractDocument(parseHtmlDocument(page(deep), 'deep.html'), { sha256: 't' });
    expect(x.text).toContain('全縣依法行政工作穩步推進');
  });
});
