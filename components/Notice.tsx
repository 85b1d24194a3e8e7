import type { ComponentChildren } from 'preact';

export interface NoticeProps {
  kind: 'info' | 'error' | 'success';
  children: ComponentChildren;
  action?: { label: string; onClick: () => void };
}

/** A message in the panel (empty page, error, unsupported page…) with an optional action. */
export function Notice({ kind, children, action }: NoticeProps) {
  return (
    <div class={`notice notice-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      <p>{children}</p>
      {action && <button type="button" onClick={action.onClick}>{action.label}</button>}
    </div>
  );
}
