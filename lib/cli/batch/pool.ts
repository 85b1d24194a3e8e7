/**
 * Where batch tasks run: in this thread (`--jobs 1`), or on a pool of worker threads, each
 * with up to two tasks in hand so it never waits for the main thread between files. Results
 * come back in the order the tasks were given (runOrdered), whichever worker finished first.
 */
import { Worker } from 'node:worker_threads';
import { runTask } from './run-task';
import type { BatchResult, BatchSettings, BatchTask } from './tasks';

export interface TaskRunner {
  run(task: BatchTask): Promise<BatchResult>;
  close(): Promise<void>;
}

/** How a worker thread starts: the script, and whether it must run the TypeScript sources. */
export interface WorkerStart { script: URL; sources?: boolean }

export function inThreadRunner(settings: BatchSettings): TaskRunner {
  return { run: (task) => runTask(task, settings), close: async () => {} };
}

interface Pending { task: BatchTask; resolve: (r: BatchResult) => void; reject: (e: Error) => void }
interface Slot { worker: Worker; inHand: Map<number, Pending>; ready: boolean }

const IN_HAND = 2;

export function workerPool(size: number, settings: BatchSettings, start: WorkerStart): TaskRunner {
  const queue: [number, Pending][] = [];
  const slots: Slot[] = [];
  let nextId = 0;
  let closing = false;

  const spawn = (): Slot => {
    const worker = new Worker(start.script, { workerData: { settings, sources: start.sources } });
    const slot: Slot = { worker, inHand: new Map(), ready: false };
    worker.on('message', (message: { ready: true } | { id: number; result: BatchResult }) => {
      if ('ready' in message) {
        slot.ready = true;
        return;
      }
      const { id, result } = message;
      slot.inHand.get(id)?.resolve(result);
      slot.inHand.delete(id);
      pump();
    });
    worker.on('error', (err) => lost(slot, err as Error));
    worker.on('exit', (code) => { if (!closing) lost(slot, new Error(`a batch worker stopped (exit code ${code})`)); });
    return slot;
  };

  /** A worker died: the file it was reading is reported as not read, and a new worker takes its place. */
  const lost = (slot: Slot, err: Error) => {
    const index = slots.indexOf(slot);
    if (index < 0) return;
    slots.splice(index, 1);
    void slot.worker.terminate();
    settleInHand(slot, err, queue);
    if (!closing && slot.ready) slots.push(spawn());
    else if (!closing) for (const [, p] of queue.splice(0)) p.reject(new Error(`batch workers cannot start: ${err.message}`));
    pump();
  };

  const pump = () => {
    for (const slot of slots) {
      while (slot.inHand.size < IN_HAND && queue.length > 0) {
        const [id, pending] = queue.shift()!;
        slot.inHand.set(id, pending);
        slot.worker.postMessage({ id, task: pending.task });
      }
    }
  };

  for (let i = 0; i < size; i++) slots.push(spawn());
  return {
    run: (task) => new Promise((resolve, reject) => {
      queue.push([nextId++, { task, resolve, reject }]);
      pump();
    }),
    close: async () => {
      closing = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

/**
 * The tasks a lost worker held. A worker takes them one at a time, in the order given: the
 * first is the one it was on (a report gets an error result, a pair or a ledger ends the batch); the
 * others go back to the head of the queue. A worker that never loaded fails them all.
 */
function settleInHand(slot: Slot, err: Error, queue: [number, Pending][]): void {
  const [current, ...waiting] = slot.inHand;
  if (!slot.ready) {
    for (const [, p] of slot.inHand) p.reject(new Error(`batch workers cannot start: ${err.message}`));
  } else if (current) {
    queue.unshift(...waiting);
    const p = current[1];
    if (p.task.kind === 'report') p.resolve(failure(p.task.path, err));
    else if (p.task.kind === 'pair') p.reject(new Error(`diffing ${p.task.older.path} and ${p.task.newer.path} stopped its worker: ${err.message}`));
    else p.reject(new Error(`following ${p.task.issuer}'s promises across its reports stopped its worker: ${err.message}`));
  }
}

/** A report whose worker crashed (out of memory, say): the file is named with the reason. */
function failure(path: string, err: Error): BatchResult {
  const error = `internal error (a bug, please report it with this file): the worker reading it stopped: ${err.message.replace(/\s*\n\s*/g, ' ')}`;
  return { kind: 'error', path, sha256: null, error };
}

/**
 * Runs the tasks with at most `window` results waiting, and hands each result to `deliver`
 * in task order. Rejects on the first task that throws (a bug, never a bad file).
 */
export function runOrdered<T extends BatchTask>(tasks: T[], runner: TaskRunner, window: number, deliver: (result: BatchResult, index: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = new Map<number, BatchResult>();
    let next = 0;
    let started = 0;
    let failed = false;
    const launch = () => {
      while (!failed && started < tasks.length && started - next < window) {
        const i = started++;
        runner.run(tasks[i]).then((r) => { done.set(i, r); drain(); }, fail);
      }
      if (next === tasks.length) resolve();
    };
    const drain = () => {
      try {
        for (let r = done.get(next); r !== undefined; r = done.get(next)) {
          done.delete(next);
          deliver(r, next++);
        }
        launch();
      } catch (err) {
        fail(err);
      }
    };
    const fail = (err: unknown) => {
      if (!failed) reject(err);
      failed = true;
    };
    launch();
  });
}
