// One computation in a worker thread: the worker module reads `workerData`, posts one message (the
// result) and ends. Build steps use it to put independent, CPU-heavy work on another core, away
// from the build's large heap. The worker runs under plain Node (type stripping), so its module
// graph must not import Astro's virtual modules.
import { Worker } from 'node:worker_threads';

/** `what` names the task in errors, e.g. "shared text". */
export function workerTask<T>(file: string | URL, data: unknown, what: string): Promise<T> {
  return new Promise((ok, fail) => {
    const worker = new Worker(file, { workerData: data });
    let result: { value: T } | undefined;
    worker.once('message', (value: T) => (result = { value }));
    worker.once('error', (err) => fail(new Error(`${what}: the worker thread (${String(file)}) failed: ${err.message}`, { cause: err })));
    worker.once('exit', (code) => (result ? ok(result.value) : fail(new Error(`${what}: the worker thread (${String(file)}) exited with code ${code} without a result`))));
  });
}
