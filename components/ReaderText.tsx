import type { Block, Segment } from '../lib/library/reader-text';
import type { Translate } from './i18n';

export interface ReaderTextProps {
  t: Translate;
  blocks: Block[];
  lang: string;
}

function SegmentView({ s }: { s: Segment }) {
  if (!s.kinds.length) return <>{s.text}</>;
  const focus = s.kinds.includes('focus');
  return (
    <mark class={s.kinds.map((k) => `hl-${k}`).join(' ')} data-kinds={s.kinds.join(' ')} data-start={s.start}
      data-focus={focus ? '' : undefined} tabIndex={focus ? -1 : undefined}>
      {s.text}
    </mark>
  );
}

/**
 * The snapshot text, line by line: headings as headings (depth → h2…h6), paragraphs with
 * commitments, problems, notes and the passage the reader was sent to marked. Text only:
 * nothing from the page is ever parsed as markup here.
 */
export function ReaderText({ t, blocks, lang }: ReaderTextProps) {
  if (!blocks.length) return <p class="empty">{t('emptyText')}</p>;
  return (
    <article class="reader-text" lang={lang} aria-label={t('readerTextLabel')}>
      {blocks.map((b) => {
        const body = b.segments.map((s) => <SegmentView key={s.start} s={s} />);
        if (b.kind === 'para') return <p key={b.start} data-start={b.start}>{body}</p>;
        const H = `h${Math.min(6, b.depth + 1)}` as 'h2';
        return <H key={b.start} data-start={b.start} class="reader-heading">{body}</H>;
      })}
    </article>
  );
}
