/**
 * "Add report files": the chosen or dropped files go through lib/library addReportFiles (the
 * side panel's pipeline, one transaction a file) one after another; the list reloads after.
 */
import { useCallback, useRef, useState } from 'preact/hooks';
import type { AddFilesState } from '../../components/AddFilesPanel';
import { addReportFiles } from '../../lib/library/add-report-files';
import { parseHtml, saveDeps } from '../shared/page-pipeline';
import { db } from './db';

const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;

export function useAddFiles(onAdded: () => void) {
  const [state, setState] = useState<AddFilesState>({ busy: null, outcomes: [] });
  const running = useRef(false);
  const add = useCallback((files: File[]) => {
    if (running.current || !files.length) return;
    running.current = true;
    addReportFiles(files, { ...saveDeps(db), parse: parseHtml }, ({ at, total, name, outcomes }) => {
      setState({ busy: at <= total ? { at, total, name } : null, outcomes });
    }).finally(() => {
      running.current = false;
      onAdded();
    });
  }, [onAdded]);
  /** Files dropped anywhere on the library list are added too. */
  const dropTarget = {
    onDragOver: (e: DragEvent) => { if (hasFiles(e)) e.preventDefault(); },
    onDrop: (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      add(Array.from(e.dataTransfer?.files ?? []));
    },
  };
  return { state, add, dropTarget };
}
