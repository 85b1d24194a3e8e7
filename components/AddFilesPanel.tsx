import type { FileOutcome } from '../lib/library/add-report-files';
import { REPORT_FILE_ACCEPT } from '../lib/library/report-file';
import { describeError, type Translate } from './i18n';

/** Where "Add report files" is: the file being added (null when idle) and the results so far. */
export interface AddFilesState {
  busy: { at: number; total: number; name: string } | null;
  outcomes: FileOutcome[];
}

export interface AddFilesPanelProps {
  t: Translate;
  state: AddFilesState;
  onFiles: (files: File[]) => void;
  /** Opens an added (or already stored) snapshot in the reader. */
  onOpen: (id: number) => void;
}

/** One file's line: added (and whether it looks like a report), already there, or why not. */
function outcomeText(t: Translate, o: FileOutcome): string {
  if (o.status === 'refused') return describeError(t, o.code, ...o.subs);
  if (o.status === 'duplicate') return t('fileDuplicate', o.title ?? o.name);
  const added = t('fileAdded', o.title ?? o.name);
  return o.isReport ? added : `${added} · ${t('fileNotReport', Math.round(o.score * 100))}`;
}

function summary(t: Translate, outcomes: FileOutcome[]): string {
  const count = (s: FileOutcome['status']) => outcomes.filter((o) => o.status === s).length;
  return t('filesSummary', count('added'), count('duplicate'), count('refused'));
}

/**
 * "Add report files": a file input (several files; .txt or .html), "Adding 2 of 5…" while it
 * runs, and one line a file, in a live region so screen readers hear the results.
 */
export function AddFilesPanel({ t, state, onFiles, onOpen }: AddFilesPanelProps) {
  const { busy, outcomes } = state;
  return (
    <section class="add-files" aria-label={t('addFiles')} data-add-files={busy ? 'busy' : outcomes.length ? 'done' : 'idle'}>
      <label class="file-label">
        {t('addFiles')}{' '}
        <input type="file" multiple accept={REPORT_FILE_ACCEPT} data-action="add-files" disabled={busy !== null}
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const files = Array.from(input.files ?? []);
            input.value = '';
            if (files.length) onFiles(files);
          }} />
      </label>
      <p class="muted">{t('addFilesHint')}</p>
      <div role="status" aria-live="polite" class="file-results">
        {busy && <p data-adding>{t('addingFile', busy.at, busy.total, busy.name)}</p>}
        {!busy && outcomes.length > 0 && <p data-files-summary>{summary(t, outcomes)}</p>}
        {outcomes.length > 0 && (
          <ul>
            {outcomes.map((o, i) => (
              <li key={i} data-file-status={o.status} data-file-name={o.name} class={o.status === 'refused' ? 'file-refused' : undefined}>
                <span class="file-name">{o.name}</span>: {outcomeText(t, o)}
                {o.status !== 'refused' && (
                  <> <button type="button" class="small" data-action="open-added" aria-label={`${t('fileOpen')}: ${o.title ?? o.name}`}
                    onClick={() => onOpen(o.id)}>{t('fileOpen')}</button></>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
