// A batch worker thread's first module: loads the worker's code the way the main thread
// loaded the CLI (the bundle, or the sources through tsx; see bin/load-cli.mjs).
import { workerData } from 'node:worker_threads';
import { importCli } from './load-cli.mjs';

await importCli('batch-worker', { sources: workerData?.sources === true });
