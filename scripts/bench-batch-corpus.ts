/**
 * The batch bench's reports: variants of the project's samples (samples/), as a folder of
 * many issuers' reports over several years would hold them. Each Chinese issuer gets the two
 * 青禾县 reports renamed and moved back 0, 2 and 4 years (six reports, five consecutive
 * pairs); each English one the Maple Valley report renamed and moved back 0–3 years. Every
 * third file is HTML, every fourth Chinese .txt is GBK. No two files have the same bytes.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SAMPLES = fileURLToPath(new URL('../samples/', import.meta.url));
const ZH_FIRST = ['东', '西', '南', '北', '清', '明', '安', '平', '长', '永'];
const ZH_SECOND = ['川', '山', '河', '湖', '宁', '和', '丰', '阳'];
const EN_FIRST = ['Cedar', 'Oak', 'Pine', 'Birch', 'Elm', 'Willow', 'Aspen', 'Juniper', 'Hazel', 'Rowan'];
const EN_SECOND = ['Valley', 'Ridge', 'Falls', 'Harbor', 'Springs'];

export interface CorpusStats { files: number; zh: number; en: number; html: number; gbk: number; bytes: number }

/** Writes `count` report files under `dir` (emptied first); 3 Chinese issuers for every 2 English ones. */
export function writeBatchCorpus(dir: string, count = 500): CorpusStats {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const zh = [readFileSync(join(SAMPLES, 'qinghe-2023.zh.txt'), 'utf8'), readFileSync(join(SAMPLES, 'qinghe-2024.zh.txt'), 'utf8')];
  const en = readFileSync(join(SAMPLES, 'maple-valley-2023.en.txt'), 'utf8');
  const stats: CorpusStats = { files: 0, zh: 0, en: 0, html: 0, gbk: 0, bytes: 0 };
  const reports: { name: string; text: string; language: 'zh' | 'en' }[] = [];
  for (let issuer = 0; reports.length < count; issuer++) {
    if (issuer % 5 < 3) {
      const name = `${ZH_FIRST[issuer % 10]}${ZH_SECOND[Math.floor(issuer / 10) % 8]}${issuer >= 80 ? issuer : ''}县`;
      for (const back of [0, 2, 4]) zh.forEach((text, k) => reports.push({ name: `zh-${issuer}-${2023 + k - back}`, text: shiftYears(text.replaceAll('青禾县', name), -back), language: 'zh' }));
    } else {
      const name = `${EN_FIRST[issuer % 10]} ${EN_SECOND[Math.floor(issuer / 10) % 5]}${issuer >= 50 ? ` ${issuer}` : ''}`;
      for (const back of [0, 1, 2, 3]) reports.push({ name: `en-${issuer}-${2023 - back}`, text: shiftYears(en.replaceAll('Maple Valley', name), -back), language: 'en' });
    }
  }
  reports.slice(0, count).forEach((r, i) => {
    const html = i % 3 === 0;
    const gbk = !html && r.language === 'zh' && i % 4 === 1;
    const bytes = html ? Buffer.from(asHtml(r.text, r.language === 'en' ? 2 : 1)) : gbk ? encodeGbk(r.text) : Buffer.from(r.text);
    writeFileSync(join(dir, `${r.name}${gbk ? '.gbk' : ''}.${html ? 'html' : 'txt'}`), bytes);
    stats.files++;
    stats[r.language]++;
    if (html) stats.html++;
    if (gbk) stats.gbk++;
    stats.bytes += bytes.length;
  });
  return stats;
}

/** Every year from 1990 to 2049 moved by `delta`, so a report and its plans move together. */
function shiftYears(text: string, delta: number): string {
  return text.replace(/(?<!\d)(19[9]\d|20[0-4]\d)(?!\d)/g, (y) => String(Number(y) + delta));
}

/** A government page around the text: the title (its first lines) as <h1>, each other line a paragraph. */
function asHtml(text: string, titleLines: number): string {
  const all = text.split('\n');
  const title = all.slice(0, titleLines).join(': ');
  const lines = all.slice(titleLines);
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = lines.filter((l) => l.trim()).map((l) => `<p>${esc(l)}</p>`).join('\n');
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${esc(title)}</title></head>\n<body><div class="article"><h1>${esc(title)}</h1>\n${body}\n</div></body></html>\n`;
}

/** GBK bytes through the TextDecoder's own table (Node has no GBK encoder): one decode per character. */
function encodeGbk(text: string): Buffer {
  const table = gbkTable();
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const bytes = table.get(ch);
      if (bytes === undefined) throw new Error(`no GBK bytes for ${ch}`);
      out.push(bytes >> 8, bytes & 0xff);
    }
  }
  return Buffer.from(out);
}

let table: Map<string, number> | undefined;
function gbkTable(): Map<string, number> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder('gbk');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, (lead << 8) | trail);
    }
  }
  return table;
}
