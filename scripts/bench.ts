/**
 * `npm run bench`: one JSON line per measurement on stdout ({name, chars, runs, medianMs,
 * p95Ms, …}): extraction of three texts, detection on a report and on a large non-report
 * page, a baseline (normalize + sentence split) with the extract/baseline ratio, the diff of
 * the two Government Work Reports in Chinese and in English, peak heap,
 * and the built content script's size and whether a heavy library leaked into it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
import { fileURLToPath } from 'node:url';
import { detect } from '../lib/detect';
import { diff } from '../lib/diff/index';
import { extractText } from '../lib/extract/index';
import { normalizeText } from '../lib/text/normalize';
import { splitSentences } from '../lib/text/sentences';
import { benchTexts, nonReportPage } from './bench-texts';
import { parseHTML } from 'linkedom';
import { detectInputFromDocument } from '../lib/detect/dom';
import { ensureChromeBuild } from './ensure-build';

const WARMUP = 3;
const RUNS = 30;
const DETECT_RUNS = 300;
let peakHeapUsed = 0;

/**
 * Wall-clock median and 95th percentile, and the median CPU time of this process (on a machine
 * shared with other jobs the wall clock also counts the wait for a core; CPU time does not, but
 * it counts the collector's helper threads too).
 */
interface Timing { runs: number; medianMs: number; p95Ms: number; cpuMedianMs: number }

/** Times `fn` after a warm-up; records the heap after every run. */
function measure(fn: () => unknown, runs = RUNS): Timing {
  for (let i = 0; i < WARMUP; i++) fn();
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    peakHeapUsed = Math.max(peakHeapUsed, process.memoryUsage().heapUsed);
  }
  const at = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)];
  return { runs, medianMs: round(at(times, 0.5)), p95Ms: round(at(times, 0.95)), cpuMedianMs: round(at(cpu, 0.5)) };
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;
const emit = (record: object) => console.log(JSON.stringify(record));

function benchExtraction(): void {
  for (const { name, text, origin } of benchTexts()) {
    const language = name.startsWith('zh') ? 'zh' : 'en';
    const baseline = measure(() => splitSentences(normalizeText(text), language));
    emit({ name: `baseline:${name}`, chars: text.length, origin, ...baseline });
    const extract = measure(() => extractText(text, { sha256: 'bench', language: 'auto' }));
    emit({ name: `extract:${name}`, chars: text.length, origin, ...extract, ratioToBaseline: round(extract.medianMs / baseline.medianMs) });
  }
}

function benchDetection(): void {
  const report = benchTexts()[0].text;
  const pages = [
    { name: 'detect:report-page', url: 'https://www.example.gov.cn/zwgk/report.html', title: report.split('\n', 1)[0], text: report },
    { name: 'detect:large-non-report-page', url: 'https://www.example.gov.cn/index.html', title: '某市人民政府门户网站', text: nonReportPage() },
  ];
  for (const page of pages) {
    const input = { url: page.url, title: page.title, metaTags: {}, text: page.text };
    const result = detect(input);
    emit({ name: page.name, chars: page.text.length, ...measure(() => detect(input), DETECT_RUNS), isReport: result.isReport, score: result.score });
  }
}

/** Diff of the two Government Work Reports (zh, then en), extraction excluded. */
function benchDiff(): void {
  const gwr = fileURLToPath(new URL('../../shared/corpus/gwr/', import.meta.url));
  for (const lang of ['zh', 'en']) {
    const [olderFile, newerFile] = [`${gwr}2024.${lang}.txt`, `${gwr}2025.${lang}.txt`];
    if (!existsSync(olderFile) || !existsSync(newerFile)) return emit({ name: `diff:gwr-${lang}`, skipped: 'needs ../shared/corpus/gwr' });
    const older = extractText(readFileSync(olderFile, 'utf8'), { sha256: 'older' });
    const newer = extractText(readFileSync(newerFile, 'utf8'), { sha256: 'newer' });
    const result = diff(older, newer);
    emit({ name: `diff:gwr-${lang}`, chars: [older.text.length, newer.text.length], commitments: result.items.length, ...measure(() => diff(older, newer), 10) });
  }
}

function benchMemory(): void {
  const heap = getHeapStatistics();
  const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;
  emit({ name: 'memory', peakHeapUsedMB: mb(peakHeapUsed), heapSizeLimitMB: mb(heap.heap_size_limit), peakMallocedMB: mb(heap.peak_malloced_memory), rssMB: mb(process.memoryUsage().rss) });
}

/** Strings that survive minification of each library (class/method names, literals). */
const LEAK_MARKERS = { readability: ['Readability', '_grabArticle', 'readability-page-1'], compromise: ['compromise', '#Noun'] };

function benchContentScript(): void {
  const file = fileURLToPath(new URL('../.output/chrome-mv3/content-scripts/content.js', import.meta.url));
  if (!existsSync(file)) return emit({ name: 'content-script', built: false, hint: 'run `npm run build` first' });
  const code = readFileSync(file, 'utf8');
  const found = (markers: string[]) => markers.filter((m) => code.includes(m));
  emit({
    name: 'content-script', built: true, bytes: Buffer.byteLength(code),
    readabilityMarkers: found(LEAK_MARKERS.readability), compromiseMarkers: found(LEAK_MARKERS.compromise),
    ok: found([...LEAK_MARKERS.readability, ...LEAK_MARKERS.compromise]).length === 0,
  });
}

benchExtraction();
benchDetection();
benchDiff();
benchMemory();
// The size figures are of the current sources, never of an old build.
ensureChromeBuild((line) => console.error(`bench: ${line}`));
benchContentScript();
benchPageDetection();
benchExtensionBudget();

/**
 * What the content script does on every page load: detectInputFromDocument (meta tags,
 * title, the first characters of text) plus detect, on parsed report and non-report pages
 * (linkedom here; a browser's DOM is faster). The budget is 1 ms per page.
 */
function benchPageDetection(): void {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const asPage = (title: string, text: string) => `<!doctype html><html><head><title>${escape(title)}</title>
<meta name="ArticleTitle" content="${escape(title)}"></head><body><div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a></div>
<div id="zoom">${text.split('\n').map((l) => `<p>${escape(l)}</p>`).join('\n')}</div><div class="footer">版权所有</div></body></html>`;
  const report = benchTexts()[0].text;
  const pages = [
    { name: 'detect-on-page:report', url: 'https://www.example.gov.cn/zwgk/report.html', html: asPage(report.split('\n', 1)[0], report) },
    { name: 'detect-on-page:large-non-report', url: 'https://www.example.gov.cn/index.html', html: asPage('某市人民政府门户网站', nonReportPage()) },
  ];
  for (const page of pages) {
    const doc = parseHTML(page.html).document as unknown as Document;
    const run = () => detect(detectInputFromDocument(doc, page.url));
    const timing = measure(run, DETECT_RUNS);
    emit({ name: page.name, htmlChars: page.html.length, ...timing, isReport: run().isReport, budgetMs: 1, ok: timing.medianMs <= 1 });
  }
}

/** The built scripts that enter web pages, against their budget (content script ≤ 15 kB in every page). */
function benchExtensionBudget(): void {
  const files = [
    { name: 'budget:content-script', path: 'content-scripts/content.js', limit: 15_000 },
    { name: 'budget:page-tools', path: 'page-tools.js', limit: null },
  ];
  for (const f of files) {
    const file = fileURLToPath(new URL(`../.output/chrome-mv3/${f.path}`, import.meta.url));
    if (!existsSync(file)) { emit({ name: f.name, built: false, hint: 'run `npm run build` first' }); continue; }
    const bytes = readFileSync(file).length;
    emit({ name: f.name, built: true, bytes, limitBytes: f.limit, ok: f.limit === null || bytes <= f.limit, note: f.limit === null ? 'injected only into the tab the side panel reads' : 'runs in every http(s) page' });
  }
}
