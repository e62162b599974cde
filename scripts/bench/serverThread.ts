// The benchmark's static server, in a worker thread of its own. In the benchmark's process the
// main thread also drives Chromium (Playwright handles every protocol message there), so a server
// on that thread would answer the page's requests only between those messages.
import { Worker } from 'node:worker_threads';

export interface ThreadServer {
  url: string;
  close(): Promise<void>;
}

export async function serveDistInThread(dir: string, base: string, options: { gzip?: boolean } = {}): Promise<ThreadServer> {
  const worker = new Worker(new URL('./serverWorker.ts', import.meta.url), { workerData: { dir, base, options } });
  const url = await new Promise<string>((ok, fail) => {
    worker.once('message', (m: { url: string }) => ok(m.url));
    worker.once('error', fail);
    worker.once('exit', (code) => fail(new Error(`static server thread exited (${code}) before it listened`)));
  });
  return {
    url,
    close: async () => {
      const exited = new Promise<void>((ok) => worker.once('exit', () => ok()));
      worker.postMessage('close');
      await exited;
    },
  };
}
