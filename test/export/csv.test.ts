import { describe, expect, it } from 'vitest';
import { BOM, commitmentsCsv, csvCell, numbersCsv, toCsv } from '../../lib/export/csv';
import { problemsCsv } from '../../lib/export/csv-problems';
import { sourceOf } from '../../lib/export/source';
import { english, newer, NEWER_URL, newerSnapshot, notes, older, OLDER_URL, olderSnapshot, overrides, pairDiff } from './fixtures';

/** A strict RFC 4180 reader for checking what the builder wrote (CRLF records, "" inside quotes). */
function parseCsv(text: string): string[][] {
  expect(text.startsWith(BOM)).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.slice(1);
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') { cell += '"'; i++; } else if (ch === '"') quoted = false; else cell += ch;
    } else if (ch === '"') {
      expect(cell).toBe(''); // a quote may only open a field
      quoted = true;
    } else if (ch === ',') { row.push(cell); cell = ''; } else if (ch === '\r') {
      expect(body[i + 1]).toBe('\n'); // bare CR never ends a record
      row.push(cell); rows.push(row); row = []; cell = ''; i++;
    } else {
      expect(ch).not.toBe('\n'); // bare LF only inside quotes
      cell += ch;
    }
  }
  expect(quoted).toBe(false);
  expect(cell).toBe('');
  return rows;
}

describe('csvCell: RFC 4180 quoting and the formula guard', () => {
  // [value, as written in the file]
  const CASES: [string | number | null | undefined, string][] = [
    ['灌南县', '灌南县'],
    ['a,b', '"a,b"'],
    ['他说"好"', '"他说""好"""'],
    ['"', '""""'],
    ['line 1\nline 2', '"line 1\nline 2"'],
    ['line 1\r\nline 2', '"line 1\r\nline 2"'],
    ['bare\rCR', '"bare\rCR"'],
    ['=1+1', "'=1+1"],
    ['=HYPERLINK("http://evil","点我")', `"'=HYPERLINK(""http://evil"",""点我"")"`],
    ['+86 138 0000 0000', "'+86 138 0000 0000"],
    ['-cmd|\' /C calc\'!A0', "'-cmd|' /C calc'!A0"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1', `"'\t=1"`],
    // Issue 16: a leading space, tab or invisible character before the formula, and ';' locales.
    [' =1+1', "' =1+1"],
    ['\u3000=1+1', "'\u3000=1+1"],
    ['\u200B=HYPERLINK("http://evil")', `"'\u200B=HYPERLINK(""http://evil"")"`],
    ['\uFEFF@SUM(A1)', "'\uFEFF@SUM(A1)"],
    [' \t -cmd', `"' \t -cmd"`],
    ['备注;=1+1', '"备注;=1+1"'],
    ['a\t=1', '"a\t=1"'],
    [' -3.5', "' -3.5"],
    ['\r=1', `"'\r=1"`],
    ['=a,b', `"'=a,b"`],
    ['-3.5', '-3.5'],
    ['+5', '+5'],
    ['1e+21', '1e+21'],
    [-3.5, '-3.5'],
    [0, '0'],
    [126000000000000, '126000000000000'],
    [null, ''],
    [undefined, ''],
    ['', ''],
    ['a = b', 'a = b'],
    ['探索"行政复议+调解"机制', '"探索""行政复议+调解""机制"'],
  ];
  it.each(CASES)('%j → %j', (value, written) => {
    expect(csvCell(value)).toBe(written);
  });

  it('reads back as the same cells (guarded ones with their apostrophe)', () => {
    const values = CASES.map(([v]) => v);
    const text = toCsv(['v'], values.map((v) => [v]));
    const back = parseCsv(text).slice(1).map((r) => r[0]);
    expect(back).toEqual(CASES.map(([, written]) => (written.startsWith('"') ? written.slice(1, -1).replace(/""/g, '"') : written)));
  });

  it('writes a BOM, then CRLF-terminated lines', () => {
    expect(toCsv(['a', 'b'], [[1, 'x']])).toBe('\uFEFFa,b\r\n1,x\r\n');
    expect(toCsv(['a'], [])).toBe('\uFEFFa\r\n');
  });
});

describe('commitmentsCsv', () => {
  const csv = commitmentsCsv([{ extraction: older, diff: pairDiff, overrides, annotations: notes }]);
  const rows = parseCsv(csv);

  it('has the Chinese headers of a Chinese report', () => {
    expect(rows[0]).toEqual(['发布机关', '年度', '章节', '承诺内容', '期限', '目标', '状态', '佐证', '备注',
      '计划年度', '核对目标', '实际', '核对结果', '来源网址', '访问日期', '对照报告来源网址', '对照报告访问日期']);
    expect(rows).toHaveLength(1 + older.commitments.length);
  });

  it('gives issuer, year, section, deadline and targets of each commitment', () => {
    expect(rows[1].slice(0, 6)).toEqual(['灌南县', '2022', '三、2023年工作安排', '年底前建成县级行政执法监督平台', '年底前', '']);
    expect(rows[2][5]).toBe('不低于95%');
  });

  it('takes status and evidence from the diff, a note from the annotations', () => {
    expect(rows[1][6]).toBe('已兑现');
    expect(rows[1][7]).toBe('县级行政执法监督平台于5月建成并上线运行');
    expect(rows[1][8]).toBe('跟踪平台建设, "进度" 见附件');
  });

  it('guards a note that starts like a formula and keeps its line break inside the cell', () => {
    expect(rows[2][8]).toBe("'=HYPERLINK(\"http://x\")\n第二行");
  });

  it('shows an override as set by hand, with its note', () => {
    expect(rows[3][6]).toBe('推进中（人工判定）');
    expect(rows[3][8]).toBe('县司法局确认已试点');
    expect(rows[3][3]).toBe('探索"行政复议+调解"机制，推广"=SUM(A1)"式台账');
  });

  it('uses the latest override when a reader changed their mind', () => {
    const later = { ...overrides[0], status: 'missed' as const, note: '年底仍未推广', createdAt: '2024-04-01T00:00:00.000Z' };
    const r = parseCsv(commitmentsCsv([{ extraction: older, diff: pairDiff, overrides: [later, overrides[0]] }]));
    expect(r[3][6]).toBe('未达成（人工判定）');
    expect(r[3][8]).toBe('年底仍未推广');
  });

  it('leaves status and evidence empty without a diff, and ignores a diff of another report', () => {
    for (const diff of [undefined, { ...pairDiff, older: pairDiff.newer }]) {
      const r = parseCsv(commitmentsCsv([{ extraction: older, diff }]));
      expect(r.slice(1).map((row) => [row[6], row[7], row[8], row[10], row[11], row[12]])).toEqual(older.commitments.map(() => ['', '', '', '', '', '']));
      expect(r[1][2]).toBe('三、2023年工作安排'); // the section still comes from the headings
    }
  });

  it('puts several reports in one file, and English headers and labels for an English report', () => {
    const r = parseCsv(commitmentsCsv([{ extraction: english }, { extraction: newer }]));
    expect(r[0]).toEqual(['Issuer', 'Year', 'Section', 'Commitment', 'Deadline', 'Targets', 'Status', 'Evidence', 'Note',
      'Year planned', 'Target checked', 'Actual', 'Outcome', 'Source URL', 'Accessed', 'Checked against: source URL', 'Checked against: accessed']);
    expect(r.slice(1).map((row) => row[3])).toEqual([...english.commitments, ...newer.commitments].map((c) => c.text));
    expect(r[1][1]).toBe('2023');
    expect(r[1][4]).toBe('by June 30, 2024');
  });

  it('is a header alone when there is nothing to list', () => {
    expect(commitmentsCsv([])).toBe('\uFEFF发布机关,年度,章节,承诺内容,期限,目标,状态,佐证,备注,计划年度,核对目标,实际,核对结果,来源网址,访问日期,对照报告来源网址,对照报告访问日期\r\n');
  });

  it('ends every row with where and when the report was read, and the report it was checked against', () => {
    const source = sourceOf(olderSnapshot, 480);
    const newerSource = sourceOf({ ...newerSnapshot, savedAt: '2024-03-02T17:30:00.000Z' }, 480);
    const r = parseCsv(commitmentsCsv([{ extraction: older, source, diff: pairDiff, newerSource }]));
    // 17:30 UTC is already the next day in Beijing: the reader's calendar day.
    expect(r.slice(1).map((row) => row.slice(-4))).toEqual(older.commitments.map(() => [OLDER_URL, '2024-03-01', NEWER_URL, '2024-03-03']));
  });

  it('without a snapshot, cites what the extraction names (no day), and leaves the other report out without a diff', () => {
    const r = parseCsv(commitmentsCsv([{ extraction: older, newerSource: sourceOf(newerSnapshot) }]));
    expect(r[1].slice(-4)).toEqual([OLDER_URL, '', '', '']);
  });

  it('names a file read from disk by its name, never as an address', () => {
    const source = sourceOf({ url: 'file:///%E7%81%8C%E5%8D%97%E5%8E%BF2022.txt', savedAt: '2024-03-01T08:00:00.000Z' });
    const r = parseCsv(commitmentsCsv([{ extraction: older, source }]));
    expect(r[1].slice(-4, -2)).toEqual(['灌南县2022.txt', '2024-03-01']);
  });
});

describe('numbersCsv', () => {
  it('lists every figure with raw text, plain value, unit, kind, qualifier and indicator', () => {
    const rows = parseCsv(numbersCsv([{ extraction: older, source: sourceOf(olderSnapshot, 480) }]));
    expect(rows[0]).toEqual(['发布机关', '年度', '章节', '原文', '数值', '单位', '类别', '限定', '指标', '来源网址', '访问日期']);
    expect(rows).toHaveLength(1 + older.numbers.length);
    expect(rows.find((r) => r[3] === '3万件')).toEqual(['灌南县', '2022', '一、主要成效', '3万件', '30000', '件', '计数', '', '办理行政审批事项', OLDER_URL, '2024-03-01']);
    expect(rows.find((r) => r[3] === '不低于95%')).toEqual(['灌南县', '2022', '三、2023年工作安排', '不低于95%', '95', '%', '百分比', '不低于', '办结率', OLDER_URL, '2024-03-01']);
  });

  it('writes English labels for an English report', () => {
    const rows = parseCsv(numbersCsv([{ extraction: english }]));
    expect(rows[0]).toEqual(['Issuer', 'Year', 'Section', 'As written', 'Value', 'Unit', 'Kind', 'Qualifier', 'Indicator', 'Source URL', 'Accessed']);
    expect(rows.find((r) => r[3] === 'under 10 days')?.slice(4)).toEqual(['10', '天', 'duration', 'under', 'cut average waiting times', 'https://westshire.example.gov.uk/report-2023', '']);
  });
});

describe('problemsCsv', () => {
  it('lists every problem with issuer, year, section, and where and when the report was read', () => {
    const rows = parseCsv(problemsCsv([{ extraction: older, source: sourceOf(olderSnapshot, 480) }]));
    expect(rows).toEqual([
      ['发布机关', '年度', '章节', '问题内容', '来源网址', '访问日期'],
      ...older.problems.map((p) => ['灌南县', '2022', '二、存在的问题', p.text, OLDER_URL, '2024-03-01']),
    ]);
    expect(rows).toHaveLength(2);
  });
});
