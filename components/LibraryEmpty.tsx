import { useRef } from 'preact/hooks';
import { REPORT_FILE_ACCEPT } from '../lib/library/report-file';
import type { Translate } from './i18n';

export interface LibraryEmptyProps {
  t: Translate;
  onFiles: (files: File[]) => void;
}

/**
 * The library with nothing saved: one sentence saying the two ways in (save a report page
 * from the side panel, or add files) and one button for the second; the first happens on
 * the report's own page.
 */
export function LibraryEmpty({ t, onFiles }: LibraryEmptyProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <section class="empty-state" data-empty="library" aria-labelledby="library-empty-lead">
      <p id="library-empty-lead" class="empty-lead">{t('libraryEmptyLead')}</p>
      <button type="button" data-action="empty-add-files" onClick={() => input.current?.click()}>{t('libraryEmptyAdd')}</button>
      <input ref={input} type="file" multiple hidden accept={REPORT_FILE_ACCEPT} data-action="empty-file-input"
        onChange={(e) => {
          const el = e.currentTarget as HTMLInputElement;
          const files = Array.from(el.files ?? []);
          el.value = '';
          if (files.length) onFiles(files);
        }} />
    </section>
  );
}
