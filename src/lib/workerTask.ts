// One computation in a worker thread: the worker module reads `workerData`, posts one message (the
// result) and ends. Build steps use it to put independent, CPU-heavy work on another core, away
// from the build's large heap. The worker runs under plain Node (type stripping), so its module
// graph must not import Astro's virtual modules.
import { Worker } from 'node:worker_threads';

/** A computation started in a worker thread: its result, and the thread (to ref or unref it). */
export interface StartedWorkerTask<T> {
  result: Promise<T>;
  worker: Worker;
}

/** `what` names the task in errors, e.g. "shared text". */
export function startWorkerTask<T>(file: string | URL, data: unknown, what: string): StartedWorkerTask<T> {
  const worker = new Worker(file, { workerData: data });
  const result = new Promise<T>((ok, fail) => {
    let message: { value: T } | undefined;
    worker.once('message', (value: T) => (message = { value }));
    worker.once('error', (err) => fail(new Error(`${what}: the worker thread (${String(file)}) failed: ${err.message}`, { cause: err })));
    worker.once('exit', (code) => (message ? ok(message.value) : fail(new Error(`${what}: the worker thread (${String(file)}) exited with code ${code} without a result`))));
  });
  return { result, worker };
}

export function workerTask<T>(file: string | URL, data: unknown, what: string): Promise<T> {
  return startWorkerTask<T>(file, data, what).result;
}
