// A worker thread for the draft checker's index (writeDraftIndex.ts), away from the build's large
// heap for the same reason as the corpus-wide downloads (assembleExportsWorker.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { writeDraftIndex } from './writeDraftIndex.ts';

const { dataDir } = workerData as { dataDir: string };
parentPort!.postMessage(await writeDraftIndex(dataDir));
