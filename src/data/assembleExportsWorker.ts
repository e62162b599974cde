// A worker thread for the corpus-wide downloads (assembleExports.ts). The build's main thread holds
// the content store (over a gigabyte at 2,850 documents), and each file read here is a Buffer
// outside the heap: V8 answers that much external memory with full garbage collections, each
// tracing the whole store. Measured on the 2,850-document site: 12.8 s on the build's thread,
// 2.7 s in a fresh process (13.3 s there too with 1.2 GB of objects in its heap).
import { parentPort, workerData } from 'node:worker_threads';
import { assembleExports } from './assembleExports.ts';

const { dataDir } = workerData as { dataDir: string };
parentPort!.postMessage(await assembleExports(dataDir));
