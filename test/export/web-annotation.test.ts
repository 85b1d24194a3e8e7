import { describe, expect, it } from 'vitest';
import { anchor } from '../../lib/anchor/index';
import { sha1, URL_NAMESPACE, uuidV5 } from '../../lib/export/uuid';
import {
  ANNO_CONTEXT, annotationId, hypothesisExport, hypothesisJson, toWebAnnotation, webAnnotationCollection, webAnnotationJson, type AnnotationLike,
} from '../../lib/export/web-annotation';
import { noteOn, notes, older, OLDER_TEXT, OLDER_URL } from './fixtures';

// The W3C Web Annotation Data Model's motivations (§3.3.5) and the rules checked below (§3.1–4.2, §5).
const MOTIVATIONS = new Set(['assessing', 'bookmarking', 'classifying', 'commenting', 'describing', 'editing', 'highlighting',
  'identifying', 'linking', 'moderating', 'questioning', 'replying', 'tagging']);
const IRI = /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]+$/i;
const UUID_URN = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const DATE_TIME_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const many = <T>(v: T | T[]): T[] => (Array.isArray(v) ? v : [v]);

/** Errors against the model's MUSTs (and the SHOULDs we promise: UTC times, urn:uuid ids). */
function annotationErrors(a: any, standalone: boolean): string[] {
  const errors: string[] = [];
  const need = (ok: unknown, what: string) => { if (!ok) errors.push(what); };
  if (standalone) need(many(a['@context']).includes(ANNO_CONTEXT), '@context must include the anno.jsonld context');
  need(typeof a.id === 'string' && IRI.test(a.id), 'id must be an IRI');
  need(UUID_URN.test(a.id), 'id should be a version-5 urn:uuid');
  need(many(a.type).includes('Annotation'), 'type must include Annotation');
  need(a.target !== undefined, 'target is required');
  for (const t of many(a.target ?? [])) {
    need(typeof t.source === 'string' && IRI.test(t.source), 'target.source must be an IRI');
    if (t.state !== undefined) need(t.state.type === 'TimeState' && DATE_TIME_UTC.test(t.state.sourceDate), 'target.state must be a TimeState with an xsd:dateTime sourceDate');
    for (const s of many(t.selector ?? [])) {
      if (s.type === 'TextQuoteSelector') {
        need(typeof s.exact === 'string' && s.exact.length > 0, 'TextQuoteSelector.exact is required');
        for (const k of ['prefix', 'suffix']) need(s[k] === undefined || typeof s[k] === 'string', `TextQuoteSelector.${k} must be a string`);
      } else if (s.type === 'TextPositionSelector') {
        need(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end, 'TextPositionSelector needs 0 ≤ start ≤ end');
      } else errors.push(`unexpected selector type ${s.type}`);
    }
  }
  for (const b of many(a.body ?? [])) {
    need(b.type === 'TextualBody' && typeof b.value === 'string', 'body must be a TextualBody with a value');
    need(b.purpose === undefined || MOTIVATIONS.has(b.purpose), 'body.purpose must be a motivation');
  }
  need(a.motivation === undefined || MOTIVATIONS.has(a.motivation), 'motivation must be from the vocabulary');
  for (const k of ['created', 'modified']) need(a[k] === undefined || DATE_TIME_UTC.test(a[k]), `${k} must be an xsd:dateTime in UTC`);
  return errors;
}

function collectionErrors(c: any): string[] {
  const errors: string[] = [];
  const need = (ok: unknown, what: string) => { if (!ok) errors.push(what); };
  need(many(c['@context']).includes(ANNO_CONTEXT), '@context must include the anno.jsonld context');
  need(typeof c.id === 'string' && IRI.test(c.id), 'collection id must be an IRI');
  need(many(c.type).includes('AnnotationCollection'), 'type must include AnnotationCollection');
  need(Number.isInteger(c.total) && c.total >= 0, 'total must be a non-negative integer');
  if (c.total > 0) {
    need(c.first && many(c.first.type).includes('AnnotationPage') && IRI.test(c.first.id), 'first must be an AnnotationPage with an IRI');
    need(c.first?.startIndex === 0, 'the first page starts at 0');
    need(c.first?.items?.length === c.total, 'the one page holds all items');
    for (const item of c.first?.items ?? []) errors.push(...annotationErrors(item, false));
  }
  return errors;
}

describe('uuidV5 and sha1', () => {
  it('match the published test vectors', () => {
    const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
    expect(hex(sha1(new TextEncoder().encode('abc')))).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(hex(sha1(new TextEncoder().encode('')))).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709');
    expect(hex(sha1(new TextEncoder().encode('a'.repeat(1000))))).toBe('291e9a6c66994949b57ba5e650361e98fc36b1ba');
    const DNS = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
    expect(uuidV5('www.example.com', DNS)).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    expect(uuidV5('python.org', DNS)).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
    // Python: uuid.uuid5(uuid.NAMESPACE_URL, '承诺台账'), and a name longer than one SHA-1 block.
    expect(uuidV5('承诺台账', URL_NAMESPACE)).toBe('c50b3726-fca4-59f7-adae-376743954a17');
    expect(uuidV5('x'.repeat(200))).toBe('cd3580b9-d244-586a-8077-74317319b48d');
  });
});

describe('toWebAnnotation', () => {
  it('writes a note as a commenting annotation on the page, with both selectors', () => {
    const a = toWebAnnotation(notes[0]);
    expect(annotationErrors(a, true)).toEqual([]);
    expect(a).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation', motivation: 'commenting',
      created: '2024-03-01T08:05:00.000Z', modified: '2024-03-01T08:05:00.000Z',
      body: [
        { type: 'TextualBody', value: '跟踪平台建设, "进度" 见附件', format: 'text/plain', purpose: 'commenting' },
        { type: 'TextualBody', value: '平台', purpose: 'tagging' },
        { type: 'TextualBody', value: '监督', purpose: 'tagging' },
      ],
    });
    expect(a.target).toEqual({
      type: 'SpecificResource', source: OLDER_URL,
      selector: [
        { type: 'TextQuoteSelector', exact: '县级行政执法监督平台', prefix: notes[0].selectors!.quote.prefix, suffix: notes[0].selectors!.quote.suffix },
        { type: 'TextPositionSelector', start: OLDER_TEXT.indexOf('县级行政执法监督平台'), end: OLDER_TEXT.indexOf('县级行政执法监督平台') + 10 },
      ],
    });
  });

  it('says when the page was read as the target\'s TimeState, and leaves it out when unknown', () => {
    const dated = toWebAnnotation({ ...notes[0], sourceDate: '2024-03-01T08:00:00.000Z' });
    expect(dated.target.state).toEqual({ type: 'TimeState', sourceDate: '2024-03-01T08:00:00.000Z' });
    expect(annotationErrors(dated, true)).toEqual([]);
    expect(annotationErrors({ ...dated, target: { ...dated.target, state: { type: 'TimeState', sourceDate: '2024-03-01' } } }, true))
      .toContain('target.state must be a TimeState with an xsd:dateTime sourceDate');
    expect('state' in toWebAnnotation(notes[0]).target).toBe(false);
    expect('state' in toWebAnnotation({ ...notes[0], sourceDate: null }).target).toBe(false);
  });

  it('has selectors that re-anchor in the page text', () => {
    const [quote, position] = toWebAnnotation(notes[1]).target.selector!;
    expect(anchor(older.text, { quote, position })).toEqual({ status: 'anchored', start: position.start, end: position.end, method: 'position' });
    expect(older.text.slice(position.start, position.end)).toBe(quote.exact);
  });

  it('derives the id from page, time and passage: stable across exports and note edits, distinct otherwise', () => {
    const id = annotationId(notes[0]);
    expect(id).toMatch(UUID_URN);
    expect(toWebAnnotation(notes[0]).id).toBe(id);
    expect(annotationId({ ...notes[0], note: '改过的批注' } as AnnotationLike)).toBe(id);
    expect(annotationId(notes[1])).not.toBe(id);
    expect(annotationId({ ...notes[0], createdAt: '2024-03-01T08:06:00.000Z' })).not.toBe(id);
  });

  it('names the motivation by kind: highlight, watch, status (with the status as an assessing body)', () => {
    const highlight = toWebAnnotation(noteOn('组建县行政复议中心', ''));
    expect([highlight.motivation, highlight.body]).toEqual(['highlighting', undefined]);
    expect(toWebAnnotation(noteOn('组建县行政复议中心', '', { kind: 'watch', commitmentId: 'c2' })).motivation).toBe('bookmarking');
    const status = toWebAnnotation(noteOn('组建县行政复议中心', '已报批', { kind: 'status', status: 'progress' }));
    expect(status.motivation).toBe('assessing');
    expect(status.body).toContainEqual({ type: 'TextualBody', value: 'progress', purpose: 'assessing' });
    for (const a of [highlight, status]) expect(annotationErrors(a, true)).toEqual([]);
  });
});

describe('webAnnotationCollection', () => {
  it('is a valid AnnotationCollection with one embedded page holding every annotation', () => {
    const c = webAnnotationCollection(notes);
    expect(collectionErrors(c)).toEqual([]);
    expect(c.total).toBe(2);
    expect(c.first?.items.map((i) => i.id)).toEqual(notes.map(annotationId));
    expect(c.first?.items.every((i) => !('@context' in i))).toBe(true);
    expect(c.id).toMatch(UUID_URN);
    expect(c.first?.id).toMatch(UUID_URN);
  });

  it('is deterministic, and the file is that collection as pretty JSON', () => {
    expect(webAnnotationCollection(notes)).toEqual(webAnnotationCollection(notes));
    expect(webAnnotationCollection(notes).id).not.toBe(webAnnotationCollection(notes.slice(0, 1)).id);
    const text = webAnnotationJson(notes, '灌南县批注');
    expect(JSON.parse(text)).toEqual(webAnnotationCollection(notes, '灌南县批注'));
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('is an empty collection without a page when there is nothing to export', () => {
    const c = webAnnotationCollection([]);
    expect(collectionErrors(c)).toEqual([]);
    expect(c.total).toBe(0);
    expect('first' in c).toBe(false);
  });

  it('the validator itself catches broken annotations', () => {
    const a: any = toWebAnnotation(notes[0]);
    expect(annotationErrors({ ...a, target: undefined }, true)).toContain('target is required');
    expect(annotationErrors({ ...a, '@context': undefined }, true)).toContain('@context must include the anno.jsonld context');
    expect(annotationErrors({ ...a, id: 'not an iri' }, true)).toContain('id must be an IRI');
    const badPosition = { ...a, target: { ...a.target, selector: [a.target.selector[0], { type: 'TextPositionSelector', start: 5, end: 2 }] } };
    expect(annotationErrors(badPosition, true)).toContain('TextPositionSelector needs 0 ≤ start ≤ end');
  });
});

describe('hypothesisExport', () => {
  it("writes the shape Hypothesis's import reads: an object with annotations carrying uri, text, tags and target selectors", () => {
    const out = hypothesisExport(notes, new Date('2024-03-10T12:00:00Z'), new Map([[OLDER_URL, '灌南县2022年度法治政府建设情况报告']]));
    expect(out.export_date).toBe('2024-03-10T12:00:00.000Z');
    expect(Array.isArray(out.annotations)).toBe(true);
    expect(out.annotations[0]).toEqual({
      uri: OLDER_URL, text: notes[0].note, tags: ['平台', '监督'],
      target: [{ source: OLDER_URL, selector: toWebAnnotation(notes[0]).target.selector }],
      document: { title: ['灌南县2022年度法治政府建设情况报告'] },
      created: notes[0].createdAt, updated: notes[0].updatedAt,
    });
    // Hypothesis finds duplicates by text, tags and the TextQuoteSelector's exact quote.
    const quote = out.annotations[1].target[0].selector!.find((s) => s.type === 'TextQuoteSelector');
    expect(quote && 'exact' in quote && quote.exact).toBe('办结率不低于95%');
    expect(JSON.parse(hypothesisJson(notes, new Date('2024-03-10T12:00:00Z')))).toEqual({ ...out, annotations: out.annotations.map((a) => ({ ...a, document: {} })) });
  });
});
