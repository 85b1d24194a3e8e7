import { useState } from 'preact/hooks';
import type { Status } from '../lib/diff/types';
import type { Commitment, NumberMention } from '../lib/extract/types';
import type { Translate } from './i18n';
import { STATUSES, type CommitmentMark } from './types';

export interface CommitmentItemProps {
  t: Translate;
  commitment: Commitment;
  targets: NumberMention[];
  mark: CommitmentMark;
  onReveal: () => void;
  onWatch: (watched: boolean) => void;
  onStatus: (status: Status | null, note: string) => void;
}

/** One commitment: text (click to reveal), deadline, targets, strength, watch and status. */
export function CommitmentItem({ t, commitment: c, targets, mark, onReveal, onWatch, onStatus }: CommitmentItemProps) {
  const [status, setStatus] = useState<Status | ''>(mark.status ?? '');
  const [note, setNote] = useState(mark.note);
  return (
    <li data-item-id={c.id} data-key-item tabIndex={0} class={mark.watched ? 'watched' : ''}>
      <button type="button" class="item-link" tabIndex={-1} data-key-control onClick={onReveal}>{c.text}</button>
      <span class="chips">
        <span class={`chip strength-${c.strength}`}>{t(`strength_${c.strength}`)}</span>
        {c.deadline && <span class="chip deadline">{t('deadline')}: {c.deadline}</span>}
        {targets.map((n) => <span key={n.id} class="chip target" title={t('target')}>{n.indicator ?? t('target')}: {n.raw}</span>)}
        {mark.status && <span class={`chip status-${mark.status}`}>{t(`status_${mark.status}`)}</span>}
      </span>
      <div class="mark-row">
        <button type="button" class="small" tabIndex={-1} data-key-control aria-pressed={mark.watched} data-action="watch" onClick={() => onWatch(!mark.watched)}>
          {t(mark.watched ? 'watching' : 'watch')}
        </button>
        <details>
          <summary tabIndex={-1} data-key-control >{t('setStatus')}</summary>
          <form class="status-form" onSubmit={(e) => { e.preventDefault(); onStatus(status || null, note); }}>
            <select value={status} aria-label={t('setStatus')} onChange={(e) => setStatus((e.currentTarget as HTMLSelectElement).value as Status | '')}>
              <option value="">{t('statusNone')}</option>
              {STATUSES.map((s) => <option key={s} value={s}>{t(`status_${s}`)}</option>)}
            </select>
            <input type="text" value={note} placeholder={t('notePlaceholder')} aria-label={t('note')}
              onInput={(e) => setNote((e.currentTarget as HTMLInputElement).value)} />
            <button type="submit" class="small">{t('save')}</button>
          </form>
        </details>
      </div>
    </li>
  );
}
