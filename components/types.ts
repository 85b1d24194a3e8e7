/** View models shared by the side panel's components (plain data, built by the hooks). */
import type { Status } from '../lib/diff/types';

export type { AnchorState, CommitmentMark, MarkFilter, NoteView } from '../lib/page-agent/note-views';

export type PanelTab = 'outline' | 'numbers' | 'commitments' | 'problems' | 'notes';
export const PANEL_TABS: readonly PanelTab[] = ['outline', 'numbers', 'commitments', 'problems', 'notes'];
export const STATUSES: readonly Status[] = ['fulfilled', 'progress', 'unaddressed', 'missed'];
