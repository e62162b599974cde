// A worker thread that finds the shared text of a corpus (prepareCorpus + findSharedText) and sends
// back the graph's typed arrays, moved rather than copied. See computeReuseInWorker.ts for why.
// Runs under plain Node (type stripping), so it imports only modules without Astro's virtual ones.
import { parentPort, workerData } from 'node:worker_threads';
import { findSharedText } from './findSharedText.ts';
import type { ReuseParams } from './params.ts';
import { prepareCorpus, type ReuseItem } from './prepareCorpus.ts';
import type { GraphForRecords } from './computeReuse.ts';

const { items, params } = workerData as { items: ReuseItem[]; params: Partial<ReuseParams> };
const graph = findSharedText(prepareCorpus(items, params));
const { corpus, timings: _timings, ...arrays } = graph;
const message: GraphForRecords = { ...arrays, corpus: { params: corpus.params, size: corpus.size, ids: corpus.ids, docIds: corpus.docIds } };
const moved = [arrays.pairA, arrays.pairB, arrays.pairScore, arrays.spanStart, arrays.spanData, arrays.neighbourStart, arrays.neighbourPairs].map((a) => a.buffer as ArrayBuffer);
parentPort!.postMessage(message, [...new Set(moved)]);
