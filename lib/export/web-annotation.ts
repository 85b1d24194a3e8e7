/**
 * Annotations as W3C Web Annotations (https://www.w3.org/TR/annotation-model/), JSON-LD with
 * the standard context, gathered in an AnnotationCollection whose first (and only)
 * AnnotationPage embeds them. Each target is the page URL with the two selectors the store
 * keeps, as Hypothesis writes them: a TextQuoteSelector (exact + prefix/suffix) and a
 * TextPositionSelector. The quote is the one to trust: positions count characters of the
 * text Promise Ledger read from the page, which another tool may count differently. When the
 * page was read is the target's TimeState (`sourceDate`: the snapshot's savedAt), the model's
 * way of saying which version of a changing page the quotes were taken from.
 *
 * A page note (kind 'page': on the report as a whole) targets the page itself, no selector, as
 * Hypothesis writes its page notes.
 *
 * Hypothesis's own "Import annotations" reads its export file rather than JSON-LD, so
 * `hypothesisExport` writes that shape from the same annotations.
 */
import type { TextPositionSelector, TextQuoteSelector } from '../anchor/index';
import type { BundleAnnotation } from './types';
import { uuidV5 } from './uuid';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export type AnnotationLike = Pick<BundleAnnotation, 'url' | 'selectors' | 'kind' | 'note' | 'tags' | 'status' | 'createdAt' | 'updatedAt'> & {
  /** When the page the quotes come from was read (an ISO time: the snapshot's savedAt); left out when unknown. */
  sourceDate?: string | null;
};

export interface TextualBody { type: 'TextualBody'; value: string; purpose: 'commenting' | 'tagging' | 'assessing'; format?: 'text/plain' }
/** W3C §4.2.1 TimeState: the source as it was at `sourceDate` (xsd:dateTime). */
export interface TimeState { type: 'TimeState'; sourceDate: string }
/** `selector` is absent for a page note: the target is the whole page. */
export interface WebAnnotationTarget { type: 'SpecificResource'; source: string; state?: TimeState; selector?: [TextQuoteSelector, TextPositionSelector] }
export interface WebAnnotation {
  '@context'?: typeof ANNO_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: 'commenting' | 'highlighting' | 'bookmarking' | 'assessing';
  created: string;
  modified: string;
  generator: { type: 'Software'; name: string };
  body?: TextualBody[];
  target: WebAnnotationTarget;
}
export interface AnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first?: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

/** Why the annotation was made, per kind. Example: a watched commitment → 'bookmarking'. */
const MOTIVATION: Record<AnnotationLike['kind'], (a: AnnotationLike) => WebAnnotation['motivation']> = {
  note: (a) => (a.note.trim() ? 'commenting' : 'highlighting'),
  page: () => 'commenting',
  watch: () => 'bookmarking',
  status: () => 'assessing',
};

const GENERATOR = { type: 'Software', name: 'Promise Ledger (承诺台账)' } as const;

/**
 * `urn:uuid:` derived from what identifies the annotation across exports and edits: page,
 * creation time, quote and position (not the note, which the reader may edit).
 */
export function annotationId(a: Pick<AnnotationLike, 'url' | 'createdAt' | 'selectors'>): string {
  const s = a.selectors;
  const where = s ? [s.quote.exact, s.position.start, s.position.end] : ['page'];
  return `urn:uuid:${uuidV5(JSON.stringify(['promise-ledger/annotation', a.url, a.createdAt, ...where]))}`;
}

function bodies(a: AnnotationLike): TextualBody[] {
  const out: TextualBody[] = [];
  if (a.note.trim()) out.push({ type: 'TextualBody', value: a.note, format: 'text/plain', purpose: 'commenting' });
  if (a.kind === 'status' && a.status) out.push({ type: 'TextualBody', value: a.status, purpose: 'assessing' });
  for (const tag of a.tags) out.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  return out;
}

/** The target's selectors; none for a page note. */
function selectorOf(a: AnnotationLike): { selector?: [TextQuoteSelector, TextPositionSelector] } {
  if (!a.selectors) return {};
  const { quote, position } = a.selectors;
  return {
    selector: [
      { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
      { type: 'TextPositionSelector', start: position.start, end: position.end },
    ],
  };
}

/** One annotation, standalone (with its `@context`). */
export function toWebAnnotation(a: AnnotationLike): WebAnnotation {
  const body = bodies(a);
  return {
    '@context': ANNO_CONTEXT,
    id: annotationId(a),
    type: 'Annotation',
    motivation: MOTIVATION[a.kind](a),
    created: a.createdAt,
    modified: a.updatedAt,
    generator: GENERATOR,
    ...(body.length ? { body } : {}),
    target: {
      type: 'SpecificResource', source: a.url,
      ...(a.sourceDate ? { state: { type: 'TimeState' as const, sourceDate: a.sourceDate } } : {}),
      ...selectorOf(a),
    },
  };
}

/** All annotations in one AnnotationCollection; its id is derived from theirs, so it is stable too. */
export function webAnnotationCollection(annotations: AnnotationLike[], label = 'Promise Ledger annotations 承诺台账批注'): AnnotationCollection {
  const items = annotations.map((a) => {
    const { '@context': _context, ...item } = toWebAnnotation(a); // the collection carries the context once
    return item;
  });
  const id = uuidV5(JSON.stringify(['promise-ledger/collection', ...items.map((i) => i.id)]));
  return {
    '@context': ANNO_CONTEXT,
    id: `urn:uuid:${id}`,
    type: 'AnnotationCollection',
    label,
    total: items.length,
    ...(items.length ? { first: { id: `urn:uuid:${uuidV5(`${id}/page/0`)}`, type: 'AnnotationPage' as const, startIndex: 0 as const, items } } : {}),
  };
}

/** The JSON-LD file: pretty-printed (people open these), newline at the end. */
export function webAnnotationJson(annotations: AnnotationLike[], label?: string): string {
  return `${JSON.stringify(webAnnotationCollection(annotations, label), null, 2)}\n`;
}

/**
 * Hypothesis's export file (`{export_date, export_userid, client_version, annotations}`), the
 * shape its "Import annotations" panel reads: it keeps target, text, tags, uri and document.
 */
export function hypothesisExport(annotations: AnnotationLike[], now: Date, titles: Map<string, string> = new Map()) {
  return {
    export_date: now.toISOString(),
    export_userid: '',
    client_version: 'promise-ledger',
    annotations: annotations.map((a) => ({
      uri: a.url,
      text: a.note,
      tags: [...a.tags],
      target: [{ source: a.url, ...selectorOf(a) }],
      document: titles.has(a.url) ? { title: [titles.get(a.url)!] } : {},
      created: a.createdAt,
      updated: a.updatedAt,
    })),
  };
}

/** The Hypothesis import file as text (pretty JSON, newline at the end). */
export function hypothesisJson(annotations: AnnotationLike[], now: Date, titles?: Map<string, string>): string {
  return `${JSON.stringify(hypothesisExport(annotations, now, titles), null, 2)}\n`;
}
