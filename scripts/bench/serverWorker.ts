// Runs serveDist (tests/e2e/staticServer.ts) in a worker thread: see serverThread.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { serveDist } from '../../tests/e2e/staticServer.ts';

const { dir, base, options } = workerData as { dir: string; base: string; options: { gzip?: boolean } };
const server = await serveDist(dir, base, options);
parentPort!.postMessage({ url: server.url });
parentPort!.once('message', () => {
  void server.close().then(() => parentPort!.close());
});
