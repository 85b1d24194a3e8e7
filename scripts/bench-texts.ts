/**
 * Texts for the bench: the real corpus beside the project when it is there (../shared),
 * else the project's own samples repeated to size. Everything is sliced at line ends, so
 * no measurement starts or stops inside a sentence.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const CORPUS = resolve(ROOT, '..', 'shared', 'corpus');

export interface BenchText {
  name: string;
  text: string;
  /** Where the text came from, for the record. */
  origin: 'corpus' | 'samples';
}

const read = (path: string) => readFileSync(path, 'utf8');

/** The first lines of `text` that reach `size` characters. */
export function sliceAtLine(text: string, size: number): string {
  if (text.length <= size) return text;
  const end = text.indexOf('\n', size);
  return end < 0 ? text : text.slice(0, end);
}

/** `parts` joined and repeated until `size` characters, then sliced at a line end. */
function fill(parts: string[], size: number): string {
  let out = '';
  while (out.length < size) out += `${parts.join('\n')}\n`;
  return sliceAtLine(out, size);
}

function corpusFile(...path: string[]): string | null {
  const file = join(CORPUS, ...path);
  return existsSync(file) ? read(file) : null;
}

function corpusSeeds(): string[] {
  const dir = join(CORPUS, 'seeds');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).sort().map((c) => join(dir, c, 'input.txt')).filter(existsSync).map(read);
}

function samples(pattern: RegExp): string[] {
  const dir = join(ROOT, 'samples');
  return readdirSync(dir).filter((f) => pattern.test(f)).sort().map((f) => read(join(dir, f)));
}

/** The three extraction texts: ~20k Chinese report, ~100k Chinese text, ~90k English report. */
export function benchTexts(): BenchText[] {
  const zh2024 = corpusFile('gwr', '2024.zh.txt');
  const zh2025 = corpusFile('gwr', '2025.zh.txt');
  const en2024 = corpusFile('gwr', '2024.en.txt');
  const zhSamples = samples(/\.zh\.txt$/);
  const enSamples = samples(/\.en\.txt$/);
  const zhLarge = [zh2024, zh2025, ...corpusSeeds()].filter((t): t is string => t !== null);
  return [
    zh2024
      ? { name: 'zh-report-20k', text: sliceAtLine(zh2024, 20_000), origin: 'corpus' }
      : { name: 'zh-report-20k', text: fill(zhSamples, 20_000), origin: 'samples' },
    zhLarge.length
      ? { name: 'zh-text-100k', text: fill(zhLarge, 100_000), origin: 'corpus' }
      : { name: 'zh-text-100k', text: fill(zhSamples, 100_000), origin: 'samples' },
    en2024
      ? { name: 'en-report-90k', text: fill([en2024], 90_000), origin: 'corpus' }
      : { name: 'en-report-90k', text: fill(enSamples, 90_000), origin: 'samples' },
  ];
}

/**
 * A large page that is not a report: a portal's news list and footer, ~200k characters,
 * written here (deterministic), the kind of page detection runs on all day.
 */
export function nonReportPage(): string {
  const lines: string[] = ['首页 | 新闻中心 | 办事服务 | 互动交流 | 无障碍浏览'];
  for (let i = 0; lines.join('\n').length < 200_000; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    lines.push(`2024-0${(i % 9) + 1}-${day} 【便民提示】第${i + 1}期：周末${i % 2 ? '图书馆' : '体育馆'}开放时间调整，欢迎市民前往`);
    if (i % 10 === 9) lines.push('热门推荐：天气预报 公交查询 社保查询 公积金查询 更多>>');
  }
  lines.push('主办单位：某市人民政府办公室 网站标识码 联系我们 网站地图');
  return lines.join('\n');
}
