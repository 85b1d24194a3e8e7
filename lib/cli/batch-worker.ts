/**
 * A batch worker thread (started by lib/cli/batch/pool.ts through bin/batch-worker.mjs):
 * takes tasks from the main thread, one message each, and answers with their results.
 * Importing this module starts serving, so it is only ever loaded inside a worker.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runTask } from './batch/run-task';
import type { BatchSettings, BatchTask } from './batch/tasks';

const settings = (workerData as { settings: BatchSettings }).settings;
parentPort!.on('message', async ({ id, task }: { id: number; task: BatchTask }) => {
  parentPort!.postMessage({ id, result: await runTask(task, settings) });
});
// Loaded: from now on a crash is a file's doing, not a worker that cannot start.
parentPort!.postMessage({ ready: true });
