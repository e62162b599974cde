// A worker thread of the search build's first pass (searchPrepare.ts): prepares its share of the
// documents and sends back their records, token ids (moved, not copied) and its word counts.
import { parentPort, workerData } from 'node:worker_threads';
import { preparePart, type PrepareTask } from './searchPrepare.ts';

const task = workerData as PrepareTask;
const part = await preparePart(task.outDir, task.files, new Map(task.canonical));
parentPort!.postMessage(part, part.documents.map((d) => d.tokens.buffer as ArrayBuffer));
