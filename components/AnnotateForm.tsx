import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from './i18n';

export interface AnnotateFormProps {
  t: Translate;
  /** The selected passage, as found in the report text; null for a note on the whole report. */
  exact: string | null;
  /** The note and tags being edited (a new note starts empty). */
  initial?: { note: string; tags: string[] };
  /** Why the last save failed: shown above the buttons, the typed text kept in the form. */
  error?: string | null;
  onSave: (note: string, tags: string[]) => void;
  onCancel: () => void;
}

/** Splits "a, b；c" into tags (commas and semicolons, either width). */
export function parseTags(input: string): string[] {
  return [...new Set(input.split(/[,，;；]/).map((s) => s.trim()).filter(Boolean))];
}

/** Note and tags for a selected passage or the whole report, new or being edited (the list shows the quote then). */
export function AnnotateForm({ t, exact, initial, error, onSave, onCancel }: AnnotateFormProps) {
  const [note, setNote] = useState(initial?.note ?? '');
  const [tags, setTags] = useState(initial?.tags.join(', ') ?? '');
  // A form that opens (from the page's Annotate button, Edit, a page note) is typed into at once.
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => area.current?.focus(), []);
  return (
    <form class="annotate-form" data-page-note={exact === null ? '' : undefined} onSubmit={(e) => { e.preventDefault(); onSave(note, parseTags(tags)); }}>
      {initial ? null : exact === null ? <p class="muted">{t('pageNoteLead')}</p> : <blockquote class="quote">{exact}</blockquote>}
      <label>
        {t('note')}
        <textarea ref={area} name="note" rows={3} value={note} placeholder={t('notePlaceholder')}
          onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)} />
      </label>
      <label>
        {t('tags')}
        <input name="tags" type="text" value={tags} placeholder={t('tagsPlaceholder')}
          onInput={(e) => setTags((e.currentTarget as HTMLInputElement).value)} />
      </label>
      {error && <p class="form-error" role="alert">{error}</p>}
      <div class="row">
        <button type="submit" data-action="save-note">{t('saveNote')}</button>
        <button type="button" class="secondary" onClick={onCancel}>{t('cancel')}</button>
      </div>
    </form>
  );
}
