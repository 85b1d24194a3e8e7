import { useState } from 'preact/hooks';
import type { Translate } from './i18n';

export interface AnnotateFormProps {
  t: Translate;
  /** The selected passage, as found in the report text. */
  exact: string;
  onSave: (note: string, tags: string[]) => void;
  onCancel: () => void;
}

/** Splits "a, b；c" into tags (commas and semicolons, either width). */
export function parseTags(input: string): string[] {
  return [...new Set(input.split(/[,，;；]/).map((s) => s.trim()).filter(Boolean))];
}

/** Note and tags for a selected passage. */
export function AnnotateForm({ t, exact, onSave, onCancel }: AnnotateFormProps) {
  const [note, setNote] = useState('');
  const [tags, setTags] = useState('');
  return (
    <form class="annotate-form" onSubmit={(e) => { e.preventDefault(); onSave(note, parseTags(tags)); }}>
      <blockquote class="quote">{exact}</blockquote>
      <label>
        {t('note')}
        <textarea name="note" rows={3} value={note} placeholder={t('notePlaceholder')}
          onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)} />
      </label>
      <label>
        {t('tags')}
        <input name="tags" type="text" value={tags} placeholder={t('tagsPlaceholder')}
          onInput={(e) => setTags((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <div class="row">
        <button type="submit" data-action="save-note">{t('saveNote')}</button>
        <button type="button" class="secondary" onClick={onCancel}>{t('cancel')}</button>
      </div>
    </form>
  );
}
