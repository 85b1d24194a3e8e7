import type { ComponentChildren } from 'preact';
import type { Translate } from './i18n';

export interface AddMenuProps {
  t: Translate;
  /** Open on its own while something in it wants the reader's eye (a file being added, an import to confirm). */
  busy: boolean;
  children: ComponentChildren;
}

/**
 * "Add / import": the library's rarely used tools (add report files, import a bundle, the
 * space used) behind one disclosure, so the list comes first. A native <details>: the
 * summary is one Tab stop and Enter or Space opens it.
 */
export function AddMenu({ t, busy, children }: AddMenuProps) {
  return (
    <details class="add-menu" open={busy || undefined} data-add-menu>
      <summary data-action="add-menu">{t('addImportMenu')}</summary>
      <div class="add-menu-body">{children}</div>
    </details>
  );
}
