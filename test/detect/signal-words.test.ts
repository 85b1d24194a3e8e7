/** Detection details in words (lib/detect/signal-words): every signal a rule can fire has a zh and an en sentence. */
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect/index';
import { RULES } from '../../lib/detect/rules';
import { SIGNAL_WORDS, signalWords } from '../../lib/detect/signal-words';

/** The signal name of a rule, as rules.ts documents it: `field:id`, 'url:' for host and path. */
const signalOf = (r: (typeof RULES)[number]) => `${r.on === 'host' || r.on === 'path' ? 'url' : r.on}:${r.id}`;
const ALL = [...new Set([...RULES.map(signalOf), 'structure:no-prose'])];
const HAN = /[\u4e00-\u9fff]/;

describe('detection signals in words', () => {
  it.each(ALL)('%s has a Chinese and an English sentence', (signal) => {
    const w = SIGNAL_WORDS[signal];
    expect(w, `no words for ${signal}`).toBeDefined();
    expect(w.zh).toMatch(HAN);
    expect(w.en).toMatch(/^[A-Z]/);
    // The English sentence is English: Chinese only inside brackets, as a quoted example.
    expect(w.en.replace(/\([^)]*\)/g, '')).not.toMatch(HAN);
    for (const s of [w.zh, w.en]) expect(s).not.toContain(signal);
  });

  it('has no sentence for a signal no rule fires (a renamed rule must rename its words)', () => {
    expect(Object.keys(SIGNAL_WORDS).filter((k) => !ALL.includes(k))).toEqual([]);
  });

  it('names what detection fires on real shapes of pages, and says when a signal counts against', () => {
    const d = detect({
      url: 'http://www.example.gov.cn/zwgk/fzzfjs/2024/t1.html', title: '青禾县2024年度法治政府建设情况报告', metaTags: {},
      text: '现将有关情况报告如下：\n一、主要举措和成效\n（一）依法履职\n（二）规范执法\n二、存在的问题\n三、下一步工作打算',
    });
    expect(d.signals.length).toBeGreaterThan(4);
    for (const s of d.signals) expect(signalWords(s, 'zh')).not.toBe(s);
    expect(signalWords('structure:sub-markers', 'zh')).toBe('正文有两个以上“（一）（二）”式的二级标题');
    expect(signalWords('structure:sub-markers', 'en')).toMatch(/numbered sub-headings/);
    expect(signalWords('title:not-news', 'en')).toMatch(/counts against/);
    // A signal from an older version (a stored snapshot) is shown as it is rather than dropped.
    expect(signalWords('text:retired-rule', 'en')).toBe('text:retired-rule');
  });
});
