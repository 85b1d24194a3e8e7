import { useEffect, useState } from 'preact/hooks';
import type { Translate } from './i18n';

export interface LibraryToolbarProps {
  t: Translate;
  query: string;
  onSearch: (query: string) => void;
}

/**
 * The search box (Enter searches; `/` anywhere in the list comes here). The Search button is
 * for the mouse: out of the Tab order, since Enter in the field does the same, so the first
 * card is the next Tab stop after the field.
 */
export function LibraryToolbar({ t, query, onSearch }: LibraryToolbarProps) {
  const [text, setText] = useState(query);
  useEffect(() => setText(query), [query]);
  return (
    <div class="lib-toolbar">
      <form role="search" class="lib-search" onSubmit={(e) => {
        e.preventDefault();
        // The field's own value: autofill and fast typing can be ahead of the last render.
        onSearch(String(new FormData(e.currentTarget as HTMLFormElement).get('q') ?? text).trim());
      }}>
        <input type="search" name="q" value={text} aria-label={t('librarySearch')} placeholder={t('librarySearchPlaceholder')}
          aria-keyshortcuts="/" onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)} />
        <button type="submit" data-action="search" tabIndex={-1}>{t('search')}</button>
        {query && <button type="button" class="secondary" data-action="clear-search" onClick={() => onSearch('')}>{t('clearSearch')}</button>}
      </form>
    </div>
  );
}
