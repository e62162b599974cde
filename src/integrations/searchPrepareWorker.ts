// A worker thread of the search build's first pass (searchPrepare.ts): prepares its share of the
// documents and sends back their records, token ids (moved, not copied) and its word counts.
import { parentPort, workerData } from 'node:worker_threads';
import { Vocabulary } from '../search/vocabulary.ts';
import { preparePart, type PrepareTask, type WorkerPart } from './searchPrepare.ts';

const task = workerData as PrepareTask;
const vocabulary = new Vocabulary();
const part = await preparePart(task.outDir, task.files, new Map(task.canonical), vocabulary);
const message: WorkerPart = { ...part, vocabulary: vocabulary.snapshot() };
parentPort!.postMessage(message, part.documents.map((d) => d.tokens.buffer as ArrayBuffer));
