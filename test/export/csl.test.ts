import { describe, expect, it } from 'vitest';
import { accessedOf, cslJson, datePartsOf, issuedOf, toCslItem, type CslItem } from '../../lib/export/csl';
import { english, newerSnapshot, olderSnapshot, snapshotOf } from './fixtures';

const meta = (publishedAt: string | null, coversYear: number | null, planYear: number | null) =>
  ({ issuer: '灌南县', docType: 'annual-report' as const, coversYear, planYear, publishedAt });

/**
 * The item properties of the CSL-JSON schema (citation-style-language/schema, schemas/input/
 * csl-data.json: `additionalProperties: false`), and of its name variables: a field not listed
 * there is not CSL-JSON, whatever a processor does with it.
 */
const CSL_FIELDS = new Set([
  'type', 'id', 'categories', 'language', 'journalAbbreviation', 'shortTitle',
  'author', 'chair', 'collection-editor', 'compiler', 'composer', 'container-author', 'contributor', 'curator', 'director', 'editor',
  'editorial-director', 'executive-producer', 'interviewer', 'illustrator', 'organizer', 'original-author', 'performer', 'producer',
  'recipient', 'reviewed-author', 'translator',
  'accessed', 'available-date', 'container', 'event-date', 'issued', 'original-date', 'submitted',
  'abstract', 'annote', 'archive', 'archive_collection', 'archive_location', 'archive-place', 'authority', 'call-number',
  'chapter-number', 'citation-number', 'citation-label', 'collection-number', 'collection-title', 'container-title',
  'container-title-short', 'dimensions', 'division', 'DOI', 'edition', 'event', 'event-place', 'first-reference-note-number',
  'genre', 'ISAN', 'ISBN', 'ISCI', 'ISMN', 'ISRC', 'ISSN', 'ISWC', 'issue', 'jurisdiction', 'keyword', 'locator', 'medium', 'note',
  'number', 'number-of-pages', 'number-of-volumes', 'original-publisher', 'original-publisher-place', 'original-title', 'page',
  'page-first', 'part', 'part-title', 'PMCID', 'PMID', 'printing', 'publisher', 'publisher-place', 'references', 'reviewed-title',
  'scale', 'section', 'source', 'status', 'supplement', 'title', 'title-short', 'translated-title', 'translated-title-short', 'URL',
  'version', 'volume', 'year-suffix', 'custom',
]);
const NAME_FIELDS = new Set(['family', 'given', 'dropping-particle', 'non-dropping-particle', 'suffix', 'comma-suffix', 'static-ordering', 'literal', 'parse-names']);
const NAME_VARIABLES = ['author', 'editor', 'translator', 'recipient', 'contributor'];

/** CSL-JSON schema essentials: known fields only, id, a known type, names, dates as 1–3 integer parts with real months and days. */
function cslErrors(item: Record<string, unknown>): string[] {
  const errors: string[] = [];
  for (const key of Object.keys(item)) if (!CSL_FIELDS.has(key)) errors.push(`unknown field ${key}`);
  for (const key of NAME_VARIABLES.filter((k) => k in item)) {
    const names = item[key];
    if (!Array.isArray(names)) { errors.push(`${key} must be an array`); continue; }
    for (const n of names) for (const k of Object.keys(n)) if (!NAME_FIELDS.has(k)) errors.push(`${key}: unknown name part ${k}`);
  }
  for (const key of ['title', 'publisher', 'URL', 'genre']) if (key in item && typeof item[key] !== 'string') errors.push(`${key} must be a string`);
  if ('number' in item && !['string', 'number'].includes(typeof item.number)) errors.push('number must be a string or a number');
  if (typeof item.id !== 'string' || !item.id) errors.push('id');
  if (item.type !== 'report') errors.push('type');
  if (typeof item.title !== 'string' || !item.title) errors.push('title');
  for (const key of ['issued', 'accessed']) {
    const d = item[key] as { 'date-parts': number[][] } | undefined;
    if (d === undefined) continue;
    const parts = d['date-parts'];
    if (!Array.isArray(parts) || parts.length !== 1) { errors.push(`${key} date-parts`); continue; }
    const [y, m, day] = parts[0];
    if (!parts[0].every(Number.isInteger) || parts[0].length < 1 || parts[0].length > 3) errors.push(`${key} integers`);
    if (y < 1000 || y > 9999 || (m !== undefined && (m < 1 || m > 12)) || (day !== undefined && (day < 1 || day > 31))) errors.push(`${key} range`);
  }
  return errors;
}

describe('CSL dates', () => {
  // [publishedAt, coversYear, planYear, issued date-parts]
  const ISSUED: [string | null, number | null, number | null, number[] | undefined][] = [
    ['2023-03-15', 2022, 2023, [2023, 3, 15]],
    ['2023-03', 2022, 2023, [2023, 3]],
    ['2023', 2022, 2023, [2023]],
    [null, 2022, 2023, [2022]],
    [null, null, 2024, [2024]],
    [null, null, null, undefined],
    ['2023-02-30', 2022, null, [2022]],
    ['2024-02-29', 2023, null, [2024, 2, 29]],
    ['2023-02-29', 2022, null, [2022]],
    ['2023-13-01', 2022, null, [2022]],
    ['2023-00', null, null, undefined],
    ['15/03/2023', 2022, null, [2022]],
  ];
  it.each(ISSUED)('issued from publishedAt %j, coversYear %j, planYear %j → %j', (publishedAt, coversYear, planYear, parts) => {
    expect(issuedOf(meta(publishedAt, coversYear, planYear))).toEqual(parts ? { 'date-parts': [parts] } : undefined);
  });

  it('parses dates into integer parts, never strings or zero-padded values', () => {
    expect(datePartsOf('2023-03-05')).toEqual([2023, 3, 5]);
    expect(datePartsOf(' 2023-3-5 ')).toEqual([2023, 3, 5]);
    expect(datePartsOf('2023-04-31')).toBeNull();
    expect(datePartsOf('')).toBeNull();
  });

  it('takes accessed from savedAt on the reader\'s calendar day', () => {
    expect(accessedOf('2024-03-01T08:00:00.000Z')).toEqual({ 'date-parts': [[2024, 3, 1]] });
    // 23:00 UTC on 29 February is already 1 March in Beijing (UTC+8) …
    expect(accessedOf('2024-02-29T23:00:00.000Z', 480)).toEqual({ 'date-parts': [[2024, 3, 1]] });
    expect(accessedOf('2024-02-29T23:00:00.000Z')).toEqual({ 'date-parts': [[2024, 2, 29]] });
    // … and 03:00 UTC on New Year's Day is still the old year in New York (UTC−5).
    expect(accessedOf('2024-01-01T03:00:00.000Z', -300)).toEqual({ 'date-parts': [[2023, 12, 31]] });
    expect(accessedOf('not a time')).toBeUndefined();
  });
});

describe('toCslItem', () => {
  it('cites a Chinese report: type report, publisher = issuer, genre, issued, accessed, URL, zh-CN', () => {
    const item = toCslItem(olderSnapshot, { utcOffsetMinutes: 480 });
    expect(item).toEqual({
      id: `promise-ledger-${olderSnapshot.sha256.slice(0, 16)}`,
      type: 'report',
      title: '灌南县2022年度法治政府建设情况报告',
      author: [{ literal: '灌南县' }],
      publisher: '灌南县',
      genre: '年度报告',
      issued: { 'date-parts': [[2022]] },
      accessed: { 'date-parts': [[2024, 3, 1]] },
      URL: 'http://127.0.0.1:8080/guannan/2022.html',
      language: 'zh-CN',
    } satisfies CslItem);
    expect(cslErrors(item as unknown as Record<string, unknown>)).toEqual([]);
  });

  it('uses the stated publication date when the page gives one', () => {
    const s = { ...newerSnapshot, extraction: { ...newerSnapshot.extraction, meta: { ...newerSnapshot.extraction.meta, publishedAt: '2024-02-20' } } };
    expect(toCslItem(s).issued).toEqual({ 'date-parts': [[2024, 2, 20]] });
  });

  it('cites an English report in English, the council its title names as publisher, and leaves out what is unknown', () => {
    const item = toCslItem(snapshotOf(english, 'https://westshire.example.gov.uk/report-2023', '2024-05-06T10:00:00.000Z'));
    expect(item).toMatchObject({ language: 'en', genre: 'annual report', title: 'Westshire County Council Annual Report 2023', issued: { 'date-parts': [[2023]] } });
    // The council leads its report's title: it is the issuer, and the publisher cited.
    expect(item).toMatchObject({ publisher: 'Westshire County Council' });
    const bareMeta = { ...meta(null, null, null), issuer: null };
    const bare = { ...olderSnapshot, title: null, issuer: null, url: '', extraction: { ...olderSnapshot.extraction, source: { title: null }, meta: bareMeta } };
    const minimal = toCslItem(bare);
    expect(minimal).toEqual({ id: minimal.id, type: 'report', title: '（无标题）', genre: '年度报告', accessed: { 'date-parts': [[2024, 3, 1]] }, language: 'zh-CN' });
    expect(cslErrors(minimal as unknown as Record<string, unknown>)).toEqual([]);
  });

  it('cites the issuing body as the author (one literal name) and the 发文字号 as the number', () => {
    const numbered = {
      ...olderSnapshot, issuer: '灌南县人民政府',
      extraction: { ...olderSnapshot.extraction, meta: { ...olderSnapshot.extraction.meta, issuer: '灌南县人民政府', docNumber: '灌政报〔2023〕5号' } },
    };
    const item = toCslItem(numbered);
    expect(item).toMatchObject({ author: [{ literal: '灌南县人民政府' }], publisher: '灌南县人民政府', number: '灌政报〔2023〕5号' });
    expect(cslErrors(item as unknown as Record<string, unknown>)).toEqual([]);
    // A report that prints no number (and every one saved before numbers were read) has no number field.
    expect('number' in toCslItem(olderSnapshot)).toBe(false);
    const en = toCslItem(snapshotOf(english, 'https://westshire.example.gov.uk/report-2023', '2024-05-06T10:00:00.000Z'));
    expect(en.author).toEqual([{ literal: 'Westshire County Council' }]);
    expect('number' in en).toBe(false);
    expect(cslErrors(en as unknown as Record<string, unknown>)).toEqual([]);
  });

  it('the field check itself refuses a field CSL-JSON does not have and a name split wrongly', () => {
    const item = toCslItem(olderSnapshot) as unknown as Record<string, unknown>;
    expect(cslErrors({ ...item, docNumber: 'x' })).toContain('unknown field docNumber');
    expect(cslErrors({ ...item, author: [{ name: '灌南县' }] })).toContain('author: unknown name part name');
    expect(cslErrors({ ...item, number: ['5'] })).toContain('number must be a string or a number');
  });

  it('keeps the id stable: same text, same id, whatever else changes', () => {
    expect(toCslItem({ ...olderSnapshot, savedAt: '2025-01-01T00:00:00.000Z', url: 'http://elsewhere/' }).id).toBe(toCslItem(olderSnapshot).id);
    expect(toCslItem(newerSnapshot).id).not.toBe(toCslItem(olderSnapshot).id);
  });
});

describe('cslJson', () => {
  it('is a JSON array of items, one per snapshot, every one valid', () => {
    const items = JSON.parse(cslJson([olderSnapshot, newerSnapshot], { utcOffsetMinutes: 480 }));
    expect(items).toHaveLength(2);
    for (const item of items) expect(cslErrors(item)).toEqual([]);
    expect(items[1]).toMatchObject({ title: '灌南县2023年度法治政府建设情况报告', issued: { 'date-parts': [[2023]] }, accessed: { 'date-parts': [[2024, 3, 2]] } });
    expect(cslJson([])).toBe('[]\n');
  });
});
