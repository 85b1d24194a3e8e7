import { useEffect, useState } from 'preact/hooks';
import { parseTags } from './AnnotateForm';
import type { Translate } from './i18n';

export interface TagsEditorProps { t: Translate; tags: string[]; onSave: (tags: string[]) => void }

/** The snapshot's own tags, comma-separated (either width), saved on Enter or the button. */
export function TagsEditor({ t, tags, onSave }: TagsEditorProps) {
  const [text, setText] = useState(tags.join(', '));
  useEffect(() => setText(tags.join(', ')), [tags.join('\u0000')]);
  return (
    <form class="tags-editor row" onSubmit={(e) => { e.preventDefault(); onSave(parseTags(text)); }}>
      <label>{t('snapshotTags')}{' '}
        <input type="text" name="tags" value={text} placeholder={t('tagsPlaceholder')} onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <button type="submit" class="small">{t('save')}</button>
    </form>
  );
}
